/**
 * The Caseload: one row a client. Each field once, in the order the check tries them;
 * `CASELOAD_TEMPLATE_ORDER` is the order of the template's columns.
 */
import { SNOMED_CT } from '../framework/values';
import { CLIENT_FIELD, COACH_FIELD, FORMATS, NOTES_FIELD, withNote } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * Where referrals come from, as the template's drop-down offers them.
 *
 * @example
 * REFERRAL_SOURCES[0]; // 'Clinician'
 */
export const REFERRAL_SOURCES = ['Clinician', 'Admin', 'VCSE partner', 'Self'] as const;

/**
 * A client's status, as the template's drop-down offers them.
 *
 * @example
 * CLIENT_STATUSES[1]; // 'Active'
 */
export const CLIENT_STATUSES = ['Waiting', 'Active', 'On hold', 'Discharged', 'Did not engage'] as const;

const date = (header: string, note?: string) => ({
  header,
  width: 13,
  numberFormat: FORMATS.date,
  ...(note && { note }),
});
const count = (header: string, width: number, note: string) => ({ header, width, numberFormat: FORMATS.whole, note });

/**
 * Every field of a caseload.
 *
 * @example
 * CASELOAD_FIELDS.sinceReview.column?.header; // 'Sessions since review'
 */
export const CASELOAD_FIELDS = {
  client: withNote(CLIENT_FIELD, 'A pseudonymous reference such as C-0012. Never a name or NHS number.'),
  coach: COACH_FIELD,
  referralDate: {
    label: 'Referral date',
    synonyms: ['referral date', 'date referred', 'referred'],
    read: 'date',
    weight: 2,
    column: date('Referral date'),
  },
  referralSource: {
    label: 'Referral source',
    synonyms: ['referral source', 'referred by', 'source'],
    read: 'list',
    weight: 2,
    column: { header: 'Referral source', width: 14, list: REFERRAL_SOURCES },
  },
  status: {
    label: 'Status',
    synonyms: ['status', 'client status', 'open closed'],
    read: 'list',
    column: { header: 'Status', width: 13, list: CLIENT_STATUSES },
  },
  firstSession: {
    label: 'First session',
    synonyms: ['first session', 'first seen', 'date first seen'],
    read: 'date',
    column: date('First session', 'Worked out from the Hours log.'),
  },
  sessions: {
    label: 'Sessions',
    synonyms: ['sessions', 'number of sessions', 'sessions attended', 'session count'],
    read: 'whole',
    column: count('Sessions', 9, 'Worked out: sessions on the Hours log, except did-not-attend and cancelled ones.'),
  },
  lastReview: {
    label: 'Last review',
    synonyms: ['last review', 'last reviewed', 'review date', 'date of last review'],
    read: 'date',
    column: date('Last review', 'The date of the last client review.'),
  },
  sinceReview: {
    label: 'Sessions since review',
    synonyms: ['sessions since review', 'sessions since last review'],
    read: 'whole',
    weight: 2,
    column: count(
      'Sessions since review',
      10,
      'Worked out: sessions after the last review, except did-not-attend and cancelled ones.',
    ),
  },
  reviewDue: {
    label: 'Review due',
    synonyms: ['review due'],
    read: 'computed',
    column: {
      header: 'Review due',
      width: 10,
      note: 'Worked out: a review is due after every six sessions (framework §5.1).',
    },
  },
  outcome: {
    label: 'Outcome measure',
    synonyms: ['outcome measure', 'measure', 'outcome tool'],
    read: 'text',
    column: { header: 'Outcome measure', width: 14, note: 'For example WEMWBS, ONS4 or PAM.' },
  },
  startScore: {
    label: 'Start score',
    synonyms: ['start score', 'baseline score', 'first score'],
    read: 'number',
    column: { header: 'Start score', width: 9 },
  },
  latestScore: {
    label: 'Latest score',
    synonyms: ['latest score', 'last score', 'current score'],
    read: 'number',
    column: { header: 'Latest score', width: 9 },
  },
  snomed: {
    label: 'SNOMED CT code',
    synonyms: ['snomed ct', 'snomed', 'snomed code'],
    read: 'text',
    column: {
      header: 'SNOMED CT',
      width: 17,
      note: `${SNOMED_CT.code}: ${SNOMED_CT.term}, the code to record coaching activity with (§9.1).`,
    },
  },
  notes: withNote(NOTES_FIELD, 'Never a client name or NHS number.'),
  lastSession: {
    label: 'Last session',
    synonyms: ['last session'],
    read: 'computed',
    column: date('Last session'),
  },
} satisfies Record<string, FieldDefinition>;

/**
 * The template's Caseload columns, left to right.
 *
 * @example
 * CASELOAD_TEMPLATE_ORDER[7]; // 'lastSession'
 */
export const CASELOAD_TEMPLATE_ORDER = [
  'client',
  'coach',
  'referralDate',
  'referralSource',
  'status',
  'firstSession',
  'sessions',
  'lastSession',
  'lastReview',
  'sinceReview',
  'reviewDue',
  'outcome',
  'startScore',
  'latestScore',
  'snomed',
  'notes',
] as const satisfies readonly (keyof typeof CASELOAD_FIELDS)[];
