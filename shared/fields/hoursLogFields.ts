/**
 * The Hours log: one row a session or activity. Each field once, in the order the check
 * tries them; `HOURS_LOG_TEMPLATE_ORDER` is the order of the template's columns.
 */
import { NOT_ATTENDED } from '../rules/tiers/hoursThatCount';
import {
  CLIENT_FIELD,
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
 * The kinds of session the template's drop-down offers.
 *
 * @example
 * SESSION_KINDS[2]; // 'Group'
 */
export const SESSION_KINDS = ['Initial 1:1', 'Follow-up 1:1', 'Group'] as const;

/**
 * Attendance: attended, or one of the answers that never count.
 *
 * @example
 * ATTENDANCE[0]; // 'Attended'
 */
export const ATTENDANCE: readonly string[] = ['Attended', ...NOT_ATTENDED];

/**
 * Every field of an hours log.
 *
 * @example
 * HOURS_LOG_FIELDS.attendance.column?.list; // ['Attended', 'Did not attend', 'Cancelled']
 */
export const HOURS_LOG_FIELDS = {
  date: withNote(DATE_FIELD, 'The day of the session or activity.'),
  coach: withNote(COACH_FIELD, 'As on the Coaches sheet.'),
  client: withNote(
    CLIENT_FIELD,
    'The pseudonymous client reference from Caseload, never a name or NHS number. Blank for a group.',
  ),
  minutes: MINUTES_FIELD,
  hours: {
    ...HOURS_FIELD,
    column: { header: 'Hours', width: 8, numberFormat: FORMATS.twoPlaces, note: 'Worked out: minutes / 60.' },
  },
  kind: {
    label: 'Kind of session',
    synonyms: ['kind', 'session type', 'type', 'activity', 'session kind'],
    read: 'list',
    column: { header: 'Kind', width: 14, list: SESSION_KINDS },
  },
  attendance: {
    label: 'Attendance',
    synonyms: ['attendance', 'attended', 'did attend', 'dna'],
    read: 'list',
    weight: 2,
    column: {
      header: 'Attendance',
      width: 14,
      list: ATTENDANCE,
      note: 'Did-not-attend and cancelled sessions never count; a blank counts as attended.',
    },
  },
  nhs: {
    label: 'NHS (yes/no)',
    synonyms: ['nhs', 'nhs funded', 'nhs session', 'nhs activity'],
    read: 'yesNo',
    weight: 2,
    column: {
      header: 'NHS',
      width: 7,
      list: YES_NO,
      note: 'No for work outside the NHS, whose hours do not count towards the tier; a blank counts as NHS.',
    },
  },
  supervised: {
    label: 'Supervised',
    synonyms: ['supervised', 'observed'],
    read: 'yesNo',
    column: { header: 'Supervised', width: 11, list: YES_NO, note: 'Yes when a supervisor observed the session.' },
  },
  notes: withNote(NOTES_FIELD, 'Never a client name or NHS number.'),
  sessionsThatDay: {
    label: 'Sessions that day',
    synonyms: ['sessions that day'],
    read: 'computed',
    column: {
      header: 'Sessions that day',
      width: 10,
      numberFormat: FORMATS.whole,
      note: "Worked out: the coach's sessions on this date, except did-not-attend and cancelled ones.",
    },
  },
  dayLoad: {
    label: 'Day load',
    synonyms: ['day load'],
    read: 'computed',
    column: {
      header: 'Day load',
      width: 10,
      note: 'Worked out: OK up to 4 sessions, At limit at 5, Over above 5 (framework §5.1).',
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * The template's Hours log columns, left to right.
 *
 * @example
 * HOURS_LOG_TEMPLATE_ORDER[0]; // 'date'
 */
export const HOURS_LOG_TEMPLATE_ORDER = Object.keys(HOURS_LOG_FIELDS) as (keyof typeof HOURS_LOG_FIELDS)[];
