// RULES.md §2 decision: defaults 1 month (line, coaching), 3 and 2 months (clinical), a
// 12-month maximum and a 7-day warning, which a workbook may override.
import { DEFAULT_POLICY, policyWith } from './policy';

describe('DEFAULT_POLICY', () => {
  it('holds the defaults of RULES.md', () => {
    expect(DEFAULT_POLICY).toEqual({
      lineMonths: 1,
      coachingMonths: 1,
      clinicalDueMonths: 3,
      clinicalWindowMonths: 2,
      clinicalMaxMonths: 12,
      dueSoonDays: 7,
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });
});

describe('policyWith', () => {
  it('overrides the values given and keeps the rest', () => {
    expect(policyWith({ dueSoonDays: 14 })).toEqual({ ...DEFAULT_POLICY, dueSoonDays: 14 });
    expect(policyWith({})).toEqual(DEFAULT_POLICY);
  });

  it('keeps the default for missing, blank or impossible values', () => {
    const odd = { lineMonths: undefined, coachingMonths: NaN, clinicalDueMonths: -1, dueSoonDays: Infinity };
    expect(policyWith(odd as never)).toEqual(DEFAULT_POLICY);
  });

  it('does not change the defaults', () => {
    policyWith({ lineMonths: 6 });
    expect(DEFAULT_POLICY.lineMonths).toBe(1);
  });
});
