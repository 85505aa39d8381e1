/**
 * Evidence gaps (docs/rules.md §5, through evidenceGaps): the competencies required at a coach's
 * tier with no evidence reviewed by a supervisor, as one finding per coach listing the
 * codes. Decision: a warning from Tier 2 (the tier rests on that evidence), a note at Tier 1
 * (Tier 1 needs no evidence; the gaps show what to build towards Tier 2).
 */
import { evidenceGaps } from '../../rules/evidenceCoverage';
import { coachTier } from './coachTier';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CheckData, Coach } from '../read/model';
import type { Finding } from '../types';
import { rowsOfCoach } from '../read/rowsOfCoach';

/**
 * The evidence-gap finding for one coach, if any.
 *
 * @example
 * evidenceFindings(data, coach); // [{ rule: 'evidence.gap', severity: 'note', message: '32 competencies required at Tier 1 …' }]
 */
export function evidenceFindings(data: CheckData, coach: Coach): Finding[] {
  const tier = coachTier(coach).tier;
  if (!data.sources.has('evidenceLog') || tier === null || tier < 1) return [];
  const entries = rowsOfCoach(data.evidence, coach).map((e) => e.entry);
  const gaps = evidenceGaps(tier, entries);
  if (gaps.length === 0) return [];
  const codes = gaps.map((g) => g.code);
  const severity = tier >= 2 ? 'warning' : 'note';
  return [finding('evidence.gap', coach.at, coach.label, CHECK_MESSAGES.evidenceGap(tier, codes), severity)];
}

/**
 * One note when the workbook has coaches but no evidence log.
 *
 * @example
 * unrecordedEvidence(data, 'Coaches'); // [{ rule: 'evidence.not-recorded', … }]
 */
export function unrecordedEvidence(data: CheckData, sheet: string): Finding[] {
  if (data.sources.has('evidenceLog') || data.coaches.length === 0) return [];
  return [
    finding('evidence.not-recorded', { sheet, row: null, column: null }, null, CHECK_MESSAGES.evidenceNotRecorded),
  ];
}
