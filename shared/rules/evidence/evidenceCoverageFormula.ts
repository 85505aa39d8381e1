/**
 * Native formulas and data that mirror evidenceCoverage.ts beside them, for the template
 * sheets: when an evidence entry counts as reviewed, and from which tier a competency needs
 * evidence.
 */
import type { Competency } from '../../framework/competencyTypes';
import { requiredCompetencies } from './evidenceCoverage';

/**
 * What the Competencies sheet shows for a competency that never counts as a gap.
 *
 * @example
 * NEVER_REQUIRED; // 'No'
 */
export const NEVER_REQUIRED = 'No';

/**
 * The lowest tier whose required competencies include this one, or "No" when none does
 * (desirable models, supervisor standards, general capabilities). Worked out by asking the
 * rule itself, so the sheet cannot drift from it.
 *
 * @example
 * neededFromTier(COMPETENCIES[0]); // 1
 */
export function neededFromTier(c: Competency): number | typeof NEVER_REQUIRED {
  for (const tier of [0, 1, 2, 3, 4]) {
    if (requiredCompetencies(tier).some((r) => r.code === c.code)) return tier;
  }
  return NEVER_REQUIRED;
}

/**
 * TRUE when an entry is reviewed: both "reviewed by" and "reviewed on" filled in.
 *
 * @example
 * isReviewedFormula({ reviewedBy: 'G2', reviewedOn: 'H2' }); // 'AND(TRIM(G2&"")<>"",TRIM(H2&"")<>"")'
 */
export function isReviewedFormula(c: { reviewedBy: string; reviewedOn: string }): string {
  return `AND(TRIM(${c.reviewedBy}&"")<>"",TRIM(${c.reviewedOn}&"")<>"")`;
}
