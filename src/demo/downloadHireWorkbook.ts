/**
 * "Download <name>'s workbook (.xlsx)" on the demo page: the template sheets with only the new
 * hire on them, made in the page and saved by the browser as "<ID> <name>.xlsx". Nothing is
 * sent anywhere.
 */
import type { HireWorkbookResult, NewHireDetails } from '../../shared/api';
import type { WorkbookPort } from '../../shared/workbook';
import { hireWorkbookFile } from '../xlsx/newHire/hireWorkbookFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file to the browser to save, or a test's stand-in. */
export type SaveFile = (name: string, bytes: Uint8Array) => void;

/**
 * Saves `bytes` as a download called `name`: a temporary link to a blob: address, clicked.
 * The page's Content-Security-Policy governs scripts and fetches, not downloads, so no
 * exception is needed for it.
 *
 * @example
 * browserDownload('HWBC-021 Priya Shah.xlsx', bytes);
 */
export const browserDownload: SaveFile = (name, bytes) => {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after this click returns; give it time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
};

/**
 * Builds the hire's own workbook and downloads it. `port` is the page's workbook, which is
 * left as it was.
 *
 * @example
 * await downloadHireWorkbook(details, port);
 * // { message: 'Downloaded HWBC-021 Priya Shah.xlsx, with Priya Shah on …' }
 */
export async function downloadHireWorkbook(
  details: NewHireDetails,
  port: WorkbookPort,
  save: SaveFile = browserDownload,
): Promise<HireWorkbookResult> {
  const file = await hireWorkbookFile(details, port);
  save(file.name, file.bytes);
  return {
    message: `Downloaded ${file.name}, with ${details.name} on ${file.added.join(' and ')}. Open it in Excel, LibreOffice or Google Sheets.`,
  };
}
