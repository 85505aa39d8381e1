// docs/rules.md §2: Overdue when asOf > due; Due soon when asOf ≥ due − 7 days or, for clinical,
// asOf ≥ window opening; OK otherwise; a last date after asOf is an error.
import { HwbcError } from '../../values/errors';
import { policyWith } from './policy';
import { supervisionStatus } from './supervisionStatus';

describe('line management (due 2026-04-15 after a session on 2026-03-15)', () => {
  it.each([
    ['2026-03-15', 'OK'],
    ['2026-03-20', 'OK'],
    ['2026-04-07', 'OK'], // due − 8 days
    ['2026-04-08', 'Due soon'], // due − 7 days
    ['2026-04-15', 'Due soon'], // the due date itself
    ['2026-04-16', 'Overdue'],
    ['2027-01-01', 'Overdue'],
  ])('on %s is %s', (asOf, want) => {
    expect(supervisionStatus('line', '2026-03-15', 1, null, asOf)).toBe(want);
  });

  it('has no window, whatever the WTE', () => {
    expect(supervisionStatus('line', '2026-01-10', 0.5, null, '2026-02-02')).toBe('OK');
    expect(supervisionStatus('line', '2026-01-10', 0.5, null, '2026-02-03')).toBe('Due soon');
  });
});

describe('health coaching supervision', () => {
  it('is monthly with a week of warning', () => {
    expect(supervisionStatus('coaching', '2026-01-31', 1, null, '2026-02-20')).toBe('OK');
    expect(supervisionStatus('coaching', '2026-01-31', 1, null, '2026-02-21')).toBe('Due soon'); // due 28 Feb
    expect(supervisionStatus('coaching', '2026-01-31', 1, null, '2026-02-28')).toBe('Due soon');
    expect(supervisionStatus('coaching', '2026-01-31', 1, null, '2026-03-01')).toBe('Overdue');
  });
});

describe('clinical supervision', () => {
  it.each([
    ['2026-03-09', 'OK'],
    ['2026-03-10', 'Due soon'], // window opens at 2 months
    ['2026-04-03', 'Due soon'],
    ['2026-04-10', 'Due soon'], // due at 3 months
    ['2026-04-11', 'Overdue'],
  ])('full time, last on 2026-01-10: on %s is %s', (asOf, want) => {
    expect(supervisionStatus('clinical', '2026-01-10', 1, null, asOf)).toBe(want);
  });

  it.each([
    ['2026-05-09', 'OK'],
    ['2026-05-10', 'Due soon'], // window at 4 months
    ['2026-07-10', 'Due soon'], // due at 6 months
    ['2026-07-11', 'Overdue'],
  ])('half time, last on 2026-01-10: on %s is %s', (asOf, want) => {
    expect(supervisionStatus('clinical', '2026-01-10', 0.5, null, asOf)).toBe(want);
  });

  it('gets its warning a week before the due date when the window opens later than that', () => {
    // A policy whose window opens on the due date: the 7-day warning still applies.
    const policy = policyWith({ clinicalWindowMonths: 3 });
    expect(supervisionStatus('clinical', '2026-01-10', 1, null, '2026-04-02', policy)).toBe('OK');
    expect(supervisionStatus('clinical', '2026-01-10', 1, null, '2026-04-03', policy)).toBe('Due soon');
  });
});

describe('base date and blanks', () => {
  it('counts from the start date when there is no last session', () => {
    expect(supervisionStatus('line', null, 1, '2026-09-01', '2026-09-20')).toBe('OK');
    expect(supervisionStatus('line', null, 1, '2026-09-01', '2026-10-02')).toBe('Overdue');
  });

  it('is not an error for a start date after the as-of date (a coach yet to start)', () => {
    expect(supervisionStatus('line', null, 1, '2026-09-01', '2026-06-01')).toBe('OK');
  });

  it('gives blank when both dates are blank', () => {
    expect(supervisionStatus('line', null, 1, null, '2026-06-01')).toBeNull();
  });
});

describe('a last date after the as-of date', () => {
  it('is an error saying so', () => {
    const call = () => supervisionStatus('line', '2026-05-01', 1, null, '2026-04-01');
    expect(call).toThrow(HwbcError);
    expect(call).toThrow(/last supervision date is after the as-of date/);
  });

  it('is fine on the as-of date itself', () => {
    expect(supervisionStatus('line', '2026-04-01', 1, null, '2026-04-01')).toBe('OK');
  });
});

describe('policy', () => {
  it('takes the "due soon" warning from the workbook', () => {
    const policy = policyWith({ dueSoonDays: 14 });
    expect(supervisionStatus('line', '2026-03-15', 1, null, '2026-03-31', policy)).toBe('OK');
    expect(supervisionStatus('line', '2026-03-15', 1, null, '2026-04-01', policy)).toBe('Due soon');
  });
});
