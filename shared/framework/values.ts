// NHS values, evidence types and the SNOMED CT concept for recording coaching activity.
// Transcribed from NHS England publication B1570: §6 "Values and behaviours of health and
// wellbeing coaches" (the six NHS values), the "Evidenced by" lines of Appendix 2 (evidence
// types, as listed in docs/rules.md §5) and §9.1 (SNOMED CT concept, docs/rules.md §3).

/**
 * The six NHS values that all staff are expected to demonstrate (§6; docs/rules.md §6).
 *
 * @example NHS_VALUES[0] // 'Working together for patients'
 */
export const NHS_VALUES = [
  'Working together for patients',
  'Respect and dignity',
  'Commitment to quality of care',
  'Compassion',
  'Improving lives',
  'Everyone counts',
] as const;

/**
 * The 11 kinds of evidence named in the framework's "Evidenced by" lines (docs/rules.md §5), in
 * sentence case.
 *
 * @example EVIDENCE_TYPES.includes('Reflective journal') // true
 */
export const EVIDENCE_TYPES = [
  'Observed practice',
  'Review of session notes',
  'Health coaching supervision',
  'Line management supervision',
  'Reflective journal',
  'Supervision log',
  'Attendance log and facilitator feedback',
  'Portfolio',
  'Client feedback and evaluation',
  'Completion certificate',
  'Practice sessions in training',
] as const;

/**
 * The SNOMED CT concept used to record health and wellbeing coach activity (§9.1).
 *
 * @example SNOMED_CT.code // '148471000000103'
 */
export const SNOMED_CT = {
  code: '148471000000103',
  term: 'Seen by health and wellbeing coach (finding)',
} as const;
