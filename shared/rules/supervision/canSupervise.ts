/** Lowest tier that may give health coaching supervision (§4.2.3). */
export const SUPERVISOR_MIN_TIER = 3;
/** Caseload hours a supervisor needs in the previous 12 months (Appendix 2 §6). */
export const SUPERVISOR_MIN_CASELOAD_HOURS = 50;

/**
 * Whether someone meets the two numeric minimum standards for giving health coaching
 * supervision: Tier 3 or above and at least 50 caseload hours in the last 12 months. The
 * other six standards are documents to tick off, not numbers.
 *
 * @example
 * canSupervise(3, 50);  // true
 * canSupervise(2, 400); // false
 */
export function canSupervise(tier: number, caseloadHoursLast12Months: number): boolean {
  return tier >= SUPERVISOR_MIN_TIER && caseloadHoursLast12Months >= SUPERVISOR_MIN_CASELOAD_HOURS;
}
