import cases from '../../test/fixtures/rules.json';
import { readContext } from '../values/context';
import { evaluate } from './evaluate';
import { findFunction, FUNCTIONS } from './index';

type Expect = null | number | string | boolean | { error: string };
const ctx = readContext('2026-06-01');

function call(fn: string, args: unknown[]) {
  const spec = findFunction(fn);
  if (!spec) throw new Error(`no function ${fn}`);
  return evaluate(spec, args, ctx);
}

describe('the worked examples of rules.json', () => {
  it.each((cases as { fn: string; args: unknown[]; expect: Expect }[]).map((c) => [c.fn, JSON.stringify(c.args), c]))(
    '%s(%s)',
    (_fn, _args, c) => {
      const result = call(c.fn, c.args);
      expect(result.scalar).toBe(true);
      const [[cell]] = result.cells;
      const want = c.expect;
      if (want !== null && typeof want === 'object') {
        expect(cell.ok).toBe(false);
        if (!cell.ok) expect(cell.error.message.toLowerCase()).toContain(want.error.toLowerCase());
      } else {
        expect(cell).toEqual({ ok: true, value: want });
      }
    },
  );
});

describe('ranges', () => {
  it('computes a column cell by cell, a bad cell failing alone', () => {
    const r = call('HWBC_TIER', [[[120], ['12h'], [null], [1000]]]);
    expect(r.scalar).toBe(false);
    expect(r.cells.map((row) => (row[0].ok ? row[0].value : row[0].error.kind))).toEqual([1, 'VALUE', null, 4]);
  });

  it('broadcasts a single value against a range', () => {
    const r = call('HWBC_SUPERVISION_DUE', ['line', [['2026-01-31'], ['2026-03-15']]]);
    expect(r.cells.map((row) => row[0])).toEqual([
      { ok: true, value: '2026-02-28' },
      { ok: true, value: '2026-04-15' },
    ]);
  });

  it('refuses ranges of different sizes with a message naming both sizes', () => {
    const r = call('HWBC_SUPERVISION_DUE', [
      [['line'], ['cs']],
      [['2026-01-01'], ['2026-01-01'], ['2026-01-01']],
    ]);
    expect(r.cells[0][0].ok).toBe(false);
    if (!r.cells[0][0].ok) expect(r.cells[0][0].error.message).toMatch(/2×1.*3×1/);
  });
});

