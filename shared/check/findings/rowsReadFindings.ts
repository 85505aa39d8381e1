/**
 * Settings' "Training rows read" and "Evidence log rows read" cells (docs/rules.md §9). The
 * Coaches sheet's training totals and the Competencies sheet's evidence coverage read the logs
 * down to the row these cells work out. Blank, the totals read whole columns: the same answers,
 * but so slowly that some spreadsheet programs take minutes for one coach. Typed over, the
 * totals stop at the typed row and leave later records out. Either is a warning, only while
 * the sheet whose formulas read the cell has formulas.
 */
import { ROWS_READ_CELLS, SETTINGS_IN_USE_ROW } from '../../fields';
import { columnIndex, rowIndex, sheetColumn } from '../../sheetPlaces';
import { isBlank } from '../../values/cells/blank';
import { columnLetter, type SheetData } from '../../workbook';
import { CHECK_MESSAGES } from '../messages';
import type { Finding } from '../types';
import { finding } from './findingRules';

const named = (sheets: readonly SheetData[], name: string) =>
  sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());

/** Whether any cell below a sheet's header holds a formula (stops at the first). */
function hasFormulas(data: SheetData | undefined): boolean {
  if (!data) return false;
  for (let i = Math.max(0, rowIndex(data, 0) + 1); i < data.formulas.length; i++) {
    if (data.formulas[i]?.some((f) => f !== null)) return true;
  }
  return false;
}

/** The 0-based sheet column whose header (row 1) reads `header`, or -1. */
function headerColumn(data: SheetData, header: string): number {
  const i = rowIndex(data, 0);
  const j = i < 0 ? -1 : (data.values[i] ?? []).findIndex((v) => typeof v === 'string' && v.trim() === header);
  return j < 0 ? -1 : sheetColumn(data, j);
}

/**
 * The rows-read cells of a Settings sheet (read with its formulas) that hold no formula, with
 * the sheet whose formulas read each: only for these do that sheet's formulas matter.
 *
 * @example
 * rowsReadWithoutFormula(settings).map((c) => c.readBy); // ['Competencies'] when U4 was typed over
 */
export function rowsReadWithoutFormula(settings: SheetData) {
  return ROWS_READ_CELLS.flatMap((c) => {
    const col = headerColumn(settings, c.header);
    if (col < 0) return [];
    const i = rowIndex(settings, SETTINGS_IN_USE_ROW);
    const j = columnIndex(settings, col);
    if (i >= 0 && j >= 0 && (settings.formulas[i]?.[j] ?? null) !== null) return [];
    return [{ ...c, col, value: i < 0 || j < 0 ? null : settings.values[i]?.[j] }];
  });
}

/**
 * A warning for each rows-read cell of the template's Settings sheet that holds no formula
 * while the sheet reading it has formulas: blank, or a value typed over its formula.
 *
 * @example
 * rowsReadFindings(sheets); // [{ rule: 'data.rows-read', sheet: 'Settings', row: 4, column: 'U', … }]
 */
export function rowsReadFindings(sheets: readonly SheetData[]): Finding[] {
  const settings = named(sheets, 'settings');
  if (!settings) return [];
  return rowsReadWithoutFormula(settings).flatMap(({ col, value, ...c }) => {
    if (!hasFormulas(named(sheets, c.readBy))) return [];
    const where = { sheet: settings.name, row: SETTINGS_IN_USE_ROW + 1, column: columnLetter(col) };
    const cell = `${where.column}${where.row}`;
    const message = isBlank(value ?? null)
      ? CHECK_MESSAGES.rowsReadBlank(cell, c.header, c.log, c.readBy, c.totals)
      : CHECK_MESSAGES.rowsReadTyped(cell, c.header, c.log, c.readBy, c.totals, value);
    return [finding('data.rows-read', where, null, message)];
  });
}
