/**
 * One HWBC.TIER call over a 10,000-row range through the built Excel functions script:
 * dist/excel/functions.js run in a Node vm (as the functions bundle test runs it) with a
 * stand-in custom functions runtime, called as Excel calls it: a matrix, then null for each
 * omitted optional argument, then the invocation.
 */
import { loadBundle } from '../../test/support/loadBundle';
import { distFile } from '../paths';
import { bestOf } from '../timing';
import { expectTiers, hoursColumn } from './tierColumn';

type Implementation = (...args: unknown[]) => Promise<unknown>;

/** Stand-in for CustomFunctions.Error: a code and a message. */
class FunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Loads functions.js and returns what it associated with each function id. */
function loadFunctions(): Map<string, Implementation> {
  const registered = new Map<string, Implementation>();
  const CustomFunctions = {
    associate: (id: string, f: Implementation) => registered.set(id, f),
    Error: FunctionError,
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A' },
  };
  // A 1900 date-system workbook: Excel's DATE(1904,1,1) is serial 1462 there.
  const Excel = {
    run: async (batch: (context: unknown) => Promise<unknown>) =>
      batch({
        workbook: { functions: { date: () => ({ load: () => undefined, value: 1462 }) } },
        sync: async () => undefined,
      }),
  };
  const Office = { onReady: async () => ({ host: 'Excel' }) };
  loadBundle(distFile('excel/functions.js'), { CustomFunctions, Excel, Office });
  return registered;
}

/**
 * Milliseconds for one HWBC.TIER call over `rows` rows, best of `runs` after a warm-up.
 *
 * @example
 * await excelTierMs(10_000); // 25.3
 */
export async function excelTierMs(rows: number, runs = 5): Promise<number> {
  const tierOf = loadFunctions().get('TIER');
  if (!tierOf) throw new Error('dist/excel/functions.js did not associate TIER.');
  const hours = hoursColumn(rows);
  const call = () => tierOf(hours, null, null, { functionName: 'HWBC.TIER' });
  expectTiers(hours, await call(), 'HWBC.TIER in functions.js');
  return bestOf(call, { runs });
}