describe('the function table', () => {
  it('has unique names and help on every function and parameter', () => {
    const names = FUNCTIONS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of FUNCTIONS) {
      expect(f.help.length).toBeGreaterThan(10);
      for (const p of f.params) expect(p.help.length).toBeGreaterThan(5);
      // Optional parameters come last, as both hosts require.
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it('gives a value, not an error, for every example', () => {
    for (const f of FUNCTIONS) {
      const r = evaluate(
        f,
        f.example.map((a) => (a !== null && typeof a === 'object' ? a.date : a)),
        ctx,
      );
      expect(r.cells.flat().every((c) => c.ok)).toBe(true);
    }
  });

  it('returns the competency table with its header, filtered by area and tier', () => {
    const all = call('HWBC_COMPETENCIES', []).cells;
    expect(all.length).toBe(91);
    expect(all[0].map((c) => c.ok && c.value)).toEqual([
      'Code',
      'Area',
      'Competency',
      'Gained through',
      'Evidenced by',
      'From tier',
      'Kind',
    ]);
    expect(call('HWBC_COMPETENCIES', ['grp', 1]).cells.length).toBe(1);
    expect(call('HWBC_COMPETENCIES', ['GRP', 2]).cells.length).toBe(7);
    for (const args of [[[['GRP'], ['MOD']]], ['GRP', [[1, 2]]]]) {
      const range = call('HWBC_COMPETENCIES', args).cells;
      expect(range).toHaveLength(1);
      expect(range[0][0]).toMatchObject({ ok: false, error: { kind: 'VALUE' } });
      expect(!range[0][0].ok && range[0][0].error.message).toMatch(
        /^(area|tier) must be one cell, not a range; got (2 × 1|1 × 2) cells$/,
      );
    }
    const bad = call('HWBC_COMPETENCIES', ['XYZ']).cells[0][0];
    expect(bad.ok).toBe(false);
  });
});

describe('bad cells fail alone', () => {
  const outcome = (c: { ok: true; value: unknown } | { ok: false; error: { kind: string } }) =>
    c.ok ? c.value : c.error.kind;

  it('keeps NaN, Infinity and invalid Dates to their own cells', () => {
    const hours = call('HWBC_TIER', [[[NaN], [250], [Infinity], [-1]]]);
    expect(hours.cells.map((row) => outcome(row[0]))).toEqual(['VALUE', 2, 'VALUE', 'NUM']);
    const dates = call('HWBC_SUPERVISION_DUE', ['line', [[new Date(NaN)], ['2026-01-31'], [60]]]);
    expect(dates.cells.map((row) => outcome(row[0]))).toEqual(['VALUE', '2026-02-28', 'VALUE']);
  });

  it('gives a bad value repeated against a range its error in every cell, and the first bad argument wins', () => {
    const typed = call('HWBC_SUPERVISION_DUE', [[['weekly chat']], [['2026-01-31'], ['2026-03-15']]]);
    expect(typed.cells.map((row) => outcome(row[0]))).toEqual(['VALUE', 'VALUE']);
    const both = call('HWBC_SUPERVISION_DUE', ['weekly chat', [['x'], ['2026-03-15']], 2]);
    for (const [c] of both.cells) expect(c.ok ? null : c.error.message).toMatch(/type/);
    const late = call('HWBC_SUPERVISION_DUE', [[['line'], ['clinical']], '2026-01-31', [[1], [0.5]]]);
    expect(late.cells.map((row) => outcome(row[0]))).toEqual(['2026-02-28', '2026-07-31']);
  });

  it('keeps the shape of a row and of a block', () => {
    const row = call('HWBC_DAY_LOAD', [[[4, 5, 6, 'x']]]);
    expect(row.cells.map((r) => r.map(outcome))).toEqual([['OK', 'At limit', 'Over', 'VALUE']]);
    const block = call('HWBC_REVIEW_DUE', [
      [
        [5, 6],
        [null, '7'],
      ],
    ]);
    expect(block.cells.map((r) => r.map(outcome))).toEqual([
      [false, true],
      [null, true],
    ]);
  });

  it('gives each cell of a status column its own answer or error', () => {
    const r = call('HWBC_SUPERVISION_STATUS', [
      'line',
      [['2026-05-20'], ['2026-07-01'], [null], ['2026-04-20']],
      null,
      null,
      '2026-06-01',
    ]);
    expect(r.cells.map((row) => outcome(row[0]))).toEqual(['OK', 'VALUE', null, 'Overdue']);
    const late = r.cells[1][0];
    if (!late.ok) expect(late.error.message).toContain('last supervision date is after the as-of date');
  });

  it('gives a blank for a blank required argument, and a value when the last date is blank but a start date is not', () => {
    expect(call('HWBC_TIER', [null]).cells[0][0]).toEqual({ ok: true, value: null });
    expect(call('HWBC_SUPERVISION_DUE', [null, '2026-01-31']).cells[0][0]).toEqual({ ok: true, value: null });
    expect(call('HWBC_SUPERVISION_DUE', ['line', '', '', '2026-09-01']).cells[0][0]).toEqual({
      ok: true,
      value: '2026-10-01',
    });
  });

  it('gives a NUM error, not an internal one, for a due date past 31 December 9999', () => {
    for (const r of [
      call('HWBC_SUPERVISION_DUE', ['line', '15/12/9999']),
      call('HWBC_SUPERVISION_STATUS', ['clinical', '9999-12-15', 0.5, null, '9999-12-20']),
    ]) {
      const [[c]] = r.cells;
      expect(c.ok).toBe(false);
      if (!c.ok) expect(c.error.kind).toBe('NUM');
    }
  });

  it('refuses a range that is not rows of cells as one error, without throwing', () => {
    const r = call('HWBC_TIER', [[[{ hours: 1 }]]]);
    expect(r.cells).toHaveLength(1);
    expect(r.cells[0][0].ok).toBe(false);
  });
});

describe('a range of repeated values', () => {
  /** HOURS_TO_NEXT_TIER with a count of the times its rule runs. */
  const counted = () => {
    const spec = findFunction('HWBC_NEXT_TIER_HOURS');
    if (!spec) throw new Error('no HWBC_NEXT_TIER_HOURS');
    let runs = 0;
    return {
      spec: { ...spec, run: (a: Parameters<typeof spec.run>[0], c: typeof ctx) => (runs++, spec.run(a, c)) },
      runs: () => runs,
    };
  };
  const hours = [120, 'lots', 400, 120, null, 400, 'lots', -1];

  it('works each distinct value out once, every cell still getting its own answer or error', () => {
    const { spec, runs } = counted();
    const column = Array.from({ length: 400 }, (_, i) => [hours[i % hours.length]]);
    const r = evaluate(spec, [column], ctx);
    // 120 and 400 reach the rule; "lots" and -1 fail in reading them, a blank is a blank.
    expect(runs()).toBe(2);
    r.cells.forEach(([cell], i) =>
      expect(cell).toEqual(call('HWBC_NEXT_TIER_HOURS', [hours[i % hours.length]]).cells[0][0]),
    );
  });

  it('works every cell out when two arguments are ranges (a cell depends on both)', () => {
    const spec = findFunction('HWBC_TIER');
    if (!spec) throw new Error('no HWBC_TIER');
    let runs = 0;
    const counting = { ...spec, run: (a: Parameters<typeof spec.run>[0], c: typeof ctx) => (runs++, spec.run(a, c)) };
    const r = evaluate(
      counting,
      [
        [[120], [120], [120]],
        [[true], [false], [true]],
      ],
      ctx,
    );
    expect(runs).toBe(3);
    expect(r.cells.map(([c]) => (c.ok ? c.value : c.error.kind))).toEqual([1, 0, 1]);
  });
});
