/**
 * One HWBC_TIER call over a 10,000-row range through the built Apps Script, called as Sheets
 * calls a custom function given a range: rows of cells.
 */
import { bestOf } from '../timing';
import { loadSheetsScript } from './builtFunctions';
import { expectTiers, hoursColumn } from './tierColumn';

/**
 * Milliseconds for one HWBC_TIER call over `rows` rows, best of `runs` after a warm-up.
 *
 * @example
 * await sheetsTierMs(10_000); // 31.0
 */
export async function sheetsTierMs(rows: number, runs = 5): Promise<number> {
  const script = loadSheetsScript();
  const hours = hoursColumn(rows);
  expectTiers(hours, script.call('HWBC_TIER', hours), 'HWBC_TIER in Code.js');
  return bestOf(() => script.call('HWBC_TIER', hours), { runs });
}
