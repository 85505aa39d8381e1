// docs/rules.md §2: due = base + interval, where the base is the last session of that type, else
// the start date; both blank gives blank. "+ N months" clamps to the month's last day.
import { policyWith } from './policy';
import { supervisionBase, supervisionDue } from './supervisionDue';

describe('supervisionDue', () => {
  it.each([
    ['line', '2026-03-15', 1, '2026-04-15'],
    ['line', '2026-01-31', 1, '2026-02-28'],
    ['line', '2028-01-31', 1, '2028-02-29'],
    ['line', '2026-12-15', 1, '2027-01-15'],
    ['coaching', '2026-01-31', 1, '2026-02-28'],
    ['coaching', '2026-05-10', 0.5, '2026-06-10'], // not pro rata
    ['line', '2026-05-10', 0.2, '2026-06-10'], // not pro rata
    ['clinical', '2026-01-10', 1, '2026-04-10'],
    ['clinical', '2026-01-10', 0.8, '2026-04-10'],
    ['clinical', '2026-01-10', 0.5, '2026-07-10'],
    ['clinical', '2026-01-10', 0.3, '2026-11-10'],
    ['clinical', '2026-01-10', 0.2, '2027-01-10'],
    ['clinical', '2027-11-30', 1, '2028-02-29'],
    ['clinical', '2028-02-29', 0.1, '2029-02-28'], // + 12 months
  ] as const)('%s last on %s at %p WTE is due %s', (type, last, wte, want) => {
    expect(supervisionDue(type, last, wte)).toBe(want);
  });

  it('counts from the start date when there is no last session', () => {
    expect(supervisionDue('line', null, 1, '2026-09-01')).toBe('2026-10-01');
    expect(supervisionDue('clinical', null, 0.5, '2026-09-01')).toBe('2027-03-01');
  });

  it('counts from the last session when there is one, whatever the start date', () => {
    expect(supervisionDue('line', '2026-03-01', 1, '2025-01-01')).toBe('2026-04-01');
  });

  it('gives blank when both dates are blank', () => {
    expect(supervisionDue('line', null)).toBeNull();
    expect(supervisionDue('clinical', null, 0.5, null)).toBeNull();
  });

  it('refuses a WTE given as hours a week', () => {
    expect(() => supervisionDue('clinical', '2026-01-10', 37.5)).toThrow(/wte must be a fraction between 0 and 1/);
  });

  it('uses a WTE of 1 by default', () => {
    expect(supervisionDue('clinical', '2026-01-10')).toBe('2026-04-10');
  });

  it('follows a workbook policy', () => {
    expect(supervisionDue('line', '2026-01-31', 1, null, policyWith({ lineMonths: 2 }))).toBe('2026-03-31');
  });
});

describe('supervisionBase', () => {
  it('is the last session, else the start date, else blank', () => {
    expect(supervisionBase('2026-03-01', '2025-01-01')).toBe('2026-03-01');
    expect(supervisionBase(null, '2026-09-01')).toBe('2026-09-01');
    expect(supervisionBase(null, null)).toBeNull();
  });
});
