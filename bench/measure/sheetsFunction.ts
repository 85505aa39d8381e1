/**
 * One HWBC_TIER call over a 10,000-row range through the built Apps Script: dist/gas/Code.js
 * run in a Node vm whose globals are the FakeGas services (as the Apps Script tests run it),
 * called as Sheets calls a custom function given a range: rows of cells.
 */
import fs from 'fs';
import vm from 'vm';
import { FakeGas } from '../../test/support/fakeSpreadsheetApp';
import { distFile } from '../paths';
import { bestOf } from '../timing';
import { expectTiers, hoursColumn } from './tierColumn';

/** Runs Code.js over a fake spreadsheet and returns its global HWBC_TIER. */
function loadTier(): (...args: unknown[]) => unknown {
  const fake = new FakeGas({ timeZone: 'Europe/London' });
  const context = vm.createContext({ ...fake.globals(), console });
  fake.DateCtor = vm.runInContext('Date', context) as DateConstructor;
  vm.runInContext(fs.readFileSync(distFile('gas/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const tier = (context as Record<string, unknown>).HWBC_TIER;
  if (typeof tier !== 'function') throw new Error('dist/gas/Code.js has no HWBC_TIER function.');
  return tier as (...args: unknown[]) => unknown;
}

/**
 * Milliseconds for one HWBC_TIER call over `rows` rows, best of `runs` after a warm-up.
 *
 * @example
 * await sheetsTierMs(10_000); // 31.0
 */
export async function sheetsTierMs(rows: number, runs = 5): Promise<number> {
  const tier = loadTier();
  const hours = hoursColumn(rows);
  expectTiers(hours, tier(hours), 'HWBC_TIER in Code.js');
  return bestOf(() => tier(hours), { runs });
}
