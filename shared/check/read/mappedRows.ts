/**
 * The data rows under a mapped header, with each cell found by the field it stands for.
 * Blank rows are skipped, not taken as the end of the data: practices leave gaps.
 */
import { columnIndex, firstRowFrom, gridWidth, sheetColumn, sheetRow } from '../../sheetPlaces';
import { isBlank } from '../../values/cells/blank';
import { CellValue, columnLetter, SheetData } from '../../workbook';
import type { ReadKey } from '../../fields';
import type { SheetMapping } from '../types';
import { checkValue } from './checkValue';

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
  /** A field's value (as `get(field)?.value`, null without a column), with no cell made. */
  value(field: ReadKey): CellValue;
  /** A field's column letter (as `get(field)?.column`, null without a column), with no cell made. */
  column(field: ReadKey): string | null;
  /** Whether a field's cell holds a formula (as `get(field)?.formula`), with no cell made. */
  formula(field: ReadKey): boolean;
  /** The header of a field's column as the sheet writes it (the field's name if none). */
  header(field: ReadKey): string;
  /** Visits every non-blank cell, mapped or not (the information governance scan): none is made. */
  eachCell(visit: (value: CellValue, formula: boolean, column: string) => void): void;
}

/** A cell's value as the check reads it: null for a formula the host has not calculated. */
function valueAt(data: SheetData, r: number, c: number): CellValue {
  return checkValue(data.values[r]?.[c], data.formulas[r]?.[c]);
}

/** What every row of one mapped sheet shares. */
interface SheetPlan {
  data: SheetData;
  fields: Map<string, number>;
  headers: Map<string, string>;
  width: number;
  letters: string[];
}

/**
 * A row that reads its cells from the sheet when asked: nothing per cell is made or kept
 * while the check holds a log's rows (a log of 100,000 rows has a million cells).
 */
class SheetRow implements MappedRow {
  constructor(
    private readonly plan: SheetPlan,
    private readonly r: number,
  ) {}

  // The sheet's name and the row number are worked out when asked, not kept on every row.
  get sheet(): string {
    return this.plan.data.name;
  }

  get row(): number {
    return sheetRow(this.plan.data, this.r) + 1;
  }

  /** The field's column index on the sheet, or -1 when the sheet has none. */
  private at(field: ReadKey): number {
    const c = this.plan.fields.get(field);
    return c === undefined || c < 0 || c >= this.plan.width ? -1 : c;
  }

  get(field: ReadKey): MappedCell | null {
    const c = this.at(field);
    return c < 0 ? null : { value: this.value(field), formula: this.formula(field), column: this.plan.letters[c] };
  }

  value(field: ReadKey): CellValue {
    const c = this.at(field);
    return c < 0 ? null : valueAt(this.plan.data, this.r, c);
  }

  column(field: ReadKey): string | null {
    const c = this.at(field);
    return c < 0 ? null : this.plan.letters[c];
  }

  formula(field: ReadKey): boolean {
    const c = this.at(field);
    return c >= 0 && (this.plan.data.formulas[this.r]?.[c] ?? null) !== null;
  }

  header(field: ReadKey): string {
    return this.plan.headers.get(field) ?? field;
  }

  eachCell(visit: (value: CellValue, formula: boolean, column: string) => void): void {
    const { data, letters } = this.plan;
    const values = data.values[this.r];
    const formulas = data.formulas[this.r] as (string | null)[] | undefined;
    // The row looked up once, not per cell: this visits every cell of every log.
    for (let c = 0; c < values.length; c++) {
      const value = checkValue(values[c], formulas?.[c]);
      if (!isBlank(value)) visit(value, (formulas?.[c] ?? null) !== null, letters[c]);
    }
  }
}

/** Whether a row's cells in the given columns are all blank (a loop: nothing made per row). */
function allBlank(data: SheetData, r: number, columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i++) if (!isBlank(valueAt(data, r, columns[i]))) return false;
  return true;
}

/**
 * The data rows of a sheet under its mapping, skipping rows whose mapped cells are all blank.
 *
 * @example
 * mappedRows(data, { sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [{ field: 'name', column: 0, … }] })[0].get('name');
 * // { value: 'Sam Jones', formula: false, column: 'A' }
 */
export function mappedRows(data: SheetData, mapping: SheetMapping): MappedRow[] {
  const fields = new Map(mapping.columns.map((c) => [c.field as string, columnIndex(data, c.column)]));
  const headers = new Map(mapping.columns.map((c) => [c.field as string, c.header]));
  const width = gridWidth(data);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(sheetColumn(data, c)));
  const plan: SheetPlan = { data, fields, headers, width, letters };
  const columns = [...fields.values()].filter((c) => c >= 0 && c < width);
  const rows: MappedRow[] = [];
  // The header row is 1-based, so it is also the 0-based sheet row just under the header.
  for (let r = firstRowFrom(data, mapping.headerRow); r < data.values.length; r++) {
    if (allBlank(data, r, columns)) continue;
    rows.push(new SheetRow(plan, r));
  }
  return rows;
}
