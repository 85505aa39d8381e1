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

/*
 * Array forms for the Competencies sheet's coverage totals: they read the Evidence log's typed
 * columns down to its last row inside SUMPRODUCT, so every entry counts however far down
 * (docs/rules.md §9). A code is read as evidenceGaps reads it (spaces trimmed, any case); an
 * entry is reviewed when "reviewed by" and "reviewed on" both hold something other than spaces.
 */

/** The Evidence log's typed columns, as ranges of the same rows. */
export interface EvidenceLogRanges {
  coach: string;
  code: string;
  reviewedBy: string;
  reviewedOn: string;
}

/**
 * 1 for each reviewed entry (isReviewed).
 *
 * @example
 * reviewedArrayFormula(log); // '(TRIM(G2:G9&"")<>"")*(TRIM(H2:H9&"")<>"")'
 */
export function reviewedArrayFormula(log: EvidenceLogRanges): string {
  return `(TRIM(${log.reviewedBy}&"")<>"")*(TRIM(${log.reviewedOn}&"")<>"")`;
}

/**
 * How many different values `keys` holds where `kept` is 1, given the range of the values that
 * can occur with a header above them (`withHeader`, its first cell not one of them): each kept
 * entry goes to its value's row there, every other entry to the header row, and FREQUENCY
 * counts the rows that occur. The same native distinct count as the Monthly summary's clients.
 *
 * @example
 * distinctKeptFormula('TRIM(C2:C9)', '(B2:B9="C-1")', '$A$1:$A$91', 'C2:C9');
 */
export function distinctKeptFormula(keys: string, kept: string, withHeader: string, rows: string): string {
  const header = `INDEX(${withHeader},1)`;
  const position = `MATCH(REPT(${keys}&"",${kept})&REPT(${header},1-${kept}),${withHeader},0)`;
  return `(SUMPRODUCT(--(FREQUENCY(${position},ROW(${withHeader})-ROW(${header})+1)>0))-(SUMPRODUCT(${kept})<ROWS(${rows})))`;
}

/**
 * How many of the competencies a coach's tier requires have reviewed evidence from them: the
 * different codes among their reviewed entries whose competency is needed from a tier at or
 * below theirs (1 to 3; "No" and unknown codes never count).
 *
 * @example
 * evidencedCountFormula(log, { coachId: 'N2', tier: 'P2', codes: '$A$1:$A$91', needed: '$H$1:$H$91' });
 */
export function evidencedCountFormula(
  log: EvidenceLogRanges,
  c: { coachId: string; tier: string; codes: string; needed: string },
): string {
  const code = `TRIM(${log.code}&"")`;
  const needed = `SUMIFS(${c.needed},${c.codes},${code})`;
  const kept = `((${log.coach}=${c.coachId})*${reviewedArrayFormula(log)}*(${needed}>=1)*(${needed}<=${c.tier}))`;
  return distinctKeptFormula(code, kept, c.codes, log.code);
}

/**
 * How many coaches whose tier needs a competency have reviewed evidence of it: the different
 * coaches among its reviewed entries whose tier (looked up in the coaches' block, `coaches`
 * and `tiers` with their headers) is at or above `neededFrom`.
 *
 * @example
 * coachesEvidencedFormula(log, { code: 'A2', neededFrom: 'H2', coaches: '$N$1:$N$201', tiers: '$P$1:$P$201' });
 */
export function coachesEvidencedFormula(
  log: EvidenceLogRanges,
  c: { code: string; neededFrom: string; coaches: string; tiers: string },
): string {
  const tier = `SUMIFS(${c.tiers},${c.coaches},${log.coach}&"")`;
  const kept = `((TRIM(${log.code}&"")=${c.code})*${reviewedArrayFormula(log)}*(${tier}>=${c.neededFrom}))`;
  return distinctKeptFormula(log.coach, kept, c.coaches, log.code);
}

/**
 * TRUE when one coach has a reviewed entry of one competency.
 *
 * @example
 * hasReviewedEvidenceFormula(log, 'Settings!$X$4', 'A2');
 */
export function hasReviewedEvidenceFormula(log: EvidenceLogRanges, coachId: string, code: string): string {
  return `SUMPRODUCT((${log.coach}=${coachId})*(TRIM(${log.code}&"")=${code})*${reviewedArrayFormula(log)})>0`;
}
