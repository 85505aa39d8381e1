/**
 * The development record formulas (appraisal, refresher periods, expiry and renewal status,
 * CPD hours, agreed actions) agree with the rules core: the same inputs through the formula,
 * recalculated by LibreOffice, and through the rule. One LibreOffice run.
 */
import { actionStatus } from '../../shared/rules/development/actionFollowUp';
import { appraisalDue, appraisalStatus } from '../../shared/rules/development/appraisalStatus';
import { cpdHoursInYear } from '../../shared/rules/development/cpdHours';
import {
  actionStatusFormula,
  appraisalDueFormula,
  appraisalStatusFormula,
  CHECK_DATE,
  cpdHoursFormula,
  expiresFormula,
  refresherMonthsFormula,
  renewalStatusFormula,
} from '../../shared/rules/development/developmentFormula';
import { developmentPolicyWith } from '../../shared/rules/development/developmentPolicy';
import { refresherMonths } from '../../shared/rules/development/refresherPeriod';
import { renewalStatus, trainingExpires } from '../../shared/rules/development/renewalStatus';
import { dateFromText } from '../../shared/rules/readiness/textDate';
import { isCompleted } from '../../shared/rules/readiness/completed';
import { inDateArrayFormula } from '../../shared/rules/readiness/completedFormula';
import { lapsedArrayFormula } from '../../shared/rules/development/refresherPeriodFormula';
import { addDays, addMonths, type IsoDate } from '../../shared/values/dates/calendarDate';
import { serialToIso } from '../../shared/values/dates/excelSerial';
import type { WriteValue } from '../../shared/workbook';
import type { RecalculatedWorkbook } from '../support/libreoffice';
import { caseSheet, closeTo, recalculateSheets } from './caseSheet';

const AS_OF = '2026-03-20';
const f = (text: string): WriteValue => ({ formula: `=${text}` });
const d = (iso: IsoDate | null): WriteValue => (iso === null ? null : { date: iso });
const shownDate = (cell: string | undefined) => (/^\d+$/.test(cell ?? '') ? serialToIso(Number(cell)) : (cell ?? ''));
const row = (i: number) => i + 2;

/** Appraisal cases: every day around each boundary, month ends, a start date alone, odd intervals. */
const APPRAISALS = [
  ...[-40, -31, -30, -29, -1, 0, 1, 2, 40, 400].flatMap((offset) =>
    [12, 6].map((months) => ({ last: addDays(addMonths(AS_OF, -months), offset), start: null, months, days: 30 })),
  ),
  { last: null, start: '2025-02-28', months: 12, days: 30 },
  { last: null, start: '2025-03-20', months: 12, days: 0 },
  { last: '2025-01-31', start: '2020-01-01', months: 14, days: 30 },
  { last: null, start: null, months: 12, days: 30 },
  { last: '2026-03-21', start: null, months: 12, days: 30 }, // after the as-of date
];

const TITLES = [
  'confidentiality and information governance',
  'Data security awareness',
  'IG refresher',
  'Basic Life Support (BLS)',
  'basic first aid',
  'safeguarding for children and adults',
  'Safeguarding L2',
  'Digital skills',
  'lone working',
];
const COMPLETED: WriteValue[] = [
  null,
  'Yes',
  // TRUE and FALSE are no date to count from (LibreOffice keeps them as 1 and 0).
  true,
  false,
  // A date typed as text lapses from its date (docs/rules.md §4).
  '20/03/2025',
  '2023-03-21',
  '31/02/2025',
  d('2025-03-20'),
  d('2025-04-19'),
  d('2023-03-21'),
  d('2022-03-20'),
  d('2026-04-01'),
];
const RENEWALS = TITLES.flatMap((title) =>
  [true, false].flatMap((mandatory) => COMPLETED.map((completedOn) => ({ title, mandatory, completedOn }))),
);
const SETTINGS = { governance: 12, firstAid: 18, other: 36, days: 30 };

const CPD: { date: IsoDate | null; hours: number }[] = [
  { date: '2025-03-20', hours: 7 },
  { date: '2025-03-21', hours: 1.5 },
  { date: '2026-01-10', hours: 3 },
  { date: '2026-03-20', hours: 2 },
  { date: '2026-03-21', hours: 4 },
  { date: null, hours: 5 },
];

const ACTIONS = ['Read chapter 3', null, '  '].flatMap((action) =>
  [null, '2026-03-19', '2026-03-20', '2026-02-20'].flatMap((followUp) =>
    [null, 'Yes', d('2026-03-01')].map((done) => ({ action, followUp: followUp as IsoDate | null, done })),
  ),
);

