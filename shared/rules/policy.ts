/**
 * Supervision intervals (RULES.md §2). These are the framework's defaults; a workbook may
 * override them in its Settings sheet because local policies differ.
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
  /** The longest gap allowed for clinical supervision, however part-time the coach. */
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

/**
 * A policy with some values overridden (blank or missing ones keep the default).
 *
 * @example
 * policyWith({ dueSoonDays: 14 }).dueSoonDays; // 14
 */
export function policyWith(overrides: Partial<SupervisionPolicy>): SupervisionPolicy {
  const p: SupervisionPolicy = { ...DEFAULT_POLICY };
  for (const [k, v] of Object.entries(overrides) as [keyof SupervisionPolicy, unknown][]) {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) p[k] = v;
  }
  return p;
}
