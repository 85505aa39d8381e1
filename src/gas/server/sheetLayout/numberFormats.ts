/**
 * A template sheet's number formats in one call: Range.setNumberFormats takes a rectangular
 * grid of format patterns (developers.google.com/apps-script/reference/spreadsheet/range
 * #setNumberFormats), so the block from the first formatted column to the last, over the
 * formatted rows, goes in one grid. A column between them without a format gets "General",
 * Sheets' automatic format, the format of a new cell (scripts reset a cell's format with it).
 */
import type { SheetPlan } from '../../../../shared/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The pattern of a column without a format of its own. */
export const AUTOMATIC_FORMAT = 'General';

/**
 * A number format in Sheets' syntax: Excel's codes carry over, except Excel's locale tags
 * ("[$-809]") and "General", which is a new cell's format anyway.
 *
 * @example
 * sheetsNumberFormat('[$-809]dd/mm/yyyy'); // 'dd/mm/yyyy'
 */
export function sheetsNumberFormat(format: string | undefined): string | null {
  const f = (format ?? '').replace(/\[\$-[0-9A-Fa-f]+\]/g, '').trim();
  return f === '' || f.toLowerCase() === 'general' ? null : f;
}

/**
 * Where the formats go and each column's pattern across it: from the first formatted column
 * to the last, or null when no column has a format (or there are no rows to format).
 *
 * @example
 * formatBlock(sheetPlan(hoursLogSheet())); // { first: 0, patterns: ['dd mmm yyyy', 'General', 'General', '0', …] }
 */
export function formatBlock(plan: SheetPlan): { first: number; patterns: string[] } | null {
  const formats = plan.columns.map((c) => sheetsNumberFormat(c.numberFormat));
  const formatted = formats.flatMap((f, i) => (f ? [i] : []));
  if (plan.lastRow < 2 || formatted.length === 0) return null;
  const [first, last] = [formatted[0], formatted[formatted.length - 1]];
  return { first, patterns: formats.slice(first, last + 1).map((f) => f ?? AUTOMATIC_FORMAT) };
}

/**
 * Sets the sheet's number formats over its formatted rows in one setNumberFormats.
 *
 * @example
 * setNumberFormats(sheet, sheetPlan(hoursLogSheet())); // one call over A2:K2001
 */
export function setNumberFormats(sheet: Sheet, plan: SheetPlan): void {
  const block = formatBlock(plan);
  if (!block) return;
  const rows = plan.lastRow - 1;
  const grid = Array.from({ length: rows }, () => block.patterns);
  sheet.getRange(2, block.first + 1, rows, block.patterns.length).setNumberFormats(grid);
}
