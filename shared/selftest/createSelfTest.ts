/**
 * The pane's "Add the self-test sheet" action over any workbook port. Kept apart from the
 * pane's other actions so a host that adds it (the Apps Script server) does not also load the
 * workbook check.
 */
import type { SelfTestResult } from '../api';
import type { Host } from '../functions/naming';
import type { WorkbookPort } from '../workbook';
import { SELF_TEST_SHEET, selfTestSheet } from './selfTestSheet';

/**
 * Adds the functions self-test sheet for a host's spelling; never replaces a sheet of that name.
 *
 * @example
 * await createSelfTest(port, 'excel'); // { message: 'Added the sheet HWBC Self-test with 49 checks. …' }
 */
export async function createSelfTest(port: WorkbookPort, spelling: Host): Promise<SelfTestResult> {
  if ((await port.sheetNames()).includes(SELF_TEST_SHEET)) {
    throw new Error(`There is already a sheet called ${SELF_TEST_SHEET}. Delete or rename it, then try again.`);
  }
  const sheet = selfTestSheet(spelling);
  await port.addSheet(sheet);
  return {
    message:
      `Added the sheet ${SELF_TEST_SHEET} with ${sheet.rows.length - 1} checks. Row 2 says PASS when every ` +
      'function gives its expected answer here; a FAIL row shows which one does not.',
  };
}
