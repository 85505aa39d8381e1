// docs/rules.md §2 decision: defaults 1 month (line, coaching), 3 and 2 months (clinical) and a
// 7-day warning, which a workbook may override; the 12-month longest gap is fixed.
import { DEFAULT_POLICY, policyWith } from './policy';

describe('DEFAULT_POLICY', () => {
  it('holds the defaults of docs/rules.md', () => {
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
    expect(policyWith({ lineMonths: '2' } as never)).toEqual(DEFAULT_POLICY);
  });

  it('takes intervals only as whole months, 1 or more', () => {
    const zero = { lineMonths: 0, coachingMonths: 0, clinicalDueMonths: 0, clinicalWindowMonths: 0 };
    expect(policyWith(zero)).toEqual(DEFAULT_POLICY);
    expect(policyWith({ lineMonths: 1.5, clinicalDueMonths: 2.5, clinicalWindowMonths: 0.5 })).toEqual(DEFAULT_POLICY);
    expect(policyWith({ lineMonths: 2, clinicalDueMonths: 4, clinicalWindowMonths: 1 })).toEqual({
      ...DEFAULT_POLICY,
      lineMonths: 2,
      clinicalDueMonths: 4,
      clinicalWindowMonths: 1,
    });
  });

  it('takes the warning as whole days, 0 or more', () => {
    expect(policyWith({ dueSoonDays: 0 }).dueSoonDays).toBe(0);
    expect(policyWith({ dueSoonDays: 3.5 }).dueSoonDays).toBe(7);
    expect(policyWith({ dueSoonDays: -1 }).dueSoonDays).toBe(7);
  });

  it('never changes the 12-month longest gap for clinical supervision', () => {
    expect(policyWith({ clinicalMaxMonths: 6 }).clinicalMaxMonths).toBe(12);
    expect(policyWith({ clinicalMaxMonths: 24 }).clinicalMaxMonths).toBe(12);
  });

  it('does not change the defaults', () => {
    policyWith({ lineMonths: 6 });
    expect(DEFAULT_POLICY.lineMonths).toBe(1);
  });
});
