/**
 * The built dist/excel/functions.js, run in Node with stand-ins for Excel's custom functions
 * runtime: it registers every function of functions.json and gives the core's results on
 * the worked examples, with dates as serial numbers in and out, ranges spilling, and a bad
 * cell failing alone with a CustomFunctions.Error.
 */
import fs from 'fs';
import path from 'path';
import cases from '../fixtures/rules.json';
import { evaluate, findFunction, FUNCTIONS } from '../../shared/functions';
import { readContext } from '../../shared/values/context';
import { isoToSerial } from '../../shared/values/dates/excelSerial';
import { FakeError, type Implementation, INVOCATION, loadFunctions } from '../support/builtExcelFunctions';
import { ensureExcelBuild } from '../support/loadBundle';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Excel gives every matrix parameter as rows of cells, and dates as serial numbers. */
const asExcelArgument = (v: unknown) =>
  v === null ? null : [[typeof v === 'string' && ISO.test(v) ? isoToSerial(v) : v]];

type Case = { fn: string; args: unknown[]; expect: null | number | string | boolean | { error: string } };

let dir: string;
let functions: Map<string, Implementation>;

beforeAll(async () => {
  dir = await ensureExcelBuild();
  functions = loadFunctions(dir, '1900').functions;
}, 240_000);

async function call(id: string, args: unknown[]): Promise<unknown[][]> {
  const f = functions.get(id);
  if (!f) throw new Error(`functions.js did not register ${id}`);
  const spec = findFunction(id);
  const padded = [...args, ...Array(Math.max(0, (spec?.params.length ?? 0) - args.length)).fill(null)];
  return f(...padded, INVOCATION);
}

describe('registration', () => {
  it('registers an id for every function of functions.json, and nothing else', () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'functions.json'), 'utf8'));
    const ids = metadata.functions.map((f: { id: string }) => f.id).sort();
    expect([...functions.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(FUNCTIONS.map((f) => f.name).sort());
  });
});

describe('the worked examples of rules.json, as Excel calls them', () => {
  it.each((cases as Case[]).map((c) => [c.fn, JSON.stringify(c.args), c]))('%s(%s)', async (fn, _args, c) => {
    const id = fn.replace(/^HWBC_/, '');
    const [[cell], ...rest] = await call(id, c.args.map(asExcelArgument));
    expect(rest).toEqual([]);
    const want = c.expect;
    const spec = findFunction(fn)!;
    const [[core]] = evaluate(spec, c.args, readContext('2026-06-01')).cells;
    if (want !== null && typeof want === 'object') {
      expect(cell).toBeInstanceOf(FakeError);
      // Excel shows a message on #VALUE! only (and #N/A): #NUM! carries none.
      if (!core.ok && core.error.kind === 'NUM') expect((cell as FakeError).message).toBeUndefined();
      else expect((cell as FakeError).message?.toLowerCase()).toContain(want.error.toLowerCase());
    } else if (typeof want === 'string' && ISO.test(want)) {
      expect(cell).toBe(isoToSerial(want));
    } else {
      expect(cell).toBe(want === null ? '' : want);
    }

    // And exactly what the core says, with its error kind as Excel's error code.
    if (core.ok) {
      const v = core.value;
      expect(cell).toEqual(v === null ? '' : spec.result === 'date' ? isoToSerial(v as string) : v);
    } else {
      expect(cell).toEqual(
        core.error.kind === 'NUM' ? new FakeError('#NUM!') : new FakeError('#VALUE!', core.error.message),
      );
    }
  });
});

describe('ranges', () => {
  it('spills a column, a bad cell showing its own error and a blank staying blank', async () => {
    const result = await call('TIER', [[[120], ['12h'], [null], [''], [-1], [1000]]]);
    expect(result.map((row) => row.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(result[0][0]).toBe(1);
    expect(result[1][0]).toEqual(new FakeError('#VALUE!', expect.stringContaining('"12h"')));
    expect(result[2][0]).toBe('');
    expect(result[3][0]).toBe('');
    expect(result[4][0]).toEqual(new FakeError('#NUM!'));
    expect(result[5][0]).toBe(4);
  });

  it('broadcasts a single cell against a range of dates, serials in and out', async () => {
    const result = await call('SUPERVISION_DUE', [
      [['line']],
      [[isoToSerial('2026-01-31')], [isoToSerial('2026-03-15')]],
    ]);
    expect(result).toEqual([[isoToSerial('2026-02-28')], [isoToSerial('2026-04-15')]]);
  });

  it('reads dates typed as text too, and returns a serial', async () => {
    expect(await call('SUPERVISION_DUE', [[['clinical']], [['10/01/2026']], [[0.5]]])).toEqual([
      [isoToSerial('2026-07-10')],
    ]);
  });

  it('returns a whole table for COMPETENCIES, blanks as empty text', async () => {
    const result = await call('COMPETENCIES', [[['GRP']]]);
    const core = evaluate(findFunction('COMPETENCIES')!, ['GRP'], readContext('2026-06-01')).cells;
    expect(result).toEqual(core.map((row) => row.map((c) => (c.ok && c.value !== null ? c.value : ''))));
    expect(result.length).toBeGreaterThan(1);
  });

  it('takes no arguments for SNOMED', async () => {
    const [[code]] = await call('SNOMED', []);
    expect(typeof code).toBe('string');
    expect(code).toMatch(/^\d+$/);
  });
});

describe('a 1904 workbook', () => {
  it('reads and writes serials in the 1904 date system', async () => {
    const in1904 = loadFunctions(dir, '1904').functions.get('SUPERVISION_DUE')!;
    const result = await in1904([['line']], [[isoToSerial('2026-03-15', '1904')]], null, null, INVOCATION);
    expect(result).toEqual([[isoToSerial('2026-04-15', '1904')]]);
    expect(isoToSerial('2026-04-15', '1904')).not.toBe(isoToSerial('2026-04-15', '1900'));
  });
});
