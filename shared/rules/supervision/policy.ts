/**
 * Supervision intervals (docs/rules.md §2). These are the framework's defaults; a workbook may
 * override the intervals and the warning in its Settings sheet because local policies differ,
 * but not the 12-month longest gap.
 */
export interface SupervisionPolicy {
  /** Months between line management sessions ("monthly", §4.2.2 (1)). */
  lineMonths: number;
  /** Months between health coaching supervision sessions (§4.2.2 (3)). */
  coachingMonths: number;
  /** Clinical supervision due after this many months for a full-time coach, pro rata. */
  clinicalDueMonths: number;
  /** Clinical supervision window opens after this many months for a full-time coach, pro rata. */
  clinicalWindowMonths: number;
  /** The longest gap allowed for clinical supervision, however part-time the coach: always 12. */
  clinicalMaxMonths: number;
  /** Days before the due date when the status turns to "Due soon". */
  dueSoonDays: number;
}

/**
 * The defaults every function uses when nothing is set.
 *
 * @example
 * DEFAULT_POLICY.clinicalDueMonths; // 3
 */
export const DEFAULT_POLICY: Readonly<SupervisionPolicy> = Object.freeze({
  lineMonths: 1,
  coachingMonths: 1,
  clinicalDueMonths: 3,
  clinicalWindowMonths: 2,
  clinicalMaxMonths: 12,
  dueSoonDays: 7,
});

const MONTH_KEYS = ['lineMonths', 'coachingMonths', 'clinicalDueMonths', 'clinicalWindowMonths'] as const;

const isWhole = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;

/**
 * A policy with some values overridden (docs/rules.md §2 decision). Intervals are whole months, 1
 * or more (0 would make every session due the day it happens); the warning is whole days, 0
 * or more. Anything else (blank, missing, 0 months, 1.5 months, -1) keeps the default. The
 * longest gap for clinical supervision is never overridden: docs/rules.md §2 fixes it at 12 months
 * ("the longest gap allowed"), it is not one of the local policy intervals.
 *
 * @example
 * policyWith({ dueSoonDays: 14 }).dueSoonDays;          // 14
 * policyWith({ lineMonths: 0 }).lineMonths;             // 1, the default
 * policyWith({ clinicalMaxMonths: 6 }).clinicalMaxMonths; // 12
 */
export function policyWith(overrides: Partial<SupervisionPolicy>): SupervisionPolicy {
  const p: SupervisionPolicy = { ...DEFAULT_POLICY };
  for (const k of MONTH_KEYS) {
    const v: unknown = overrides[k];
    if (isWhole(v, 1)) p[k] = v;
  }
  const days: unknown = overrides.dueSoonDays;
  if (isWhole(days, 0)) p.dueSoonDays = days;
  return p;
}
