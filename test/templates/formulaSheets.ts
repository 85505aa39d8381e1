/**
 * The case sheets of the formula-versus-rule tests: each row holds one case's inputs and the
 * template formula under test, built by the same function the template uses.
 */
import type { SheetSpec, WriteValue } from '../../shared/workbook';
import { dayLoadFormula, reviewDueFormula } from '../../shared/rules/caseload/caseloadFormula';
import { isReviewedFormula } from '../../shared/rules/evidence/evidenceCoverageFormula';
import { readyForReferralsFormula, trainingStatusFormula } from '../../shared/rules/readiness/readinessFormula';
import { supervisionDueFormula, supervisionStatusFormula } from '../../shared/rules/supervision/supervisionFormula';
import { attendedCriteria, countedHoursFormula } from '../../shared/rules/tiers/hoursThatCountFormula';
import { supervisionTypeFormula } from '../../shared/rules/supervision/supervisionTypeFormula';
import {
  hoursToNextTierFormula,
  nextTierNeedsFormula,
  tierFormula,
  tierWordsFormula,
} from '../../shared/rules/tiers/tierFormula';
import {
  OVERRIDABLE_POLICY,
  type OverridablePolicyKey,
  policyInUseFormula,
} from '../../shared/rules/supervision/policyFormula';
import { settingsSheet } from '../../shared/templates/sheets/settingsSheet';
import { caseSheet } from './caseSheet';
import {
  HOURS_AS_OF,
  hoursRowCases,
  supervisionCases,
  supervisionNameCases,
  tierCases,
  TYPED_SETTINGS,
} from './formulaCases';

const f = (text: string): WriteValue => ({ formula: `=${text}` });
const d = (iso: string | null): WriteValue => (iso === null ? null : { date: iso });
const header = (...names: string[]) => names.map((n) => ({ header: n }));

export const POLICY_KEYS = Object.keys(OVERRIDABLE_POLICY) as OverridablePolicyKey[];
/** Each supervision case carries its own policy in columns G–K. */
const policyCells = (r: number) => Object.fromEntries(POLICY_KEYS.map((k, i) => [k, `${'GHIJK'[i]}${r}`])) as never;

/**
 * What the Settings case sheet's "Your value" row holds: odd values the In use row must turn
 * into the defaults, and good ones it must keep.
 */
export const TYPED_ON_SETTINGS: Readonly<Record<OverridablePolicyKey, number | string>> = {
  lineMonths: 1.5,
  coachingMonths: 2,
  clinicalDueMonths: 'two',
  clinicalWindowMonths: 0,
  dueSoonDays: 0,
};

/** Done-or-not answers a checklist cell may hold. */
export const ANSWERS: WriteValue[] = [
  null,
  { date: '2026-01-10' },
  true,
  false,
  'No',
  'n',
  'N ',
  'FALSE',
  'no',
  'yes',
  'Done',
  ' ',
  'x',
  // docs/rules.md §4: a later date is planned; only Yes/Y/Done/Complete/Completed (or TRUE) are words of done.
  { date: '2026-04-30' },
  { date: '2026-03-20' },
  'booked',
  ' Completed ',
  'complete',
  'N/A',
  'TRUE',
  0,
  46000,
];
/** The as-of date the readiness and training cases are judged on (ISO, and as a formula). */
export const READY_AS_OF = '2026-03-20';
const READY_AS_OF_FORMULA = 'DATE(2026,3,20)';
const ITEMS = [
  'Safeguarding for children and adults',
  'confidentiality and information governance',
  'basic first aid',
  'Lone working',
];

export const CASES = {
  tier: tierCases(),
  supervision: supervisionCases(),
  names: supervisionNameCases(),
  ready: ANSWERS.flatMap((a, i) => ANSWERS.map((b, j) => [a, b, ANSWERS[(i + j) % ANSWERS.length]])),
  training: ITEMS.flatMap((item) =>
    ['Yes', 'No'].flatMap((req) =>
      ANSWERS.filter((a) => typeof a !== 'boolean').map((a): WriteValue[] => [item, req, a]),
    ),
  ),
  sessions: Array.from({ length: 12 }, (_, n) => n),
  hours: hoursRowCases(),
  policy: POLICY_KEYS.flatMap((key) => TYPED_SETTINGS.map((typed) => ({ key, typed }))),
  reviewed: [null, 'A. Patel', ' '].flatMap((by) =>
    [null, { date: '2026-03-01' }, ' ', 'pending'].map((on): WriteValue[] => [by, on]),
  ),
};

/**
 * Every case sheet, ready to be written and recalculated together.
 *
 * @example
 * const book = await recalculateSheets(caseSheets());
 */
