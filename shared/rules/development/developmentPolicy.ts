/**
 * Development record intervals (docs/rules.md §7). The framework asks for "regular supervision
 * sessions, appraisals and personal development planning" (§8.1) and sets no numbers, so
 * these are the project's defaults; a workbook may change each on its Settings sheet.
 */
export interface DevelopmentPolicy {
  /** Months from one appraisal to the next (else from the start date): yearly. */
  appraisalMonths: number;
  /** Days before an appraisal is due when its status turns to "Due soon". */
  appraisalDueSoonDays: number;
  /** Days before a training item lapses when its status turns to "Due soon". */
  renewalDueSoonDays: number;
  /** Months before information governance and data security training lapses. */
  governanceRefresherMonths: number;
  /** Months before basic life support and first aid training lapses. */
  firstAidRefresherMonths: number;
  /** Months before every other mandatory training item lapses. */
  otherRefresherMonths: number;
}

/**
 * The defaults every rule uses when a workbook sets nothing (docs/rules.md §7).
 *
 * @example
 * DEFAULT_DEVELOPMENT_POLICY.appraisalMonths; // 12
 */
export const DEFAULT_DEVELOPMENT_POLICY: Readonly<DevelopmentPolicy> = Object.freeze({
  appraisalMonths: 12,
  appraisalDueSoonDays: 30,
  renewalDueSoonDays: 30,
  governanceRefresherMonths: 12,
  firstAidRefresherMonths: 12,
  otherRefresherMonths: 36,
});

const MONTHS = ['appraisalMonths', 'governanceRefresherMonths', 'firstAidRefresherMonths', 'otherRefresherMonths'];
const DAYS = ['appraisalDueSoonDays', 'renewalDueSoonDays'];

const isWhole = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;

/**
 * A development policy with some values overridden from Settings. Months are whole numbers
 * of 1 or more and days whole numbers of 0 or more, as for the supervision intervals; anything
 * else keeps the default.
 *
 * @example
 * developmentPolicyWith({ appraisalMonths: 6 }).appraisalMonths; // 6
 * developmentPolicyWith({ appraisalMonths: 0 }).appraisalMonths; // 12, the default
 */
export function developmentPolicyWith(overrides: Partial<Record<keyof DevelopmentPolicy, unknown>>): DevelopmentPolicy {
  const p: DevelopmentPolicy = { ...DEFAULT_DEVELOPMENT_POLICY };
  for (const k of MONTHS as (keyof DevelopmentPolicy)[]) {
    const v = overrides[k];
    if (isWhole(v, 1)) p[k] = v;
  }
  for (const k of DAYS as (keyof DevelopmentPolicy)[]) {
    const v = overrides[k];
    if (isWhole(v, 0)) p[k] = v;
  }
  return p;
}
