/**
 * Whether a sheet already in the workbook is the template's own: its header row starts at A1
 * and holds the template's headers in the template's order (columns the user added after them
 * do not matter). Formulas on other template sheets read such a sheet by column letter, so
 * only then may new sheets be built on it.
 */
import { sheetColumn, sheetRow } from '../sheetPlaces';
import type { ColumnSpec, SheetData } from '../workbook';

/**
 * TRUE when `data` (one `port.read`) has the template's header row.
 *
 * @example
 * isTemplateSheet(await port.read('Settings'), SETTINGS_COLUMNS); // false for the user's own Settings sheet
 */
export function isTemplateSheet(data: SheetData, columns: readonly ColumnSpec[]): boolean {
  if (sheetRow(data, 0) !== 0 || sheetColumn(data, 0) !== 0) return false;
  const headers = data.values[0] ?? [];
  return columns.every((c, i) => String(headers[i] ?? '').trim() === c.header);
}