/*
 * Lapses around month ends, where EDATE stops at a month's last day: completions on the 28th to
 * 31st and mid-month, periods of 1 to 36 months, as-of dates from the day before the expiry to
 * the day after (the 1st of a month among them).
 */
const LAPSES = ['2025-01-31', '2025-01-29', '2024-02-29', '2025-08-31', '2025-03-15', '2024-11-30'].flatMap((on) =>
  [1, 6, 12, 13, 36].flatMap((months) => {
    const expires = addMonths(on as IsoDate, months);
    return [-1, 0, 1, 2].map((k) => ({ on: on as IsoDate, months, asOf: addDays(expires, k) }));
  }),
);

let book: RecalculatedWorkbook;
const result = (sheet: string, i: number) => book[sheet][i + 1] ?? [];

beforeAll(async () => {
  const asOf = `DATE(2026,3,20)`;
  book = await recalculateSheets([
    caseSheet(
      'Appraisal',
      [
        { header: 'last', date: true },
        { header: 'start', date: true },
        { header: 'months' },
        { header: 'days' },
        { header: 'due' },
        { header: 'status' },
      ],
      APPRAISALS.map((c, i) => {
        const r = row(i);
        return [
          d(c.last),
          d(c.start),
          c.months,
          c.days,
          f(appraisalDueFormula({ last: `A${r}`, start: `B${r}`, months: `C${r}` })),
          f(appraisalStatusFormula({ last: `A${r}`, due: `E${r}`, asOf, dueSoonDays: `D${r}` })),
        ];
      }),
    ),
    caseSheet(
      'Renewal',
      ['title', 'mandatory', 'completed', 'months', 'expires', 'status', 'in date', 'in date by expires', 'blank'].map(
        (header) => ({ header }),
      ),
      RENEWALS.map((c, i) => {
        const r = row(i);
        const months = refresherMonthsFormula({
          mandatory: `B${r}="Yes"`,
          title: `A${r}`,
          governance: String(SETTINGS.governance),
          firstAid: String(SETTINGS.firstAid),
          other: String(SETTINGS.other),
        });
        return [
          c.title,
          c.mandatory ? 'Yes' : 'No',
          c.completedOn,
          f(months),
          f(expiresFormula({ completedOn: `C${r}`, months: `D${r}`, asOf })),
          f(renewalStatusFormula({ expires: `E${r}`, asOf, dueSoonDays: String(SETTINGS.days) })),
          // The array forms the Coaches totals use, over a one-cell range: worked out from the
          // completion alone (the Expires range blank), then going by the Expires column.
          ...['I', 'E'].map((expires) =>
            f(
              `SUMPRODUCT(${inDateArrayFormula({
                log: {
                  coach: `A${r}:A${r}`,
                  checklist: `B${r}:B${r}`,
                  item: `A${r}:A${r}`,
                  required: `B${r}:B${r}`,
                  completedOn: `C${r}:C${r}`,
                  refresherMonths: `I${r}:I${r}`,
                  expires: `${expires}${r}:${expires}${r}`,
                },
                asOf,
                refresher: c.mandatory
                  ? {
                      governance: String(SETTINGS.governance),
                      firstAid: String(SETTINGS.firstAid),
                      other: String(SETTINGS.other),
                    }
                  : undefined,
              })})`,
            ),
          ),
          null,
        ];
      }),
    ),
    caseSheet(
      'Lapse',
      [
        { header: 'completed', date: true },
        { header: 'months' },
        { header: 'as of', date: true },
        { header: 'lapsed' },
      ],
      LAPSES.map((c, i) => {
        const r = row(i);
        return [d(c.on), c.months, d(c.asOf), f(`SUMPRODUCT(${lapsedArrayFormula(`A${r}:A${r}`, `B${r}`, `C${r}`)})`)];
      }),
    ),
    caseSheet(
      'CPD',
      [{ header: 'date', date: true }, { header: 'coach' }, { header: 'hours' }, { header: 'total' }],
      CPD.map((c, i) => [
        d(c.date),
        'HWBC-001',
        c.hours,
        i === 0
          ? f(cpdHoursFormula({ coach: '$B:$B', date: '$A:$A', hours: '$C:$C', coachId: '"HWBC-001"', asOf }))
          : null,
      ]),
    ),
    caseSheet(
      'Actions',
      [{ header: 'action' }, { header: 'follow up', date: true }, { header: 'done' }, { header: 'status' }],
      ACTIONS.map((c, i) => {
        const r = row(i);
        const done = `AND(TRIM(C${r}&"")<>"",C${r}<>FALSE)`;
        return [
          c.action,
          d(c.followUp),
          c.done,
          f(actionStatusFormula({ action: `A${r}`, followUp: `B${r}`, done, asOf })),
        ];
      }),
    ),
  ]);
}, 240000);