export function caseSheets(): SheetSpec[] {
  const row = (i: number) => i + 2;
  return [
    caseSheet(
      'Tier',
      header('hours', 'pci', 'evidenced', 'tier', 'next', 'words', 'hours to next'),
      CASES.tier.map((c, i) => {
        const r = row(i);
        const cells = { hours: `A${r}`, pciTrained: `B${r}`, evidencedTier: `C${r}` };
        return [
          c.hours,
          c.pci,
          c.evidenced,
          f(tierFormula(cells)),
          f(nextTierNeedsFormula({ ...cells, tier: `D${r}` })),
          f(tierWordsFormula({ ...cells, tier: `D${r}` })),
          f(hoursToNextTierFormula(`A${r}`)),
        ];
      }),
    ),
    caseSheet(
      'Supervision',
      [
        { header: 'last', date: true },
        { header: 'start', date: true },
        { header: 'wte' },
        { header: 'as of', date: true },
        // Not date-formatted: exceljs reads a text result ("Check WTE") of a date cell as an invalid Date.
        { header: 'due' },
        ...header('status', ...POLICY_KEYS),
      ],
      CASES.supervision.map((c, i) => {
        const r = row(i);
        const cells = { last: `A${r}`, start: `B${r}`, wte: `C${r}`, policy: policyCells(r) };
        const status = supervisionStatusFormula(c.type, { ...cells, due: `E${r}`, asOf: `D${r}` });
        return [
          d(c.last),
          d(c.start),
          c.wte,
          d(c.asOf),
          f(supervisionDueFormula(c.type, cells)),
          f(status),
          ...POLICY_KEYS.map((k) => c.policy[k]),
        ];
      }),
    ),
    caseSheet(
      'Types',
      header('typed', 'counts as'),
      CASES.names.map((n, i) => [n === '' ? null : n, f(supervisionTypeFormula(`A${row(i)}`))]),
    ),
    caseSheet(
      'Ready',
      header('pci', 'induction', 'mandatory', 'ready'),
      CASES.ready.map((c, i) => {
        const r = row(i);
        return [
          ...c,
          f(
            readyForReferralsFormula({
              pciTraining: `A${r}`,
              induction: `B${r}`,
              mandatoryTraining: `C${r}`,
              asOf: READY_AS_OF_FORMULA,
            }),
          ),
        ];
      }),
    ),
    caseSheet(
      'Training',
      header('item', 'required', 'completed', 'status'),
      CASES.training.map((c, i) => {
        const r = row(i);
        return [
          ...c,
          f(
            trainingStatusFormula({
              item: `A${r}`,
              required: `B${r}`,
              completedOn: `C${r}`,
              asOf: READY_AS_OF_FORMULA,
            }),
          ),
        ];
      }),
    ),
    caseSheet(
      'Sessions',
      header('n', 'day load', 'review due'),
      CASES.sessions.map((n, i) => [n, f(dayLoadFormula(`A${row(i)}`)), f(reviewDueFormula(`A${row(i)}`))]),
    ),
    caseSheet(
      'Hours',
      [
        { header: 'date', date: true },
        ...header('coach', 'attendance', 'nhs', 'hours', 'counted', 'attended', 'total'),
      ],
      CASES.hours.map((c, i) => {
        const r = row(i);
        // One row each, and in the first row the whole log: the SUMIFS over every case at once.
        const block = (col: string, first = r, last = r) => `$${col}$${first}:$${col}$${last}`;
        const cells = (first: number, last: number) => ({
          date: block('A', first, last),
          coach: block('B', first, last),
          attendance: block('C', first, last),
          nhs: block('D', first, last),
          hours: block('E', first, last),
          coachId: '"X"',
          asOf: `DATE(${HOURS_AS_OF.slice(0, 4)},${Number(HOURS_AS_OF.slice(5, 7))},${Number(HOURS_AS_OF.slice(8))})`,
        });
        return [
          d(c.date),
          'X',
          c.attendance,
          c.nhs,
          c.hours,
          f(countedHoursFormula(cells(r, r))),
          f(`COUNTIFS(${attendedCriteria(block('C'))})`),
          i === 0 ? f(countedHoursFormula(cells(2, CASES.hours.length + 1))) : null,
        ];
      }),
    ),
    caseSheet(
      'Policy',
      header('typed', 'in use'),
      CASES.policy.map((c, i) => [c.typed, f(policyInUseFormula(c.key, `A${row(i)}`))]),
    ),
    // The template's own Settings sheet, with a value typed under each policy setting.
    settingsSheet(TYPED_ON_SETTINGS),
    caseSheet(
      'Reviewed',
      header('by', 'on', 'reviewed'),
      CASES.reviewed.map((c, i) => [
        ...c,
        f(isReviewedFormula({ reviewedBy: `A${row(i)}`, reviewedOn: `B${row(i)}` })),
      ]),
    ),
  ];
}
