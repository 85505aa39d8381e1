/**
 * The data rows under a mapped header, with each cell found by the field it stands for.
 * Blank rows are skipped, not taken as the end of the data: practices leave gaps.
 */
import { columnIndex, firstRowFrom, gridWidth, sheetColumn, sheetRow } from '../../sheetPlaces';
import { isBlank } from '../../values/blank';
import { CellValue, columnLetter, SheetData } from '../../workbook';
import type { ReadKey } from '../../fields';
import type { SheetMapping } from '../types';

/**
 * One cell of a data row.
 *
 * @example
 * const cell: MappedCell = { value: 120, formula: false, column: 'D' };
 */
export interface MappedCell {
  /** The cell's value; null for a formula the spreadsheet has not calculated. */
  value: CellValue;
  /** Whether the cell holds a formula (its value is the sheet's own working, not typed). */
  formula: boolean;
  /** Column letter on the sheet. */
  column: string;
}

/**
 * One data row of a mapped sheet.
 *
 * @example
 * row.get('hours')?.value; // 120
 * row.header('hours');     // 'Total hours'
 */
export interface MappedRow {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  /** The cell of a field, or null when the sheet has no column for it. */
  get(field: ReadKey): MappedCell | null;
  /** The header of a field's column as the sheet writes it (the field's name if none). */
  header(field: ReadKey): string;
  /** Every non-blank cell of the row, mapped or not (for the information governance scan). */
  cells: MappedCell[];
}

function cellAt(data: SheetData, r: number, c: number, letters: string[]): MappedCell {
  const value = data.values[r]?.[c] ?? null;
  const formula = data.formulas[r]?.[c] ?? null;
  // A host that cannot calculate (a file written without cached results, the in-memory
  // demo) shows a formula's text or nothing: either way there is no value to read.
  const uncalculated = formula !== null && (value === null || value === formula);
  return { value: uncalculated ? null : value, formula: formula !== null, column: letters[c] };
}

/**
 * The data rows of a sheet under its mapping, skipping rows whose mapped cells are all blank.
 *
 * @example
 * mappedRows(data, { sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [{ field: 'name', column: 0, … }] })[0].get('name');
 * // { value: 'Sam Jones', formula: false, column: 'A' }
 */
export function mappedRows(data: SheetData, mapping: SheetMapping): MappedRow[] {
  const fields = new Map(mapping.columns.map((c) => [c.field, columnIndex(data, c.column)]));
  const headers = new Map(mapping.columns.map((c) => [c.field, c.header]));
  const header = (field: string) => headers.get(field) ?? field;
  const width = gridWidth(data);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(sheetColumn(data, c)));
  const rows: MappedRow[] = [];
  // The header row is 1-based, so it is also the 0-based sheet row just under the header.
  for (let r = firstRowFrom(data, mapping.headerRow); r < data.values.length; r++) {
    const get = (field: string) => {
      const c = fields.get(field);
      return c === undefined || c < 0 || c >= width ? null : cellAt(data, r, c, letters);
    };
    if ([...fields.keys()].every((f) => isBlank(get(f)?.value))) continue;
    const cells: MappedCell[] = [];
    for (let c = 0; c < data.values[r].length; c++) {
      const cell = cellAt(data, r, c, letters);
      if (!isBlank(cell.value)) cells.push(cell);
    }
    rows.push({ sheet: data.name, row: sheetRow(data, r) + 1, get, header, cells });
  }
  return rows;
}
