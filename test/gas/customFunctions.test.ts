/**
 * The custom functions as Sheets calls them: the built Code.js in a vm over the fake, with
 * dates as the Date objects Sheets passes (midnight in the spreadsheet's zone) and results
 * read back as Sheets shows them. The same worked examples as the core and Excel tests.
 */
import cases from '../fixtures/rules.json';
import { findFunction } from '../../shared/functions';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { formatDate, zonedInstant } from './fake/zoneDates';
import { ensureGasBuild } from './support/builtGas';
import { loadCode, LoadedScript } from './support/loadCode';

type Expect = null | number | string | boolean | { error: string };
interface Case {
  fn: string;
  args: unknown[];
  expect: Expect;
}

beforeAll(() => ensureGasBuild(), 180_000);

/** Midnight of an ISO date in a zone, as a Date of the script's realm: a Sheets date cell. */
function sheetsDate(script: LoadedScript, iso: string, zone: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return script.date(zonedInstant(y, m, d, 0, 0, 0, zone));
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** What a cell shows: a Date as its calendar date in the zone. */
function shown(v: unknown, zone: string): unknown {
  return isDate(v) ? formatDate(v, zone, 'yyyy-MM-dd') : v;
}

function call(script: LoadedScript, c: Case, zone: string): unknown {
  const spec = findFunction(c.fn);
  if (!spec) throw new Error(`no function ${c.fn}`);
  // Date arguments come as Dates, as from a date cell; everything else as Sheets passes it.
  const args = c.args.map((a, i) =>
    spec.params[i]?.type === 'date' && typeof a === 'string' ? sheetsDate(script, a, zone) : a,
  );
  const fn = script.global[c.fn] as (...a: unknown[]) => unknown;
  return fn(...args);
}

describe.each(['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'])('worked examples in %s', (zone) => {
  let script: LoadedScript;
  beforeAll(() => {
    script = loadCode(new FakeGas({ timeZone: zone }));
  });

  it.each((cases as Case[]).map((c) => [c.fn, JSON.stringify(c.args), c]))('%s(%s)', (_fn, _args, c) => {
    const want = c.expect;
    if (want !== null && typeof want === 'object') {
      // A bad single call is an error with the core's message (Sheets shows #ERROR! and it).
      expect(() => call(script, c, zone)).toThrow(new RegExp(want.error, 'i'));
    } else {
      const got = call(script, c, zone);
      expect(shown(got, zone)).toEqual(want);
      // A date result goes back as a Date, so Sheets shows a date.
      if (findFunction(c.fn)?.result === 'date' && want !== null) expect(isDate(got)).toBe(true);
    }
  });
});

describe('dates across British Summer Time', () => {
  const script = () => loadCode(new FakeGas({ timeZone: 'Europe/London' }));

  it('reads a summer date (23:00 UTC the day before) as the day the user typed', () => {
    const s = script();
    // 1 July 2026 in a London sheet is 2026-06-30T23:00Z; a month of line management later is 1 August.
    const due = s.global.HWBC_SUPERVISION_DUE('line', s.date('2026-06-30T23:00:00Z')) as Date;
    expect(due.toISOString()).toBe('2026-07-31T23:00:00.000Z');
  });

  it('reads a winter date (midnight UTC) and gives a winter date', () => {
    const s = script();
    const due = s.global.HWBC_SUPERVISION_DUE('line', s.date('2026-01-15T00:00:00Z')) as Date;
    expect(due.toISOString()).toBe('2026-02-15T00:00:00.000Z');
  });

  it('crosses the clock change: a winter date due in summer lands on London midnight', () => {
    const s = script();
    const due = s.global.HWBC_SUPERVISION_DUE('line', s.date('2026-03-15T00:00:00Z')) as Date;
    expect(due.toISOString()).toBe('2026-04-14T23:00:00.000Z');
  });

  it('judges status on as-of dates given as Dates in either season', () => {
    const s = script();
    const status = s.global.HWBC_SUPERVISION_STATUS;
    expect(status('line', s.date('2026-03-15T00:00:00Z'), 1, '', s.date('2026-04-15T23:00:00Z'))).toBe('Overdue');
    expect(status('line', s.date('2026-03-15T00:00:00Z'), 1, '', s.date('2026-04-14T23:00:00Z'))).toBe('Due soon');
  });
});

describe('ranges', () => {
  const s = () => loadCode(new FakeGas());

  it('spills a column, a bad cell showing its message and the others computed', () => {
    const out = s().global.HWBC_TIER([[120], ['12h'], [''], [1000], [-1]]);
    expect(out).toEqual([
      [1],
      ['#VALUE! hours must be a number ≥ 0, got "12h"'],
      [null],
      [4],
      ['#NUM! hours must be a number ≥ 0, got -1'],
    ]);
  });

  it('spills dates as Dates, one per cell, against a single type', () => {
    const script = s();
    const out = script.global.HWBC_SUPERVISION_DUE('line', [
      [script.date('2026-01-31T00:00:00Z')],
      [script.date('2026-06-14T23:00:00Z')],
    ]) as unknown[][];
    expect(out.map((r) => shown(r[0], 'Europe/London'))).toEqual(['2026-02-28', '2026-07-15']);
    expect(out.every((r) => isDate(r[0]))).toBe(true);
  });

  it('throws for ranges of different sizes, naming both', () => {
    expect(() => s().global.HWBC_CAN_SUPERVISE([[3], [4]], [[50], [60], [70]])).toThrow(/2×1.*3×1/);
  });

  it('returns the competency table as rows with a header', () => {
    const table = s().global.HWBC_COMPETENCIES('GRP', 2) as unknown[][];
    expect(table[0]).toEqual(['Code', 'Area', 'Competency', 'Gained through', 'Evidenced by', 'From tier', 'Kind']);
    expect(table.length).toBe(7);
    expect(table.slice(1).every((row) => String(row[0]).startsWith('GRP'))).toBe(true);
  });
});

describe('single calls', () => {
  it('throws an Error with the core message for a bad value', () => {
    const { global } = loadCode(new FakeGas());
    expect(() => global.HWBC_TIER('12h')).toThrow('hours must be a number ≥ 0, got "12h"');
    expect(() => global.HWBC_COMPETENCIES('XYZ')).toThrow(/area/);
  });

  it('takes a date typed as text, and a Sheets day number', () => {
    const { global } = loadCode(new FakeGas());
    expect(shown(global.HWBC_SUPERVISION_DUE('line', '15/03/2026'), 'Europe/London')).toBe('2026-04-15');
    // 46096 is 15 March 2026 in Sheets' day numbering.
    expect(shown(global.HWBC_SUPERVISION_DUE('line', 46096), 'Europe/London')).toBe('2026-04-15');
  });

  it('needs nothing but SpreadsheetApp and Utilities', () => {
    const script = loadCode(new FakeGas(), { only: ['SpreadsheetApp', 'Utilities'] });
    expect(script.global.HWBC_TIER(250, true, 2)).toBe(2);
    const due = script.global.HWBC_SUPERVISION_DUE('line', script.date('2026-06-30T23:00:00Z')) as Date;
    expect(due.toISOString()).toBe('2026-07-31T23:00:00.000Z');
  });

  it('makes no service call for a function that takes and gives no date', () => {
    const { global, fake } = loadCode(new FakeGas());
    fake.resetCalls();
    expect(global.HWBC_TIER([[1], [60], [250]])).toEqual([[0], [1], [2]]);
    expect(global.HWBC_NEXT_TIER_HOURS(10)).toBe(40);
    expect(global.HWBC_CAN_SUPERVISE(3, 64)).toBe(true);
    expect(fake.calls).toEqual([]);
  });

  it('makes at most two service calls for dates, once per execution, not once per cell', () => {
    const script = loadCode(new FakeGas({ timeZone: 'America/Los_Angeles' }));
    const { global, fake } = script;
    fake.resetCalls();
    const days = ['2026-01-31', '2026-06-30', '2026-03-08'].map((d) => [sheetsDate(script, d, 'America/Los_Angeles')]);
    const due = global.HWBC_SUPERVISION_DUE('line', days) as unknown[][];
    expect(due.map(([d]) => shown(d, 'America/Los_Angeles'))).toEqual(['2026-02-28', '2026-07-30', '2026-04-08']);
    expect(global.HWBC_SUPERVISION_STATUS('line', days[0][0])).toBe('Overdue');
    expect(fake.calls.length).toBeLessThanOrEqual(2);
    expect(fake.callCount('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });

  it('makes no service call for a date typed as text with a given as-of date', () => {
    const { global, fake } = loadCode(new FakeGas());
    fake.resetCalls();
    expect(global.HWBC_SUPERVISION_STATUS('line', '2026-03-15', 1, '', '2026-04-10')).toBe('Due soon');
    expect(fake.calls).toEqual([]);
  });
});
