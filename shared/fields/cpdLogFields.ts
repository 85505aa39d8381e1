/**
 * The CPD log (docs/rules.md §7): one row a piece of continuing professional development. Each
 * field once, in the order the check tries them; every one is a template column.
 */
import { COACH_FIELD, DATE_FIELD, FORMATS, HOURS_FIELD, MINUTES_FIELD, withNote } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * The kinds of CPD the log offers.
 *
 * @example
 * CPD_TYPES[0]; // 'Health coaching practice'
 */
export const CPD_TYPES = ['Health coaching practice', 'Clinical or condition-specific', 'Other'] as const;

/**
 * Every field of a CPD log.
 *
 * @example
 * CPD_LOG_FIELDS.reflection.column?.header; // 'What was learned'
 */
export const CPD_LOG_FIELDS = {
  date: withNote(DATE_FIELD, 'The day of the activity.'),
  coach: withNote(COACH_FIELD, 'As on the Coaches sheet.'),
  activity: {
    label: 'CPD activity',
    synonyms: ['activity', 'cpd activity', 'course', 'event', 'title', 'learning activity'],
    read: 'text',
    column: { header: 'Activity', width: 30, note: 'The course, reading, event or peer learning.' },
  },
  cpdType: {
    label: 'Type of CPD',
    synonyms: ['type', 'cpd type', 'kind', 'category', 'type of cpd'],
    read: 'list',
    column: { header: 'Type', width: 22, list: CPD_TYPES },
  },
  hours: {
    ...HOURS_FIELD,
    column: {
      header: 'Hours',
      width: 8,
      numberFormat: FORMATS.hours,
      note: 'CPD hours are shown on the Coaches sheet for the last 12 months; they never count towards NHS coaching hours or the tier.',
    },
  },
  // Read when a practice logs CPD in minutes; the template has Hours only.
  minutes: { label: MINUTES_FIELD.label, synonyms: MINUTES_FIELD.synonyms, read: MINUTES_FIELD.read },
  reflection: {
    label: 'What was learned',
    synonyms: ['reflection', 'what was learned', 'what i learned', 'learning', 'reflection on learning'],
    read: 'text',
    weight: 2,
    column: { header: 'What was learned', width: 40, note: 'A short reflection. No client names or NHS numbers.' },
  },
  competencies: {
    label: 'Linked competency codes',
    synonyms: ['linked competency codes', 'competency codes', 'competencies', 'linked competencies'],
    read: 'text',
    weight: 2,
    column: {
      header: 'Linked competency codes',
      width: 18,
      note: 'Framework codes this supports, such as COM-04, MOD-02 (see the Competencies sheet).',
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * The template's CPD log columns, left to right.
 *
 * @example
 * CPD_LOG_TEMPLATE_ORDER[2]; // 'activity'
 */
export const CPD_LOG_TEMPLATE_ORDER = [
  'date',
  'coach',
  'activity',
  'cpdType',
  'hours',
  'reflection',
  'competencies',
] as const satisfies readonly (keyof typeof CPD_LOG_FIELDS)[];
