/**
 * "Check this workbook" in Google Sheets, run by the sidebar in short server steps: a workbook
 * of 1,000 coaches and 100,000 log rows is checked end to end through the built Code.js over
 * the fake spreadsheet, each step reading at most ROWS_PER_STEP rows (well under Apps Script's
 * 6-minute limit), with progress after every step and a Cancel that stops before the next one.
 */
import { checkWorkbook } from '../../shared/check';
import type { SheetData } from '../../shared/workbook';
import { READ_AHEAD_CELLS, ROWS_PER_STEP } from '../../src/gas/sidebar/stepSizes';
import { sidebarCheck } from '../../src/gas/sidebar/checkChunk';
import { sheetsPaneApi } from '../../src/gas/sidebar/sidebarApi';
import { serverCalls, type ServerCall } from '../../src/gas/sidebar/scriptRun';
import { AS_OF, syntheticWorkbook } from '../../bench/synthetic/workbook';
import { typedCells } from '../../bench/measure/sheetsCalls';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

let sheets: SheetData[];
let expected: Awaited<ReturnType<typeof checkWorkbook>>;

beforeAll(async () => {
  await ensureGasBuild();
  const memory = await syntheticWorkbook(100_000);
  sheets = [];
  for (const name of await memory.sheetNames()) sheets.push(await memory.read(name));
  // The same check, in one go, on the in-memory workbook: what the steps must arrive at.
  expected = await checkWorkbook(memory, { asOf: AS_OF, writeReport: false });
}, 600_000);

/** The sidebar's google.script.run over the built Code.js: plain data in and out, each call timed. */
function sidebarOver(fake: FakeGas) {
  const { global } = loadCode(fake);
  const steps: { name: string; method?: string; rows: number; ms: number }[] = [];
  const call: ServerCall = async <T>(name: string, ...args: unknown[]) => {
    const started = Date.now();
    const out = (global[name] as (...a: unknown[]) => unknown)(...JSON.parse(JSON.stringify(args)));
    const result = JSON.parse(JSON.stringify(out ?? null)) as T & {
      pieces?: { values: unknown[] }[];
      ahead?: { pieces: { values: unknown[] }[] }[];
    };
    const method = (args[0] as { method?: string } | undefined)?.method;
    // The first step's values read ahead (of the sheets that fit), or a step's block of rows.
    const pieces = [...(result?.pieces ?? []), ...(result?.ahead ?? []).flatMap((a) => a.pieces)];
    const rows = pieces.reduce((n, p) => n + p.values.length, 0);
    steps.push({ name, method, rows, ms: Date.now() - started });
    return result;
  };
  return { api: sheetsPaneApi(serverCalls(call), async () => sidebarCheck), steps };
}

const fakeWith = (data: readonly SheetData[]) =>
  new FakeGas({ timeZone: 'Europe/London', sheets: Object.fromEntries(data.map((s) => [s.name, typedCells(s)])) });

it('checks 100,000 log rows end to end in steps, each reading at most ROWS_PER_STEP rows', async () => {
  const { api, steps } = sidebarOver(fakeWith(sheets));
  const progress: { sheetsRead: number; rowsRead: number }[] = [];
  const result = await api.checkWorkbook({ asOf: AS_OF }, { progress: (p) => progress.push(p) });

  expect(result.coaches.length).toBe(1000);
  expect(result.findings.length).toBe(expected.findings.length);
  expect(result.coaches.map((c) => c.tier)).toEqual(expected.coaches.map((c) => c.tier));
  expect(result.reportSheet).toBe('HWBC Report');

  const reads = steps.filter((s) => s.name === 'hwbcStepRead');
  // The logs' 100,000 rows in steps of ROWS_PER_STEP; the small sheets' values in the first step.
  expect(reads.length).toBeGreaterThanOrEqual(100_000 / ROWS_PER_STEP);
  expect(Math.max(...reads.map((s) => s.rows))).toBeLessThanOrEqual(ROWS_PER_STEP);
  const ahead = steps.find((s) => s.name === 'hwbcStepStart');
  expect(ahead?.rows).toBeGreaterThan(0);
  expect(ahead?.rows).toBeLessThanOrEqual(READ_AHEAD_CELLS);
  // Every step is short: in the fake, well under a second (Apps Script allows 6 minutes).
  expect(Math.max(...steps.map((s) => s.ms))).toBeLessThan(10_000);
  // Progress after every step, rows only ever growing, every sheet read in the end.
  expect(progress.length).toBeGreaterThan(reads.length / 2);
  expect(progress.map((p) => p.rowsRead)).toEqual([...progress.map((p) => p.rowsRead)].sort((a, b) => a - b));
  expect(progress[progress.length - 1].sheetsRead).toBe(sheets.length);
}, 600_000);

it('stops before the next step when Cancel is pressed, writing nothing', async () => {
  const memory = await syntheticWorkbook(10_000);
  const small: SheetData[] = [];
  for (const name of await memory.sheetNames()) small.push(await memory.read(name));
  const fake = fakeWith(small);
  const { api, steps } = sidebarOver(fake);
  let stop = false;
  const check = api.checkWorkbook(
    { asOf: AS_OF },
    { progress: (p) => (stop = p.rowsRead >= 3 * ROWS_PER_STEP), cancelled: () => stop },
  );
  await expect(check).rejects.toThrow('Stopped. Nothing more was read or written after you pressed Cancel.');
  expect(steps.filter((s) => s.name === 'hwbcStepRead').length).toBeLessThan(10);
  // Nothing written: the only other steps asked for settings.
  expect(steps.filter((s) => s.name === 'hwbcStep').map((s) => s.method)).toEqual(
    steps.filter((s) => s.name === 'hwbcStep').map(() => 'getSetting'),
  );
  const app = fake.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  expect(app.getActiveSpreadsheet().getSheetByName('HWBC Report')).toBeNull();
}, 600_000);
