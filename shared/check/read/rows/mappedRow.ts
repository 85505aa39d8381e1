/**
 * One data row of a mapped sheet, and one of its cells, as the readers and findings see them:
 * each cell found by the field it stands for, whatever column the practice keeps it in.
 */
import type { CellValue } from '../../../workbook';
import type { ReadKey } from '../../../fields';

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
