import { COMPETENCIES } from '../../framework/competencies';
import type { Competency } from '../../framework/competencyTypes';

/** One row of an evidence log, as far as coverage cares. */
export interface EvidenceEntry {
  code: string;
  reviewedBy?: string | null;
  reviewedOn?: string | null;
  /** What kind of evidence it is and what it shows, as the log words them (for the sign-off pack). */
  evidenceType?: string | null;
  description?: string | null;
}

/**
 * The competencies a coach at `tier` must evidence (docs/rules.md §5): the essential ones of
 * areas 1–3 from Tier 1, and of area 4 (group work) from Tier 2. Area 5 is desirable and
 * never a gap; supervisor standards and general capabilities are checked elsewhere.
 *
 * @example
 * requiredCompetencies(1).length; // 32
 */
export function requiredCompetencies(tier: number): Competency[] {
  return COMPETENCIES.filter((c) => c.kind === 'essential' && c.area !== 'GEN' && c.fromTier <= tier);
}

/**
 * Decision: evidence counts once a supervisor has reviewed it, which the log shows as both
 * "reviewed by" and "reviewed on" being filled in.
 *
 * @example
 * isReviewed({ code: 'PRO-01', reviewedBy: 'A. Patel', reviewedOn: '2026-03-01' }); // true
 */
export function isReviewed(e: EvidenceEntry): boolean {
  const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim() !== '';
  return filled(e.reviewedBy) && filled(e.reviewedOn);
}

/**
 * Whether an entry's reviewer is the coach themself (docs/rules.md §5): the reviewer cell holds
 * one of the coach's own names or IDs, case and spacing aside. Such evidence does not count.
 *
 * @example
 * reviewedBySelf({ code: 'PRO-01', reviewedBy: ' sam  LEE ' }, ['Sam Lee', 'C-1']); // true
 */
export function reviewedBySelf(e: EvidenceEntry, coachNames: readonly (string | null)[]): boolean {
  const tidy = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const reviewer = tidy(e.reviewedBy ?? '');
  return reviewer !== '' && coachNames.some((n) => n !== null && tidy(n) === reviewer);
}

/**
 * Required competencies for the tier with no reviewed evidence, in framework order.
 *
 * @example
 * evidenceGaps(1, []).length; // 32, every required competency
 */
export function evidenceGaps(tier: number, evidence: readonly EvidenceEntry[]): Competency[] {
  const covered = new Set(evidence.filter(isReviewed).map((e) => e.code.trim().toUpperCase()));
  return requiredCompetencies(tier).filter((c) => !covered.has(c.code));
}
