/**
 * One HWBC.TIER call over a 10,000-row range through the built Excel functions script,
 * called as Excel calls it: a matrix, then null for each omitted optional argument, then the
 * invocation.
 */
import { bestOf } from '../timing';
import { excelFunction } from './builtFunctions';
import { expectTiers, hoursColumn } from './tierColumn';

/**
 * Milliseconds for one HWBC.TIER call over `rows` rows, best of `runs` after a warm-up.
 *
 * @example
 * await excelTierMs(10_000); // 25.3
 */
export async function excelTierMs(rows: number, runs = 5): Promise<number> {
  const tierOf = excelFunction('TIER');
  const hours = hoursColumn(rows);
  const call = () => tierOf(hours, null, null, { functionName: 'HWBC.TIER' });
  expectTiers(hours, await call(), 'HWBC.TIER in functions.js');
  return bestOf(call, { runs });
}
