/**
 * "Open <name>'s own workbook": the template sheets with only the new hire on them, opened by
 * Excel as a new, unsaved workbook in its own window.
 */
import type { HireWorkbookResult, NewHireDetails } from '../../shared/api';
import type { WorkbookPort } from '../../shared/workbook';
import { bytesToBase64 } from '../xlsx/newHire/base64';
import { hireWorkbookFile } from '../xlsx/newHire/hireWorkbookFile';

/** `Excel.createWorkbook` (ExcelApi 1.8; the manifest asks for 1.9), or a test's stand-in. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/**
 * Office.js's own: opens an .xlsx file, given as base64, in a new Excel window.
 *
 * @example
 * await officeCreateWorkbook(bytesToBase64(bytes));
 */
export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/**
 * Builds the hire's own workbook and has Excel open it. `port` is the workbook the pane is
 * in, which is left as it was.
 *
 * @example
 * await openHireWorkbook(details, new OfficeWorkbook());
 * // { message: "Opened Priya Shah's own workbook in a new Excel window, with …" }
 */
export async function openHireWorkbook(
  details: NewHireDetails,
  port: WorkbookPort,
  createWorkbook: CreateWorkbook = officeCreateWorkbook,
): Promise<HireWorkbookResult> {
  const file = await hireWorkbookFile(details, port);
  await createWorkbook(bytesToBase64(file.bytes));
  return {
    message:
      `Opened ${details.name}'s own workbook in a new Excel window, with ${details.name} on ${file.added.join(' and ')}. ` +
      `Excel has not saved it yet: save it (as "${file.name}", say) where your team keeps coaching records.`,
  };
}
