/**
 * Runs the built Code.js in a Node vm context whose globals are a FakeGas, as Apps Script
 * runs it: the custom functions and entry points become top-level functions of the context.
 */
import vm from 'vm';
import { FakeGas } from '../../support/fakeSpreadsheetApp';
import { builtFile } from './builtGas';

export interface LoadedScript {
  fake: FakeGas;
  /** The context's global object: `script.global.HWBC_TIER(120)`. */
  global: Record<string, (...args: unknown[]) => unknown> & Record<string, unknown>;
  /** A Date of the script's own realm (Sheets hands the script its own Dates). */
  date(ms: number | string): Date;
  /** Evaluates an expression in the script's global scope, e.g. 'Promise'. */
  evaluate(expression: string): unknown;
}

/**
 * Loads dist/gas/Code.js (build it first with ensureGasBuild) against a fake spreadsheet;
 * `only` limits the globals to some services (as a custom function is limited).
 *
 * @example
 * const { global, fake } = loadCode(new FakeGas({ timeZone: 'Europe/London' }));
 * global.HWBC_TIER(250, true, 2); // 2
 */
export function loadCode(fake: FakeGas = new FakeGas(), options: { only?: string[] } = {}): LoadedScript {
  const all = fake.globals();
  const services = options.only ? Object.fromEntries(options.only.map((k) => [k, all[k]])) : all;
  // Apps Script forbids nothing here, but the add-in promises never to generate code: a
  // Code.js that tried eval or new Function would throw in this context.
  const context = vm.createContext({ ...services, console }, { codeGeneration: { strings: false, wasm: false } });
  const code = builtFile('Code.js');
  fake.DateCtor = vm.runInContext('Date', context) as DateConstructor;
  fake.files = { Sidebar: builtFile('Sidebar.html'), SidebarCheck: builtFile('SidebarCheck.html'), ...fake.files };
  vm.runInContext(code, context, { filename: 'Code.js' });
  const RealmDate = fake.DateCtor;
  return {
    fake,
    global: context as LoadedScript['global'],
    date: (ms) => new RealmDate(typeof ms === 'string' ? Date.parse(ms) : ms),
    evaluate: (expression) => vm.runInContext(expression, context),
  };
}
