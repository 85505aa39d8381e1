/**
 * One data row of a mapped sheet, read from the sheet's own grid when a field is asked for:
 * nothing per cell is made or kept. Rows are made as they are read and let go straight after
 * (see MappedRows), so a log of 100,000 rows leaves no object per row behind for the garbage
 * collector to copy while the check goes on.
 */
import { columnIndex, gridWidth, sheetColumn, sheetRow } from '../../../sheetPlaces';
import { isBlank } from '../../../values/cells/blank';
import { CellValue, columnLetter, SheetData } from '../../../workbook';
import type { ReadKey } from '../../../fields';
import type { SheetMapping } from '../../types';
import { checkValue } from '../checkValue';
import type { MappedCell, MappedRow } from './mappedRow';

/** What every row of one mapped sheet shares. */
export interface SheetPlan {
  data: SheetData;
  /**
   * Each mapped field's column index and header, in plain objects with no prototype rather than
   * maps: a log row asks for a dozen fields, and a property found by name through the engine's
   * inline caches costs a fraction of a map's hashing.
   */
  fields: Record<string, number | undefined>;
  headers: Record<string, string | undefined>;
  width: number;
  letters: string[];
}

/**
 * What every row of a mapped sheet shares, worked out once for the sheet.
 *
 * @example
 * sheetPlan(data, mapping).fields.hours; // 3: the hours are in the sheet's fourth column
 */
export function sheetPlan(data: SheetData, mapping: SheetMapping): SheetPlan {
  const fields: SheetPlan['fields'] = Object.create(null) as SheetPlan['fields'];
  const headers: SheetPlan['headers'] = Object.create(null) as SheetPlan['headers'];
  for (const c of mapping.columns) {
    fields[c.field] = columnIndex(data, c.column);
    headers[c.field] = c.header;
  }
  const width = gridWidth(data);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(sheetColumn(data, c)));
  return { data, fields, headers, width, letters };
}

/**
 * A field's column index on the plan's sheet, or -1 when the sheet has none (or the mapping
 * names a column beyond its data).
 *
 * @example
 * fieldColumn(sheetPlan(data, mapping), 'hours'); // 3
 */
export function fieldColumn(plan: SheetPlan, field: ReadKey): number {
  const c = plan.fields[field];
  return c === undefined || c < 0 || c >= plan.width ? -1 : c;
}

/**
 * A row that reads its cells from the sheet when asked.
 *
 * @example
 * new SheetRow(sheetPlan(data, mapping), 4).value('hours'); // 1.5
 */
export class SheetRow implements MappedRow {
  /** The row's values and formulas as the sheet holds them, found once for the dozen fields asked. */
  private readonly values: readonly CellValue[] | undefined;
  private readonly formulas: readonly (string | null)[] | undefined;

  constructor(
    private readonly plan: SheetPlan,
    private readonly r: number,
  ) {
    this.values = plan.data.values[r];
    this.formulas = plan.data.formulas[r];
  }

  // The sheet's name and the row number are worked out when asked, not kept on every row.
  get sheet(): string {
    return this.plan.data.name;
  }

  get row(): number {
    return sheetRow(this.plan.data, this.r) + 1;
  }

  /** The field's column index on the sheet, or -1 when the sheet has none. */
  private at(field: ReadKey): number {
    return fieldColumn(this.plan, field);
  }

  get(field: ReadKey): MappedCell | null {
    const c = this.at(field);
    return c < 0 ? null : { value: this.value(field), formula: this.formula(field), column: this.plan.letters[c] };
  }

  value(field: ReadKey): CellValue {
    const c = this.at(field);
    return c < 0 ? null : checkValue(this.values?.[c], this.formulas?.[c]);
  }

  column(field: ReadKey): string | null {
    const c = this.at(field);
    return c < 0 ? null : this.plan.letters[c];
  }

  formula(field: ReadKey): boolean {
    const c = this.at(field);
    return c >= 0 && (this.formulas?.[c] ?? null) !== null;
  }

  header(field: ReadKey): string {
    return this.plan.headers[field] ?? field;
  }

  eachCell(visit: (value: CellValue, formula: boolean, column: string) => void): void {
    const { letters } = this.plan;
    const { values = [], formulas } = this;
    for (let c = 0; c < values.length; c++) {
      const value = checkValue(values[c], formulas?.[c]);
      if (!isBlank(value)) visit(value, (formulas?.[c] ?? null) !== null, letters[c]);
    }
  }
}

/**
 * Whether a row's cells in the given columns are all blank, read as the check reads them (a
 * formula the host has not calculated is blank). The row's values and formulas are found once,
 * as a SheetRow finds them, and nothing is made per row.
 *
 * @example
 * allBlank(data, 7, [0, 3]); // true: row 8 has nothing in A or D
 */
export function allBlank(data: SheetData, r: number, columns: readonly number[]): boolean {
  const values = data.values[r];
  const formulas = data.formulas[r];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (!isBlank(checkValue(values?.[c], formulas?.[c]))) return false;
  }
  return true;
}
