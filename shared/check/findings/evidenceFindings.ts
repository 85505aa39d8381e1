/**
 * Evidence findings (docs/rules.md §5): evidence the coach reviewed themself, evidence of a type
 * the competency's "Evidenced by" line does not name (a note: it still counts), and gaps
 * (through evidenceGaps): the competencies required at a coach's
 * tier with no evidence reviewed by a supervisor, as one finding per coach listing the
 * codes. Decision: a warning from Tier 2 (the tier rests on that evidence), a note at Tier 1
 * (Tier 1 needs no evidence; the gaps show what to build towards Tier 2).
 */
import { EVIDENCE_TYPES_BY_CODE, fitsCompetency } from '../../framework/competencyEvidenceTypes';
import { evidenceGaps, reviewedBySelf } from '../../rules/evidence/evidenceCoverage';
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
  const mine = rowsOfCoach(data.evidence, coach);
  // docs/rules.md §5: evidence counts only when reviewed by someone other than the coach.
  const self = mine.filter((e) => reviewedBySelf(e.entry, [coach.name, coach.id]));
  const out = self.map((e) =>
    finding('evidence.self-reviewed', e.at ?? coach.at, coach.label, CHECK_MESSAGES.selfReviewed(e.entry.code)),
  );
  // docs/rules.md §5: a type outside the competency's own "Evidenced by" still counts, with a note.
  for (const e of mine) {
    const typed = e.entry.evidenceType;
    if (typed === null || typed === undefined || fitsCompetency(e.entry.code, typed)) continue;
    const types = EVIDENCE_TYPES_BY_CODE.get(e.entry.code) ?? [];
    const message = CHECK_MESSAGES.unexpectedEvidenceType(e.entry.code, typed, types);
    out.push(finding('evidence.unexpected-type', e.typeAt ?? e.at ?? coach.at, coach.label, message));
  }
  if (!data.sources.has('evidenceLog') || tier === null || tier < 1) return out;
  const entries = mine.filter((e) => !self.includes(e)).map((e) => e.entry);
  const gaps = evidenceGaps(tier, entries);
  if (gaps.length === 0) return out;
  const codes = gaps.map((g) => g.code);
  const severity = tier >= 2 ? 'warning' : 'note';
  return [...out, finding('evidence.gap', coach.at, coach.label, CHECK_MESSAGES.evidenceGap(tier, codes), severity)];
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
