// docs/rules.md §2: line and coaching monthly whatever the WTE; clinical due at
// min(12, floor(3 / wte)) months and its window opening at min(12, floor(2 / wte)), with 1e-9
// added before flooring so 0.3 and 0.1 × 3 give 10 months, not 9.
import { HwbcError } from '../../values/errors';
import { policyWith } from './policy';
import { clinicalWindow, supervisionInterval } from './supervisionInterval';

describe('line management and health coaching supervision', () => {
  it.each([1, 0.8, 0.5, 0.3, 0.2, 0.1])('stay monthly at %p WTE', (wte) => {
    expect(supervisionInterval('line', wte)).toBe(1);
    expect(supervisionInterval('coaching', wte)).toBe(1);
  });

  it('default to a WTE of 1', () => {
    expect(supervisionInterval('line')).toBe(1);
    expect(supervisionInterval('clinical')).toBe(3);
  });
});

describe('clinical supervision, pro rata', () => {
  it.each([
    [1, 3],
    [0.8, 3], // 3.75
    [0.75, 4],
    [0.6, 5],
    [0.2 * 3, 5], // 0.6000000000000001
    [0.5, 6],
    [0.4, 7], // 7.5
    [15 / 37.5, 7], // 15 hours a week
    [1 / 3, 9],
    [12.5 / 37.5, 9],
    [0.3, 10],
    [0.1 * 3, 10], // 0.30000000000000004
    [0.25, 12],
    [0.2, 12], // 15, capped at 12
    [0.1, 12],
    [0.001, 12],
  ])('at %p WTE is due after %p months', (wte, months) => {
    expect(supervisionInterval('clinical', wte)).toBe(months);
  });

  it.each([
    [1, 2],
    [0.8, 2], // 2.5
    [0.5, 4],
    [0.3, 6], // 6.67
    [0.1 * 3, 6],
    [0.2, 10],
    [0.15, 12], // 13.3, capped
    [0.1, 12], // 20, capped
  ])('at %p WTE opens its window after %p months', (wte, months) => {
    expect(clinicalWindow(wte)).toBe(months);
  });

  it('never opens the window after the due date', () => {
    for (let wte = 0.05; wte <= 1; wte += 0.01) {
      expect(clinicalWindow(wte)).toBeLessThanOrEqual(supervisionInterval('clinical', wte));
    }
  });
});

describe('policy overrides', () => {
  it('changes the months a workbook sets, pro rata for clinical', () => {
    const policy = policyWith({ lineMonths: 2, coachingMonths: 3, clinicalDueMonths: 2, clinicalWindowMonths: 1 });
    expect(supervisionInterval('line', 1, policy)).toBe(2);
    expect(supervisionInterval('coaching', 0.5, policy)).toBe(3);
    expect(supervisionInterval('clinical', 1, policy)).toBe(2);
    expect(supervisionInterval('clinical', 0.5, policy)).toBe(4);
    expect(clinicalWindow(0.5, policy)).toBe(2);
  });

  it('caps clinical supervision at 12 months, which a workbook cannot change', () => {
    const policy = policyWith({ clinicalMaxMonths: 6 });
    expect(supervisionInterval('clinical', 0.2, policy)).toBe(12);
    expect(clinicalWindow(0.2, policy)).toBe(10);
    expect(clinicalWindow(0.1, policy)).toBe(12);
  });
});

describe('WTE outside 0 < wte ≤ 1', () => {
  it.each([0, -0.5, 1.5, 37.5, NaN, Infinity])('is an error for %p, saying what is expected', (wte) => {
    for (const type of ['line', 'clinical', 'coaching'] as const) {
      expect(() => supervisionInterval(type, wte)).toThrow(HwbcError);
    }
    expect(() => clinicalWindow(wte)).toThrow('for hours a week divide by 37.5');
  });
});
