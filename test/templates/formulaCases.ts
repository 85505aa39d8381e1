/**
 * Input cases for the formula-versus-rule tests: boundary tables plus seeded random cases
 * (fast-check), so every run checks the same few hundred inputs.
 */
import fc from 'fast-check';
import { DEFAULT_POLICY, policyWith, type SupervisionPolicy } from '../../shared/rules/supervision/policy';
import { supervisionDue } from '../../shared/rules/supervision/supervisionDue';
import { clinicalWindow } from '../../shared/rules/supervision/supervisionInterval';
import type { SupervisionType } from '../../shared/rules/supervision/supervisionType';
import { addDays, addMonths, type IsoDate } from '../../shared/values/dates/calendarDate';

const SEED = 20230213;

/** Hours on and around every threshold, then random ones. */
export function hoursCases(): number[] {
  const edges = [
    0,
    0.1 + 0.2,
    49.99,
    49.999999,
    49.9999999999,
    50,
    50.0000001,
    120,
    199.99,
    200,
    499.999,
    500,
    999.99,
    1000,
    1000.5,
    2500,
  ];
  return [...edges, ...fc.sample(fc.double({ min: 0, max: 1500, noNaN: true }), { seed: SEED, numRuns: 120 })];
}

export interface TierCase {
  hours: number;
  pci: boolean;
  evidenced: number | string | null;
}

/**
 * An evidenced-tier cell as the check reads it (readNumber with the tier rule): a whole number
 * from 0 to 4, numeric text included; anything else is reported and left blank.
 */
export function evidencedAsRead(v: number | string | null): number | null {
  const n = typeof v === 'string' ? (v.trim() === '' ? NaN : Number(v)) : v;
  return n !== null && Number.isInteger(n) && n >= 0 && n <= 4 ? n : null;
}

export function tierCases(): TierCase[] {
  // Awkward evidenced tiers as well: a tier typed as text, a fraction, one above 4, a word.
  const evidenced = [null, 0, 1, 2, 3, 4, '2', ' 3 ', 2.5, 5, 'two'];
  return hoursCases().flatMap((hours, i) => [
    { hours, pci: true, evidenced: null },
    { hours, pci: i % 3 !== 0, evidenced: evidenced[i % evidenced.length] },
  ]);
}

export interface SupervisionCase {
  type: SupervisionType;
  last: IsoDate | null;
  start: IsoDate | null;
  /** Blank, a valid WTE, or an invalid one (a number outside (0, 1], or text). */
  wte: number | string | null;
  asOf: IsoDate;
  policy: SupervisionPolicy;
}

const MONTH_ENDS: IsoDate[] = [
  '2026-01-31',
  '2026-03-31',
  '2026-08-31',
  '2026-12-31',
  '2027-02-28',
  '2028-02-29',
  '2028-01-31',
  '2026-05-30',
];
const WTES = [null, 1, 0.3, 0.1 * 3, 0.6, 0.8, 0.5, 0.25, 0.2, 0.1, 0.05, 0.75, 0.9, 0.4, 0.35];
/** WTEs the rules reject for every type (docs/rules.md §2): the sheet shows "Check WTE". */
export const INVALID_WTES: readonly (number | string)[] = [0, 1.5, 30, -0.5, 'full time'];

/**
 * The WTE the rules core is given for a case: blank is 1, text is no number at all.
 *
 * @example
 * ruleWte('full time'); // NaN
 */
export function ruleWte(wte: number | string | null): number {
  return wte === null ? 1 : typeof wte === 'number' ? wte : NaN;
}

/** The core's answer, or "throws" when the rule rejects the inputs. */
export function orThrows<T>(fn: () => T): T | 'throws' {
  try {
    return fn();
  } catch {
    return 'throws';
  }
}

const date = fc.oneof(
  fc.constantFrom(...MONTH_ENDS),
  fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n)),
);
/** Local policies as policyWith makes them: the 12-month longest gap stays. */
const policy = fc.oneof(
  fc.constant({ ...DEFAULT_POLICY }),
  fc
    .record({
      lineMonths: fc.integer({ min: 1, max: 3 }),
      coachingMonths: fc.integer({ min: 1, max: 2 }),
      clinicalDueMonths: fc.integer({ min: 2, max: 6 }),
      clinicalWindowMonths: fc.integer({ min: 1, max: 2 }),
      dueSoonDays: fc.integer({ min: 0, max: 21 }),
    })
    .map(policyWith),
);

