/**
 * A sheet description as Google Sheets shows it: the same as Excel's and the .xlsx file's,
 * except that Sheets puts widths in a few sizes (src/gas/server/sheetLayout/sheetsWidths.ts)
 * and leaves columns at its default 100 px unset.
 */
import { SHEETS_DEFAULT_WIDTH, sheetsWidths } from '../../../src/gas/server/sheetLayout/sheetsWidths';
import type { SheetDescription } from './sheetDescription';

/**
 * @example
 * expect(describeSheet(fromSheets(fake, 'Coaches'))).toEqual(inSheetsWidths(describeSheet(fromXlsx(ws))));
 */
export function inSheetsWidths<T extends SheetDescription | undefined>(sheet: T): T {
  if (!sheet) return sheet;
  const pixels = sheetsWidths(sheet.columns.map((c) => c.width ?? undefined));
  return {
    ...sheet,
    columns: sheet.columns.map((c, i) => ({
      ...c,
      width: pixels[i] === SHEETS_DEFAULT_WIDTH ? null : Math.round((pixels[i] - 10) / 7),
    })),
  };
}
