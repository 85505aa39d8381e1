/**
 * The Supervision log: one row a supervision session. Each field once, in the order the
 * check tries them; the template writes them all but Hours (it has Minutes).
 */
import { SUPERVISION_LABELS } from '../rules/supervision/supervisionType';
import {
  COACH_FIELD,
  DATE_FIELD,
  FORMATS,
  HOURS_FIELD,
  MINUTES_FIELD,
  NOTES_FIELD,
  withNote,
  YES_NO,
} from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * How a supervision session was held.
 *
 * @example
 * SUPERVISION_FORMATS[0]; // '1:1'
 */
export const SUPERVISION_FORMATS = ['1:1', 'Group'] as const;

/**
 * The three functions of supervision a session may focus on.
 *
 * @example
 * SUPERVISION_FOCUS[1]; // 'Formative'
 */
export const SUPERVISION_FOCUS = ['Normative', 'Formative', 'Restorative'] as const;

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
  notes: withNote(NOTES_FIELD, 'No client names or NHS numbers: use the client reference.'),
  // What the session was for and what came of it (docs/rules.md §7).
  focus: {
    label: 'Focus (normative, formative, restorative)',
    synonyms: ['focus', 'supervision focus', 'function', 'normative formative restorative'],
    read: 'list',
    column: {
      header: 'Focus',
      width: 12,
      list: SUPERVISION_FOCUS,
      note: 'Normative (standards, caseload, safety), formative (skills and learning) or restorative (support and wellbeing).',
    },
  },
  concerns: {
    label: 'Safeguarding or patient concerns raised',
    synonyms: ['safeguarding or patient concerns raised', 'concerns raised', 'safeguarding concerns', 'concerns'],
    read: 'yesNo',
    column: {
      header: 'Safeguarding or patient concerns raised',
      width: 12,
      list: YES_NO,
      note: 'Yes when a safeguarding or patient concern was raised. Record the concern itself where your organisation keeps them, never here.',
    },
  },
  action: {
    label: 'Agreed actions',
    synonyms: ['agreed actions', 'actions agreed', 'actions', 'action'],
    read: 'text',
    column: {
      header: 'Agreed actions',
      width: 30,
      note: 'What was agreed, in a few words. No client names or NHS numbers.',
    },
  },
  followUp: {
    label: 'Follow-up date',
    synonyms: ['follow up date', 'follow up', 'follow up by', 'action due', 'review by'],
    read: 'date',
    column: {
      header: 'Follow-up date',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'When the agreed actions are to be followed up. Past this date and not completed, the action shows Overdue.',
    },
  },
  actionDone: {
    label: 'Action completed',
    synonyms: ['action completed', 'action done', 'actions completed', 'completed'],
    read: 'date',
    column: {
      header: 'Action completed',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'The date the actions were completed (or Yes).',
    },
  },
  actionStatus: {
    label: 'Action status',
    synonyms: ['action status'],
    read: 'computed',
    column: {
      header: 'Action status',
      width: 11,
      note: 'Worked out: Open, Overdue (past the follow-up date) or Done.',
    },
  },
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
  'focus',
  'concerns',
  'notes',
  'action',
  'followUp',
  'actionDone',
  'actionStatus',
  'countsAs',
] as const satisfies readonly (keyof typeof SUPERVISION_LOG_FIELDS)[];
