/**
 * Native formulas that mirror caseload.ts beside them, for the template sheets: a coach's
 * day load and whether a client review is due. Formula text without the leading "=".
 */
import { MAX_SESSIONS_PER_DAY, SESSIONS_PER_REVIEW } from './caseload';

/**
 * Sessions in one day by one coach: OK, At limit (5) or Over (more than 5).
 *
 * @example
 * dayLoadFormula('K2'); // 'IF(K2>5,"Over",IF(K2=5,"At limit","OK"))'
 */
export function dayLoadFormula(sessions: string): string {
  return `IF(${sessions}>${MAX_SESSIONS_PER_DAY},"Over",IF(${sessions}=${MAX_SESSIONS_PER_DAY},"At limit","OK"))`;
}

/**
 * "Yes" once six or more sessions have passed since the last review, else "No".
 *
 * @example
 * reviewDueFormula('J2'); // 'IF(J2>=6,"Yes","No")'
 */
export function reviewDueFormula(sessionsSinceReview: string): string {
  return `IF(${sessionsSinceReview}>=${SESSIONS_PER_REVIEW},"Yes","No")`;
}
