/**
 * A new hire's own workbook, made where the pane runs (Excel's task pane, the demo page). The
 * code that writes .xlsx files (exceljs, some 400 KB) is loaded the first time it is asked for,
 * from its own file beside the page, so the pane and the custom functions start without it.
 */
import type { NewHireDetails } from '../../../shared/api';
import type { WorkbookPort } from '../../../shared/workbook';
import { hireWorkbookName } from './hireWorkbookName';

/** The file, ready to open or save. */
export interface HireWorkbookFile {
  /** "<ID> <name>.xlsx". */
  name: string;
  bytes: Uint8Array;
  /** Where the coach is in it, e.g. ['Coaches row 2', 'Training rows 2–26']. */
  added: string[];
}

/**
 * Builds the hire's own workbook. `port` is the workbook the pane is working in: its today
 * and time zone are the new workbook's too (its date system is not: a new file is 1900).
 *
 * @example
 * const file = await hireWorkbookFile(details, port);
 * file.name; // 'HWBC-021 Priya Shah.xlsx'
 */
export async function hireWorkbookFile(details: NewHireDetails, port: WorkbookPort): Promise<HireWorkbookFile> {
  const { today, timeZone } = await port.info();
  let build: typeof import('./newHireWorkbook').newHireWorkbook;
  try {
    ({ newHireWorkbook: build } = await import(/* webpackChunkName: "hire-workbook" */ './newHireWorkbook'));
  } catch {
    // webpack's own message names a script address, which means nothing to a practice manager.
    throw new Error(
      'The part of the add-in that makes workbook files could not be loaded. Check your connection, then try again.',
    );
  }
  const { bytes, result } = await build(details, { today, timeZone });
  return { name: hireWorkbookName(details), bytes, added: result.added };
}
