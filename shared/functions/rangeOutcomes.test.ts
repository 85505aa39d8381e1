import { toGrid } from './grid';
import { byCellValue, outcomes } from './rangeOutcomes';
import type { CellOutcome } from './types';

describe('outcomes', () => {
  it('gives one outcome object for each distinct value of a call', () => {
    const outcome = outcomes();
    expect(outcome(3)).toBe(outcome(3));
    expect(outcome(3)).toEqual({ ok: true, value: 3 });
    expect(outcome('3')).not.toBe(outcome(3));
    expect(outcomes()(3)).not.toBe(outcome(3));
  });
});

describe('byCellValue', () => {
  /** A compute that counts its calls and answers with the cell it was asked for. */
  const counting = () => {
    const calls: string[] = [];
    const compute = (r: number, c: number): CellOutcome => {
      calls.push(`${r},${c}`);
      return { ok: true, value: `${r},${c}` };
    };
    return { calls, compute };
  };

  it('works out a value met before in the one range only once, beside single values', () => {
    const { calls, compute } = counting();
    const at = byCellValue([toGrid([[46096], [46100], [46096]]), toGrid('line')], compute);
    expect([at(0, 0), at(1, 0), at(2, 0)].map((o) => o.ok && o.value)).toEqual(['0,0', '1,0', '0,0']);
    expect(calls).toEqual(['0,0', '1,0']);
  });

  it('works out every cell when two arguments are ranges (a cell depends on both)', () => {
    const { calls, compute } = counting();
    const at = byCellValue([toGrid([[1], [1]]), toGrid([[2], [2]])], compute);
    at(0, 0);
    at(1, 0);
    expect(calls).toEqual(['0,0', '1,0']);
  });

  it('works out each object cell (such as a Date) on its own', () => {
    const { calls, compute } = counting();
    const day = new Date(Date.UTC(2026, 2, 15));
    const at = byCellValue([toGrid([[day], [day]])], compute);
    at(0, 0);
    at(1, 0);
    expect(calls).toEqual(['0,0', '1,0']);
  });
});
