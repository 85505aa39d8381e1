/**
 * The Coaches sheet's development record fields (docs/rules.md §7): the last appraisal, when the
 * next is due and its status, the PDP agreed and review dates, the end of probation, CPD hours
 * in the last 12 months, and renewal dates a practice keeps one column per course
 * ("Safeguarding L2 expiry"). The template writes all but the renewal columns (its renewals
 * are on the Training sheet).
 */
import { FORMATS } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * Renewal-date columns of a practice's own coaches sheet, with the training each stands for.
 *
 * @example
 * EXPIRY_COLUMNS[0]; // { field: 'safeguardingExpiry', title: 'safeguarding for children and adults' }
 */
export const EXPIRY_COLUMNS = [
  { field: 'safeguardingExpiry', title: 'safeguarding for children and adults' },
  { field: 'governanceExpiry', title: 'confidentiality and information governance' },
  { field: 'firstAidExpiry', title: 'basic first aid' },
  { field: 'mandatoryExpiry', title: 'mandatory training' },
] as const;

/**
 * The development fields, in the order the check tries them.
 *
 * @example
 * COACH_DEVELOPMENT_FIELDS.lastAppraisal.column?.header; // 'Last appraisal'
 */
export const COACH_DEVELOPMENT_FIELDS = {
  lastAppraisal: {
    label: 'Last appraisal',
    synonyms: [
      'last appraisal',
      'appraisal date',
      'appraisal',
      'date of last appraisal',
      'last appraised',
      'appraised on',
    ],
    read: 'date',
    column: {
      header: 'Last appraisal',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'The date of the last appraisal. Blank counts from the start date.',
    },
  },
  appraisalDue: {
    label: 'Appraisal due',
    synonyms: ['appraisal due', 'next appraisal', 'next appraisal due', 'appraisal due date'],
    read: 'computed',
    column: {
      header: 'Appraisal due',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Worked out: the last appraisal (else the start date) plus the interval on Settings (12 months).',
    },
  },
  appraisalStatus: {
    label: 'Appraisal status',
    synonyms: ['appraisal status'],
    read: 'computed',
    column: {
      header: 'Appraisal status',
      width: 11,
      note: 'Worked out: OK, Due soon (within the warning days on Settings, 30) or Overdue.',
    },
  },
  pdpAgreed: {
    label: 'PDP agreed',
    synonyms: ['pdp agreed', 'pdp agreed date', 'pdp date', 'pdp', 'personal development plan', 'pdp agreed on'],
    read: 'date',
    column: {
      header: 'PDP agreed',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'When the personal development plan was agreed; it is agreed at appraisal (framework §8.1).',
    },
  },
  pdpReview: {
    label: 'PDP review',
    synonyms: ['pdp review', 'pdp review date', 'pdp review due', 'next pdp review'],
    read: 'date',
    column: { header: 'PDP review', width: 13, numberFormat: FORMATS.date, note: 'When the PDP is next reviewed.' },
  },
  probationEnd: {
    label: 'Probation end',
    synonyms: ['probation end', 'probation ends', 'end of probation', 'probation end date'],
    read: 'date',
    column: {
      header: 'Probation end',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'For new starters: when probation ends.',
    },
  },
  cpdHours: {
    label: 'CPD hours, last 12 months',
    synonyms: ['cpd hours last 12 months', 'cpd hours', 'cpd last 12 months'],
    read: 'computed',
    column: {
      header: 'CPD hours (last 12 months)',
      width: 10,
      numberFormat: FORMATS.hours,
      note: 'Worked out from the CPD log: hours in the 12 months up to the as-of date. CPD never counts towards NHS coaching hours.',
    },
  },
  safeguardingExpiry: {
    label: 'Safeguarding expiry',
    synonyms: [
      'safeguarding expiry',
      'safeguarding l2 expiry',
      'safeguarding level 2 expiry',
      'safeguarding l3 expiry',
      'safeguarding expires',
      'safeguarding renewal due',
    ],
    read: 'date',
  },
  governanceExpiry: {
    label: 'Information governance expiry',
    synonyms: ['information governance expiry', 'ig expiry', 'data security expiry', 'ig renewal due'],
    read: 'date',
  },
  firstAidExpiry: {
    label: 'First aid expiry',
    synonyms: ['first aid expiry', 'bls expiry', 'basic life support expiry'],
    read: 'date',
  },
  mandatoryExpiry: {
    label: 'Mandatory training expiry',
    synonyms: ['mandatory training expiry', 'stat and mand expiry', 'mandatory training renewal due'],
    read: 'date',
  },
} satisfies Record<string, FieldDefinition>;
