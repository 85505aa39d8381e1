/**
 * The built custom functions as the hosts call them, for the bench: dist/excel/functions.js
 * in a Node vm with a stand-in custom functions runtime (as the functions bundle test runs
 * it), and dist/gas/Code.js in a vm whose globals are the FakeGas services (as the Apps Script
 * tests run it). Loading is split from running so a cold start can be timed on its own.
 */
import fs from 'fs';
import vm from 'vm';
import { loadBundle } from '../../test/support/loadBundle';
import { FakeGas } from '../../test/support/fakeSpreadsheetApp';
import { distFile } from '../paths';

/** An Excel custom function's implementation: arguments as Excel passes them, then the invocation. */
export type ExcelImplementation = (...args: unknown[]) => Promise<unknown>;

/** Stand-in for CustomFunctions.Error: a code and a message. */
class FunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/**
 * The globals functions.js expects: CustomFunctions (recording what is associated), and Excel
 * and Office answering at once for a 1900 date-system workbook.
 *
 * @example
 * const { globals, registered } = excelGlobals();
 */
export function excelGlobals(): { globals: Record<string, unknown>; registered: Map<string, ExcelImplementation> } {
  const registered = new Map<string, ExcelImplementation>();
  const CustomFunctions = {
    associate: (id: string, f: ExcelImplementation) => registered.set(id, f),
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
  return { globals: { CustomFunctions, Excel, Office }, registered };
}

/**
 * Loads functions.js and returns the implementation of one function id (e.g. 'TIER').
 *
 * @example
 * await excelFunction('TIER')([[120]], null, null, { functionName: 'HWBC.TIER' }); // [[1]]
 */
export function excelFunction(id: string): ExcelImplementation {
  const { globals, registered } = excelGlobals();
  loadBundle(distFile('excel/functions.js'), globals);
  const f = registered.get(id);
  if (!f) throw new Error(`dist/excel/functions.js did not associate ${id}.`);
  return f;
}

/** Code.js loaded over a fake spreadsheet in London. */
export interface SheetsScript {
  call(name: string, ...args: unknown[]): unknown;
  /** A Date of the script's own realm, as Sheets hands a date cell to a custom function. */
  date(ms: number): Date;
  fake: FakeGas;
}

/**
 * A fresh vm context for Code.js over a fake spreadsheet, before the script is run in it.
 *
 * @example
 * const { context, fake } = sheetsContext();
 */
export function sheetsContext(): { context: vm.Context; fake: FakeGas } {
  const fake = new FakeGas({ timeZone: 'Europe/London' });
  const context = vm.createContext({ ...fake.globals(), console });
  fake.DateCtor = vm.runInContext('Date', context) as DateConstructor;
  return { context, fake };
}

/**
 * A script object for a context Code.js has run in.
 *
 * @example
 * sheetsScript(context, fake).call('HWBC_TIER', 250); // 1
 */
export function sheetsScript(context: vm.Context, fake: FakeGas): SheetsScript {
  const RealmDate = fake.DateCtor;
  return {
    fake,
    date: (ms) => new RealmDate(ms),
    call(name, ...args) {
      const f = (context as Record<string, unknown>)[name];
      if (typeof f !== 'function') throw new Error(`dist/gas/Code.js has no ${name} function.`);
      return (f as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/**
 * Runs Code.js over a fake spreadsheet.
 *
 * @example
 * loadSheetsScript().call('HWBC_TIER', 250, true, 2); // 2
 */
export function loadSheetsScript(): SheetsScript {
  const { context, fake } = sheetsContext();
  vm.runInContext(fs.readFileSync(distFile('gas/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return sheetsScript(context, fake);
}