describe('development record formulas agree with the rules core (recalculated by LibreOffice)', () => {
  it('appraisal due date and status', () => {
    APPRAISALS.forEach((c, i) => {
      const [, , , , due, status] = result('Appraisal', i);
      const policy = developmentPolicyWith({ appraisalMonths: c.months, appraisalDueSoonDays: c.days });
      expect({ c, due: shownDate(due) }).toEqual({ c, due: appraisalDue(c.last, c.start, policy) ?? '' });
      let want: string;
      try {
        want = appraisalStatus(c.last, c.start, AS_OF, policy) ?? '';
      } catch {
        want = CHECK_DATE;
      }
      expect({ c, status }).toEqual({ c, status: want });
    });
    const seen = new Set(APPRAISALS.map((_, i) => result('Appraisal', i)[5]));
    expect([...seen].sort()).toEqual(['', CHECK_DATE, 'Due soon', 'OK', 'Overdue']);
  });

  it('refresher months, expiry and renewal status of each checklist line', () => {
    const policy = developmentPolicyWith({
      governanceRefresherMonths: SETTINGS.governance,
      firstAidRefresherMonths: SETTINGS.firstAid,
      otherRefresherMonths: SETTINGS.other,
      renewalDueSoonDays: SETTINGS.days,
    });
    RENEWALS.forEach((c, i) => {
      const [, , , months, expires, status] = result('Renewal', i);
      const wantMonths = refresherMonths(c.mandatory ? 'mandatory' : 'induction', c.title, policy);
      expect({ c, months }).toEqual({ c, months: wantMonths === null ? '' : String(wantMonths) });
      const completed =
        c.completedOn && typeof c.completedOn === 'object' && 'date' in c.completedOn
          ? c.completedOn.date
          : typeof c.completedOn === 'string'
            ? dateFromText(c.completedOn)
            : null;
      const dated = completed !== null && completed <= AS_OF ? completed : null;
      const wantExpires = trainingExpires(dated, wantMonths);
      expect({ c, expires: shownDate(expires) }).toEqual({ c, expires: wantExpires ?? '' });
      expect({ c, status }).toEqual({ c, status: renewalStatus(wantExpires, AS_OF, policy) });
      // In date, as the Coaches totals count a line: done by completed.ts and not expired; a date
      // typed as text on a line that lapses is not known to be in date without an Expires date.
      const done = isCompleted(completed ?? (c.completedOn as string | boolean | null), AS_OF);
      const inDate = done && renewalStatus(wantExpires, AS_OF, policy) !== 'Expired';
      const textOnly = typeof c.completedOn === 'string' && completed !== null && wantMonths !== null;
      const [fromCompletion, byExpires] = result('Renewal', i).slice(6, 8);
      expect({ c, fromCompletion }).toEqual({ c, fromCompletion: inDate && !textOnly ? '1' : '0' });
      expect({ c, byExpires }).toEqual({ c, byExpires: inDate ? '1' : '0' });
    });
    const seen = new Set(RENEWALS.map((_, i) => result('Renewal', i)[5]));
    expect([...seen].sort()).toEqual(['Done', 'Due soon', 'Expired']);
  });

  it('lapse worked out over a range without EDATE, around month ends', () => {
    const lapsed = LAPSES.map((c, i) => ({ ...c, lapsed: result('Lapse', i)[3] }));
    expect(lapsed).toEqual(
      LAPSES.map((c) => ({
        ...c,
        lapsed: renewalStatus(trainingExpires(c.on, c.months), c.asOf) === 'Expired' ? '1' : '0',
      })),
    );
  });

  it('CPD hours in the 12 months up to the as-of date', () => {
    expect(closeTo(result('CPD', 0)[3], cpdHoursInYear(CPD, AS_OF))).toBe(true);
    expect(cpdHoursInYear(CPD, AS_OF)).toBe(6.5);
  });

  it('status of each action agreed in supervision', () => {
    ACTIONS.forEach((c, i) => {
      const done = c.done !== null;
      expect({ c, status: result('Actions', i)[3] ?? '' }).toEqual({
        c,
        status: actionStatus({ action: c.action, followUp: c.followUp, done }, AS_OF) ?? '',
      });
    });
  });
});
