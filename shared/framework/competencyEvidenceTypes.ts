/**
 * Which of the framework's evidence types (docs/rules.md §5) each competency's own "Evidenced
 * by" line names. The lines are free text ("Review of session notes by health coaching
 * supervisor. Observation of practice."), so each type is recognised by the words the
 * framework uses for it. A few lines name no type ("Tier 3 practitioner.", a statement of
 * values): any type fits those.
 */
import { COMPETENCIES } from './competencies';
import { EVIDENCE_TYPES } from './values';

/** One of the framework's evidence types. */
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** The words in an "Evidenced by" line that name each type. */
const NAMED_BY: Readonly<Record<EvidenceType, RegExp>> = {
  'Observed practice': /observ/i,
  'Review of session notes': /session notes/i,
  'Health coaching supervision':
    /health coaching supervision|all forms of supervision|statement from their health coaching supervisor/i,
  'Line management supervision': /line management|all forms of supervision/i,
  'Reflective journal': /reflective journal/i,
  'Supervision log': /supervision log|provide records/i,
  'Attendance log and facilitator feedback': /attendance log|facilitator feedback/i,
  Portfolio: /portfolio/i,
  'Client feedback and evaluation': /client feedback/i,
  'Completion certificate': /certificate|evidence of training/i,
  'Practice sessions in training': /practice sessions in training/i,
};

/**
 * The evidence types an "Evidenced by" line names, in the framework's order of types.
 *
 * @example
 * evidenceTypesNamed('Observed practice. Client feedback and evaluation.');
 * // ['Observed practice', 'Client feedback and evaluation']
 */
export function evidenceTypesNamed(evidencedBy: string): EvidenceType[] {
  return EVIDENCE_TYPES.filter((type) => NAMED_BY[type].test(evidencedBy));
}

/**
 * Each competency's evidence types by code; an empty list where its line names none.
 *
 * @example
 * EVIDENCE_TYPES_BY_CODE.get('PRO-01'); // ['Observed practice', 'Review of session notes']
 */
export const EVIDENCE_TYPES_BY_CODE: ReadonlyMap<string, readonly EvidenceType[]> = new Map(
  COMPETENCIES.map((c) => [c.code, evidenceTypesNamed(c.evidencedBy)]),
);

/**
 * Whether an evidence type, as a log words it, is one the competency's "Evidenced by" line
 * names. The log's words are read as the line's are, so "Observation" or "observed  PRACTICE"
 * is observed practice. True when the line names no type, or the log's type is blank.
 *
 * @example
 * fitsCompetency('PRO-01', 'Observation of a session'); // true
 * fitsCompetency('PRO-01', 'Portfolio');                // false
 */
export function fitsCompetency(code: string, evidenceType: string | null | undefined): boolean {
  const types = EVIDENCE_TYPES_BY_CODE.get(code) ?? [];
  const typed = (evidenceType ?? '').replace(/\s+/g, ' ').trim();
  return typed === '' || types.length === 0 || evidenceTypesNamed(typed).some((t) => types.includes(t));
}