/**
 * Supervision cases with the as-of date near the due date or the clinical window opening,
 * where statuses change. Never a last date after the as-of date: the sheets cannot give one.
 */
export function supervisionCases(): SupervisionCase[] {
  const arb = fc.record({
    type: fc.constantFrom<SupervisionType>('line', 'clinical', 'coaching'),
    last: fc.option(date, { nil: null, freq: 3 }),
    start: fc.option(date, { nil: null, freq: 3 }),
    wte: fc.oneof({ arbitrary: fc.constantFrom(...WTES), weight: 6 }, fc.constantFrom(...INVALID_WTES)),
    near: fc.constantFrom('due', 'window', 'any'),
    offset: fc.integer({ min: -12, max: 12 }),
    policy,
  });
  const random = fc.sample(arb, { seed: SEED, numRuns: 500 }).map(({ near, offset, ...c }) => {
    const wte = ruleWte(c.wte);
    const due = orThrows(() => supervisionDue(c.type, c.last, wte, c.start, c.policy));
    const base = c.last ?? c.start;
    const window = base && orThrows(() => addMonths(base, clinicalWindow(wte, c.policy)));
    const valid = (d: IsoDate | null | 'throws') => (d === 'throws' ? null : d);
    const anchor = near === 'due' ? valid(due) : near === 'window' ? valid(window) : null;
    let asOf = addDays(anchor ?? base ?? '2026-06-15', anchor ? offset : offset * 20);
    if (c.last !== null && asOf < c.last) asOf = c.last;
    return { ...c, asOf };
  });
  // Every invalid WTE for every type, with a last date, with only a start date, and with neither.
  const invalid = INVALID_WTES.flatMap((wte) =>
    (['line', 'clinical', 'coaching'] as const).flatMap((type) =>
      [
        { last: '2026-02-10', start: '2025-06-02' },
        { last: null, start: '2026-01-31' },
        { last: null, start: null },
      ].map((dates) => ({ type, ...dates, wte, asOf: '2026-03-20', policy: { ...DEFAULT_POLICY } })),
    ),
  );
  return [...random, ...invalid];
}

/** Names a Supervision log may hold: the accepted ones in odd cases and spacing, and others. */
export function supervisionNameCases(): string[] {
  return [
    'Line management',
    'line  management',
    '  LM ',
    'Manager',
    'line',
    'Clinical',
    'CLINICIAN',
    'cs',
    'Health coaching',
    'health   coaching',
    'HCS',
    'coaching supervision',
    'Coaching',
    'weekly chat',
    'line-management',
    'c s',
    '',
  ];
}

export interface HoursRowCase {
  date: IsoDate | null;
  attendance: string | null;
  nhs: string | null;
  hours: number;
}

/** The as-of date of the hours cases. */
export const HOURS_AS_OF: IsoDate = '2026-03-20';

/**
 * Hours-log rows: undated, before, on and after the as-of date; every attendance and NHS
 * answer of the drop-downs in odd cases, blanks, and words the template does not offer.
 */
export function hoursRowCases(): HoursRowCase[] {
  const dates = [null, addDays(HOURS_AS_OF, -40), HOURS_AS_OF, addDays(HOURS_AS_OF, 1)];
  const attendance = [
    null,
    'Attended',
    'attended',
    'Did not attend',
    'DID NOT ATTEND',
    'Cancelled',
    'cancelled',
    'DNA',
  ];
  const nhs = [null, 'Yes', 'No', 'no', 'NO', 'Private'];
  return dates.flatMap((date, i) =>
    attendance.flatMap((a, j) =>
      nhs.map((n, k) => ({ date, attendance: a, nhs: n, hours: 0.25 + i + j * 0.5 + k * 3 })),
    ),
  );
}

/** What a user may type as a policy setting: whole and fractional numbers, 0, negatives, text. */
export const TYPED_SETTINGS: readonly (number | string | null)[] = [
  null,
  0,
  1,
  2,
  3,
  12,
  14,
  1.5,
  0.5,
  7.2,
  -1,
  -2,
  'two',
  '2',
];
