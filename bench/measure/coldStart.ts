/**
 * Cold load and first call of each custom functions script, as a user meets it: Excel loads
 * functions.js when a workbook first calls a function, and Apps Script loads the whole of
 * Code.js for every custom function execution. Each run is a fresh Node process (so nothing
 * is compiled or cached yet); inside it the script's source is already read and its vm
 * context made, and the clock runs from running the script to the first call's result:
 * `SUPERVISION_DUE` of one date cell, as the host passes it (a serial in Excel, a Date in Sheets).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import vm from 'vm';
import { distFile } from '../paths';
import { elapsedMs } from '../timing';
import { excelGlobals, sheetsContext, sheetsScript } from './builtFunctions';

export type ColdHost = 'excel' | 'sheets';

/** 15 March 2026 as Excel's 1900 serial, and its line management due date a month later. */
const LAST_SERIAL = 46096;
const DUE_SERIAL = 46127;

async function excelFirstCall(): Promise<number> {
  const { globals, registered } = excelGlobals();
  const source = fs.readFileSync(distFile('excel/functions.js'), 'utf8');
  const context = vm.createContext({ console, setTimeout, clearTimeout, ...globals });
  vm.runInContext('globalThis.window = globalThis; globalThis.self = globalThis;', context);
  // Node sets up its timers the first time one is asked for, a third of this whole run; the
  // browser Excel runs custom functions in has its timers going before any script loads. The
  // script's own timer (the date-system wait, functionsContext.ts) is still made and timed.
  clearTimeout(setTimeout(() => undefined, 0));
  const start = process.hrtime.bigint();
  vm.runInContext(source, context, { filename: 'functions.js' });
  const due = await registered.get('SUPERVISION_DUE')?.([['line']], [[LAST_SERIAL]], null, null, {});
  const ms = elapsedMs(start, process.hrtime.bigint());
  if (JSON.stringify(due) !== JSON.stringify([[DUE_SERIAL]]))
    throw new Error(`functions.js gave ${JSON.stringify(due)}`);
  return ms;
}

function sheetsFirstCall(): number {
  const { context, fake } = sheetsContext();
  const source = fs.readFileSync(distFile('gas/Code.js'), 'utf8');
  const script = sheetsScript(context, fake);
  // Midnight of 15 March 2026 in London (GMT), as Sheets passes a date cell.
  const last = script.date(Date.UTC(2026, 2, 15));
  const start = process.hrtime.bigint();
  vm.runInContext(source, context, { filename: 'Code.js' });
  const due = script.call('HWBC_SUPERVISION_DUE', 'line', last) as Date;
  const ms = elapsedMs(start, process.hrtime.bigint());
  if (due.getTime() !== Date.UTC(2026, 3, 14, 23)) throw new Error(`Code.js gave ${String(due)}`);
  return ms;
}

/**
 * Median milliseconds of cold load + first call over `runs` fresh processes.
 *
 * @example
 * coldStartMs('excel'); // 3.2
 */
export function coldStartMs(host: ColdHost, runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [__filename, host], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold start of ${host} failed:\n${child.stderr}`);
    times.push(Number(child.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

if (require.main === module) {
  const host = process.argv[2] as ColdHost;
  Promise.resolve(host === 'excel' ? excelFirstCall() : sheetsFirstCall()).then(
    (ms) => process.stdout.write(`${ms}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
