/**
 * The Supervision log: one row a supervision session. Each field once, in the order the
 * check tries them; the template writes them all but Hours (it has Minutes).
 */
import { SUPERVISION_LABELS } from '../rules/supervisionType';
import { COACH_FIELD, DATE_FIELD, HOURS_FIELD, MINUTES_FIELD, NOTES_FIELD, withNote } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * How a supervision session was held.
 *
 * @example
 * SUPERVISION_FORMATS[0]; // '1:1'
 */
export const SUPERVISION_FORMATS = ['1:1', 'Group'] as const;

/**
 * Every field of a supervision log.
 *
 * @example
 * SUPERVISION_LOG_FIELDS.type.column?.list; // ['Line management', 'Clinical', 'Health coaching']
 */
export const SUPERVISION_LOG_FIELDS = {
  date: withNote(DATE_FIELD, 'The day of the session. Sessions after the as-of date (planned ones) do not count yet.'),
  coach: withNote(COACH_FIELD, 'As on the Coaches sheet.'),
  type: {
    label: 'Supervision type',
    synonyms: ['type', 'supervision type', 'kind', 'type of supervision'],
    read: 'list',
    column: {
      header: 'Type',
      width: 18,
      list: Object.values(SUPERVISION_LABELS),
      note: 'Line management (monthly), Clinical (every 2–3 months, pro rata) or Health coaching (monthly, by a Tier 3+ supervisor). LM, CS and HCS are understood too.',
    },
  },
  supervisor: {
    label: 'Supervisor',
    synonyms: ['supervisor', 'supervised by', 'supervisor name', 'with'],
    read: 'text',
    weight: 2,
    column: { header: 'Supervisor', width: 18 },
  },
  format: {
    label: 'Format (1:1 or group)',
    synonyms: ['format', 'individual or group', 'one to one or group', 'group'],
    read: 'list',
    weight: 2,
    column: {
      header: 'Format',
      width: 9,
      list: SUPERVISION_FORMATS,
      note: 'Individual (1:1) or Group; a blank counts as individual. Only individual health coaching supervision sets its monthly due date: group sessions are counted beside it on Coaches (framework §4.2.2).',
    },
  },
  minutes: MINUTES_FIELD,
  hours: HOURS_FIELD,
  notes: NOTES_FIELD,
  countsAs: {
    label: 'Counts as',
    synonyms: ['counts as'],
    read: 'computed',
    column: {
      header: 'Counts as',
      width: 17,
      note: 'Worked out: the type this session counts as on the Coaches sheet.',
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * The template's Supervision log columns, left to right.
 *
 * @example
 * SUPERVISION_LOG_TEMPLATE_ORDER.at(-1); // 'countsAs'
 */
export const SUPERVISION_LOG_TEMPLATE_ORDER = [
  'date',
  'coach',
  'type',
  'supervisor',
  'format',
  'minutes',
  'notes',
  'countsAs',
] as const satisfies readonly (keyof typeof SUPERVISION_LOG_FIELDS)[];
