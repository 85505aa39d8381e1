// docs/rules.md §7: appraisal yearly (Due soon within 30 days, Overdue after), PDP at appraisal,
// CPD hours in the last 12 months, renewals (IG and first aid 1 year, others 3, PCI and
// induction never), agreed actions past their follow-up date.
import { HwbcError } from '../../values/errors';
import { actionStatus } from './actionFollowUp';
import { appraisalDue, appraisalStatus } from './appraisalStatus';
import { cpdHoursInYear } from './cpdHours';
import { DEFAULT_DEVELOPMENT_POLICY, developmentPolicyWith } from './developmentPolicy';
import { pdpProblem } from './pdpStatus';
import { refresherMonths } from './refresherPeriod';
import { renewalStatus, trainingExpires } from './renewalStatus';

describe('appraisal', () => {
  it('is due a year after the last, else a year after the start, clamped to the month end', () => {
    expect(appraisalDue('2025-03-15', '2020-01-01')).toBe('2026-03-15');
    expect(appraisalDue(null, '2024-02-29')).toBe('2025-02-28');
    expect(appraisalDue(null, null)).toBeNull();
  });

  it.each([
    ['2026-02-12', 'OK'], // due − 31 days
    ['2026-02-13', 'Due soon'], // due − 30 days
    ['2026-03-15', 'Due soon'], // the due date itself
    ['2026-03-16', 'Overdue'],
  ])('after one on 15 Mar 2025, on %s is %s', (asOf, want) => {
    expect(appraisalStatus('2025-03-15', null, asOf)).toBe(want);
  });

  it('is Overdue fourteen months after the last one', () => {
    expect(appraisalStatus('2025-01-20', null, '2026-03-20')).toBe('Overdue');
  });

  it('follows a Settings interval and gives blank with no dates', () => {
    const sixMonthly = developmentPolicyWith({ appraisalMonths: 6 });
    expect(appraisalStatus('2025-09-01', null, '2026-03-20', sixMonthly)).toBe('Overdue');
    expect(appraisalStatus(null, null, '2026-03-20')).toBeNull();
  });

  it('rejects a last appraisal after the as-of date', () => {
    expect(() => appraisalStatus('2026-04-01', null, '2026-03-20')).toThrow(HwbcError);
    expect(() => appraisalStatus('2026-04-01', null, '2026-03-20')).toThrow(/last appraisal date is after/);
  });
});

describe('development policy from Settings', () => {
  it('keeps the default for blanks, fractions and zero months', () => {
    expect(developmentPolicyWith({ appraisalMonths: 1.5, otherRefresherMonths: 0, renewalDueSoonDays: -1 })).toEqual(
      DEFAULT_DEVELOPMENT_POLICY,
    );
    expect(developmentPolicyWith({ renewalDueSoonDays: 0 }).renewalDueSoonDays).toBe(0);
  });
});

describe('PDP', () => {
  it.each([
    [null, null, null],
    [null, '2025-01-01', null],
    ['2025-06-01', null, 'No PDP'],
    ['2025-06-01', '2025-05-31', 'PDP older than appraisal'],
    ['2025-06-01', '2025-06-01', null],
    ['2025-06-01', '2025-07-01', null],
  ])('appraisal %s, PDP %s: %s', (appraisal, pdp, want) => {
    expect(pdpProblem(appraisal, pdp)).toBe(want);
  });
});

describe('refresher periods', () => {
  it.each([
    ['mandatory', 'confidentiality and information governance', 12],
    ['mandatory', 'Data Security Awareness Level 1', 12],
    ['mandatory', 'IG refresher', 12],
    ['mandatory', 'Basic Life Support', 12],
    ['mandatory', 'basic first aid', 12],
    ['mandatory', 'safeguarding for children and adults', 36],
    ['mandatory', 'lone working', 36],
    ['mandatory', 'Digital skills', 36], // "ig" inside a word is not IG
    ['pci', 'PCI-accredited four-day health coaching training', null],
    ['induction', 'Training in relevant IT systems', null],
  ] as const)('%s "%s" lapses after %s months', (list, title, want) => {
    expect(refresherMonths(list, title)).toBe(want);
  });

  it('takes the periods from Settings', () => {
    const p = developmentPolicyWith({ otherRefresherMonths: 24, firstAidRefresherMonths: 18 });
    expect(refresherMonths('mandatory', 'lone working', p)).toBe(24);
    expect(refresherMonths('mandatory', 'basic first aid', p)).toBe(18);
  });
});

describe('renewals', () => {
  it('expire after the refresher period, clamped to the month end; never when there is none', () => {
    expect(trainingExpires('2024-02-29', 12)).toBe('2025-02-28');
    expect(trainingExpires('2022-03-20', 36)).toBe('2025-03-20');
    expect(trainingExpires('2022-03-20', null)).toBeNull();
    expect(trainingExpires(null, 36)).toBeNull();
  });

  it.each([
    ['2026-04-20', 'Done'], // 31 days to go
    ['2026-04-19', 'Due soon'], // 30 days to go
    ['2026-03-20', 'Due soon'], // the expiry day itself
    ['2026-03-19', 'Expired'],
  ])('expiring %s, on 20 Mar 2026 is %s', (expires, want) => {
    expect(renewalStatus(expires, '2026-03-20')).toBe(want);
  });

  it('is Expired four years after a three-yearly course', () => {
    const expires = trainingExpires('2022-03-20', refresherMonths('mandatory', 'safeguarding for children and adults'));
    expect(renewalStatus(expires, '2026-03-20')).toBe('Expired');
  });
});

describe('CPD hours in the last 12 months', () => {
  it('counts the year up to the as-of date only', () => {
    const asOf = '2026-03-20';
    expect(
      cpdHoursInYear(
        [
          { date: '2025-03-21', hours: 1.5 }, // first day in
          { date: '2025-03-20', hours: 7 }, // a year before: out
          { date: '2026-03-20', hours: 2 }, // the as-of date: in
          { date: '2026-03-21', hours: 4 }, // after: out
          { date: null, hours: 3 },
          { date: '2026-01-01', hours: null },
        ],
        asOf,
      ),
    ).toBe(3.5);
  });
});

describe('actions agreed in supervision', () => {
  const asOf = '2026-03-20';
  it('are Overdue the day after the follow-up date until completed', () => {
    expect(actionStatus({ action: 'Observe a group', followUp: '2026-03-20', done: false }, asOf)).toBe('Open');
    expect(actionStatus({ action: 'Observe a group', followUp: '2026-03-19', done: false }, asOf)).toBe('Overdue');
    expect(actionStatus({ action: 'Observe a group', followUp: '2026-02-20', done: true }, asOf)).toBe('Done');
  });

  it('are Open with no follow-up date, and nothing when no action was agreed', () => {
    expect(actionStatus({ action: 'Observe a group', followUp: null, done: false }, asOf)).toBe('Open');
    expect(actionStatus({ action: '  ', followUp: null, done: false }, asOf)).toBeNull();
    expect(actionStatus({ action: null, followUp: '2026-01-01', done: false }, asOf)).toBe('Overdue');
  });
});
