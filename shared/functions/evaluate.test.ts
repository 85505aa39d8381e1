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
    const bad = call('HWBC_COMPETENCIES', ['XYZ']).cells[0][0];
    expect(bad.ok).toBe(false);
  });
});
