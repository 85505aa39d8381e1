/**
 * The Evidence log: one row a piece of competency evidence. Each field once, in the order
 * the check tries them; the template's columns are in the same order.
 */
import { COACH_FIELD, DATE_FIELD, FORMATS } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * Every field of an evidence log. The competency code and evidence type drop-downs list
 * ranges of the Competencies sheet: the template adds them.
 *
 * @example
 * EVIDENCE_LOG_FIELDS.code.weight; // 3
 */
export const EVIDENCE_LOG_FIELDS = {
  date: DATE_FIELD,
  coach: COACH_FIELD,
  code: {
    label: 'Competency code',
    synonyms: ['competency code', 'competency', 'code', 'competency ref'],
    read: 'text',
    weight: 3,
    column: { header: 'Competency code', width: 11, note: 'A code from the Competencies sheet, such as PRO-01.' },
  },
  text: {
    label: 'Competency text',
    synonyms: ['competency', 'competency text', 'competency description'],
    read: 'computed',
    column: { header: 'Competency', width: 50, note: 'Looked up from the Competencies sheet.' },
  },
  evidenceType: {
    label: 'Evidence type',
    synonyms: ['evidence type', 'type of evidence', 'evidence'],
    read: 'list',
    weight: 2,
    column: { header: 'Evidence type', width: 24 },
  },
  description: {
    label: 'Description',
    synonyms: ['description', 'details', 'what'],
    read: 'text',
    column: {
      header: 'Description',
      width: 36,
      note: 'What the evidence is. Never a client name or NHS number.',
    },
  },
  reviewedBy: {
    label: 'Reviewed by',
    synonyms: ['reviewed by', 'signed off by', 'supervisor', 'assessor'],
    read: 'text',
    weight: 2,
    column: {
      header: 'Reviewed by',
      width: 16,
      note: 'The supervisor who reviewed it. Evidence counts once reviewed by and reviewed on are both filled in.',
    },
  },
  reviewedOn: {
    label: 'Reviewed on',
    synonyms: ['reviewed on', 'date reviewed', 'review date', 'signed off on'],
    read: 'date',
    weight: 2,
    column: { header: 'Reviewed on', width: 13, numberFormat: FORMATS.date },
  },
  reviewed: {
    label: 'Reviewed (yes/no)',
    synonyms: ['reviewed'],
    read: 'computed',
    column: { header: 'Reviewed', width: 9 },
  },
  neededFrom: {
    label: 'Needed from tier',
    synonyms: ['needed from tier'],
    read: 'computed',
    column: {
      header: 'Needed from tier',
      width: 9,
      note: 'Looked up: the tier from which this competency needs evidence; No when it never counts as a gap.',
    },
  },
  coachTier: {
    label: 'Coach tier',
    synonyms: ['coach tier'],
    read: 'computed',
    column: { header: 'Coach tier', width: 7, note: "Looked up: the coach's tier on the Coaches sheet." },
  },
  counts: {
    label: 'Counts for coverage',
    synonyms: ['counts for coverage'],
    read: 'computed',
    column: {
      header: 'Counts for coverage',
      width: 9,
      numberFormat: FORMATS.whole,
      note: "Worked out: 1 for the first reviewed entry of a competency the coach's tier requires, else 0.",
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * The template's Evidence log columns, left to right.
 *
 * @example
 * EVIDENCE_LOG_TEMPLATE_ORDER[3]; // 'text'
 */
export const EVIDENCE_LOG_TEMPLATE_ORDER = Object.keys(EVIDENCE_LOG_FIELDS) as (keyof typeof EVIDENCE_LOG_FIELDS)[];
