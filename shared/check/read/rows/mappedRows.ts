/**
 * The data rows under a mapped header, with each cell found by the field it stands for.
 * Blank rows are skipped, not taken as the end of the data: practices leave gaps.
 */
import { firstRowFrom } from '../../../sheetPlaces';
import type { CellValue, SheetData } from '../../../workbook';
import type { MappedRow } from './mappedRow';
import type { SheetMapping } from '../../types';
import type { ReadKey } from '../../../fields';
import { checkValue } from '../checkValue';
import { allBlank, fieldColumn, SheetRow, sheetPlan, type SheetPlan } from './sheetRow';

export type { MappedCell, MappedRow } from './mappedRow';

/** A row's formulas as the sheet holds them (null for a typed cell; the row may be missing). */
export type RowFormulas = readonly (string | null)[] | undefined;

/** One sheet's part of a list of rows: its plan and the sheet rows (0-based) holding data. */
interface RowsPart {
  plan: SheetPlan;
  rows: readonly number[];
}

/**
 * The data rows of one or more mapped sheets, in order. Only each row's place is kept (a number),
 * and a row is made when asked for: the check keeps a log's rows from its first reading to the
 * information-governance scan at its end, and an object kept per row of a 100,000-row log is
 * copied by the garbage collector again and again in between.
 *
 * @example
 * const rows = mappedRows(data, mapping);
 * rows.length;                   // 312
 * rows.row(0).value('hours');    // 1.5
 * rows.map((r) => r.row);        // [2, 3, 5, …]
 */
export class MappedRows implements Iterable<MappedRow> {
  readonly length: number;

  constructor(private readonly parts: readonly RowsPart[]) {
    this.length = parts.reduce((n, p) => n + p.rows.length, 0);
  }

  /**
   * Several sheets' rows as one list (a kind kept on more than one sheet).
   *
   * @example
   * MappedRows.joined([januaryRows, februaryRows]).length; // 120
   */
  static joined(lists: readonly MappedRows[]): MappedRows {
    return lists.length === 1 ? lists[0] : new MappedRows(lists.flatMap((l) => l.parts));
  }

  /** The `i`th row (0-based), made now. */
  row(i: number): MappedRow {
    for (const part of this.parts) {
      if (i < part.rows.length) return new SheetRow(part.plan, part.rows[i]);
      i -= part.rows.length;
    }
    throw new RangeError(`There is no row ${i} in this list.`);
  }

  *[Symbol.iterator](): Iterator<MappedRow> {
    for (const { plan, rows } of this.parts) for (const r of rows) yield new SheetRow(plan, r);
  }

  /** As Array.prototype.map. */
  map<T>(fn: (row: MappedRow, i: number) => T): T[] {
    const out: T[] = [];
    let i = 0;
    for (const { plan, rows } of this.parts) for (const r of rows) out.push(fn(new SheetRow(plan, r), i++));
    return out;
  }

  /** As Array.prototype.flatMap: what `fn` gives is added, spread when it is a list. */
  flatMap<T>(fn: (row: MappedRow) => T | readonly T[]): T[] {
    const out: T[] = [];
    for (const { plan, rows } of this.parts) {
      for (const r of rows) {
        const got = fn(new SheetRow(plan, r));
        if (Array.isArray(got)) for (const x of got as readonly T[]) out.push(x);
        else out.push(got as T);
      }
    }
    return out;
  }

  /**
   * Visits each row's cells as the sheet holds them (values, formulas, column letters) with the
   * row's index in the list: for a scan of every cell of every log (the information-governance
   * scan), where even a function call per cell is a tenth of the check. `row(i)` gives the row
   * itself for the rare cell that needs it.
   *
   * @example
   * rows.eachRowOfCells((values, formulas, letters, i) => values.length); // visits 312 rows
   */
  eachRowOfCells(
    visit: (values: readonly CellValue[], formulas: RowFormulas, letters: readonly string[], i: number) => void,
  ): void {
    let i = 0;
    for (const { plan, rows } of this.parts) {
      const { values, formulas } = plan.data;
      for (const r of rows) visit(values[r], formulas[r], plan.letters, i++);
    }
  }

  /**
   * Visits one field's value on each row (as a row's `value` reads it: null where the sheet has
   * no such column), with the row's index in the list, making no row: for a pass over one
   * column of a whole log.
   *
   * @example
   * rows.eachValueOf('client', (value, i) => value); // 'C-0012', 'C-0013', …
   */
  eachValueOf(field: ReadKey, visit: (value: CellValue, i: number) => void): void {
    let i = 0;
    for (const { plan, rows } of this.parts) {
      const c = fieldColumn(plan, field);
      const { values, formulas } = plan.data;
      for (const r of rows) {
        const v = c < 0 ? null : (values[r]?.[c] ?? null);
        // As checkValue reads the cell: only a text starting "=" can be a formula shown
        // uncalculated (a formula's text, as every host reads it, starts so), so the row of
        // formulas, a memory access of its own, is looked at for that alone.
        visit(typeof v === 'string' && v.charCodeAt(0) === 61 ? checkValue(v, formulas[r]?.[c]) : v, i++);
      }
    }
  }

  /** As Array.prototype.some. */
  some(fn: (row: MappedRow) => boolean): boolean {
    for (const { plan, rows } of this.parts) for (const r of rows) if (fn(new SheetRow(plan, r))) return true;
    return false;
  }
}

/**
 * The data rows of a sheet under its mapping, skipping rows whose mapped cells are all blank.
 *
 * @example
 * mappedRows(data, { sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [{ field: 'name', column: 0, … }] }).row(0).get('name');
 * // { value: 'Sam Jones', formula: false, column: 'A' }
 */
export function mappedRows(data: SheetData, mapping: SheetMapping): MappedRows {
  const plan = sheetPlan(data, mapping);
  const columns = Object.values(plan.fields).filter((c): c is number => c !== undefined && c >= 0 && c < plan.width);
  const rows: number[] = [];
  // The header row is 1-based, so it is also the 0-based sheet row just under the header.
  for (let r = firstRowFrom(data, mapping.headerRow); r < data.values.length; r++) {
    if (!allBlank(data, r, columns)) rows.push(r);
  }
  return new MappedRows([{ plan, rows }]);
}
