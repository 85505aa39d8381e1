/**
 * The workbook check (issue: check this workbook). PLACEHOLDER: the signatures are the
 * contract the hosts code against; the implementation replaces these bodies.
 */
import type { CheckOptions } from '../api';
import type { WorkbookPort } from '../workbook';
import type { CheckResult, SheetMapping } from './types';

export * from './types';

/**
 * Works out which sheets hold coach data and what each column means (saved mapping first).
 *
 * @example
 * await guessMappings(port); // [{ sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [...] }]
 */
export async function guessMappings(_port: WorkbookPort): Promise<SheetMapping[]> {
  throw new Error('The workbook check is not built yet.');
}

/**
 * Checks the workbook and (unless told not to) writes the HWBC Report sheet.
 *
 * @example
 * const result = await checkWorkbook(port, { asOf: '2026-03-20' });
 */
export async function checkWorkbook(_port: WorkbookPort, _options: CheckOptions): Promise<CheckResult> {
  throw new Error('The workbook check is not built yet.');
}
