/**
 * A new hire's own workbook as an .xlsx file: the template sheets with the coach already on
 * Coaches and their checklist on Training. Excel can open it as a new window
 * (`Excel.createWorkbook` with the bytes in base64); elsewhere it is saved or downloaded.
 */
import type { NewHireDetails, NewHireResult } from '../../../shared/api';
import { addNewHire, createTemplates, SHEET_ORDER } from '../../../shared/templates';
import type { HostInfo } from '../../../shared/workbook';
import { XlsxWorkbook } from '../xlsxWorkbook';

/**
 * The template workbook with one coach on it, as .xlsx bytes, and where the coach was added.
 *
 * @example
 * const { bytes } = await newHireWorkbook(details, { today: '2026-04-01' });
 * await Excel.createWorkbook(bytesToBase64(bytes));
 */
export async function newHireWorkbook(
  details: NewHireDetails,
  info: Partial<HostInfo> = {},
): Promise<{ bytes: Uint8Array; result: NewHireResult }> {
  const workbook = new XlsxWorkbook(info);
  await createTemplates(workbook, {});
  if (details.organisation) await workbook.write('Settings', { row: 1, col: 1 }, [[details.organisation]]);
  const result = await addNewHire(workbook, details);
  workbook.arrangeSheets(SHEET_ORDER);
  return { bytes: await workbook.toBytes(), result };
}
