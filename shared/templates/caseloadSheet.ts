/**
 * The Caseload: one row a client, under a pseudonymous reference. Sessions, first and last
 * session come from the Hours log (that client reference's sessions, except did-not-attend and
 * cancelled ones); a review is due after every six sessions (RULES.md §3).
 */
import { SNOMED_CT } from '../framework/values';
import { reviewDueFormula } from '../rules/caseloadFormula';
import { attendedCriteria } from '../rules/hoursThatCountFormula';
import { HOURS_LOG, HOURS_LOG_COLUMNS } from './hoursLogSheet';
import { buildSheet, type RowValues, type TemplateColumn } from './sheetLayout';
import { cell, wholeColumn } from './formulas/cellReferences';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * CASELOAD; // 'Caseload'
 */
export const CASELOAD = 'Caseload';

/**
 * Where referrals come from, as the drop-down offers them.
 *
 * @example
 * REFERRAL_SOURCES.includes('VCSE partner'); // true
 */
export const REFERRAL_SOURCES = ['Clinician', 'Admin', 'VCSE partner', 'Self'] as const;
/**
 * Decision: where a client stands, as the drop-down offers it.
 *
 * @example
 * CLIENT_STATUSES[0]; // 'Waiting'
 */
export const CLIENT_STATUSES = ['Waiting', 'Active', 'On hold', 'Discharged', 'Did not engage'] as const;

const c = (key: string, row: number) => cell(CASELOAD_COLUMNS, key, row);
const log = (key: string) => wholeColumn(HOURS_LOG, HOURS_LOG_COLUMNS, key);
/**
 * This client's attended sessions on the Hours log (a COUNTIFS/MAXIFS criteria list): a blank
 * attendance counts as attended, as it does for hours and day loads.
 */
const attended = (r: number) => `${log('client')},${c('client', r)},${attendedCriteria(log('attendance'))}`;

/**
 * Decisions: sessions are counted by client reference (a client who changes coach keeps their
 * count); a review on a day covers that day's session, so only later sessions count since.
 *
 * @example
 * CASELOAD_COLUMNS[0].header; // 'Client ref'
 */
export const CASELOAD_COLUMNS: readonly TemplateColumn[] = [
  {
    key: 'client',
    header: 'Client ref',
    width: 11,
    note: 'A pseudonymous reference such as C-0012. Never a name or NHS number.',
  },
  { key: 'coach', header: 'Coach ID', width: 11 },
  { key: 'referralDate', header: 'Referral date', width: 13, numberFormat: 'dd mmm yyyy' },
  { key: 'referralSource', header: 'Referral source', width: 14, list: REFERRAL_SOURCES },
  { key: 'status', header: 'Status', width: 13, list: CLIENT_STATUSES },
  {
    key: 'firstSession',
    header: 'First session',
    width: 13,
    numberFormat: 'dd mmm yyyy',
    note: 'Worked out from the Hours log.',
    formula: (r) =>
      `=IF(${c('client', r)}="","",IF(COUNTIFS(${attended(r)})=0,"",MINIFS(${log('date')},${attended(r)})))`,
  },
  {
    key: 'sessions',
    header: 'Sessions',
    width: 9,
    numberFormat: '0',
    note: 'Worked out: sessions on the Hours log, except did-not-attend and cancelled ones.',
    formula: (r) => `=IF(${c('client', r)}="","",COUNTIFS(${attended(r)}))`,
  },
  {
    key: 'lastSession',
    header: 'Last session',
    width: 13,
    numberFormat: 'dd mmm yyyy',
    formula: (r) =>
      `=IF(${c('client', r)}="","",IF(COUNTIFS(${attended(r)})=0,"",MAXIFS(${log('date')},${attended(r)})))`,
  },
  {
    key: 'lastReview',
    header: 'Last review',
    width: 13,
    numberFormat: 'dd mmm yyyy',
    note: 'The date of the last client review.',
  },
  {
    key: 'sinceReview',
    header: 'Sessions since review',
    width: 10,
    numberFormat: '0',
    note: 'Worked out: sessions after the last review, except did-not-attend and cancelled ones.',
    formula: (r) =>
      `=IF(${c('client', r)}="","",IF(${c('lastReview', r)}="",${c('sessions', r)},COUNTIFS(${attended(r)},${log('date')},">"&${c('lastReview', r)})))`,
  },
  {
    key: 'reviewDue',
    header: 'Review due',
    width: 10,
    note: 'Worked out: a review is due after every six sessions (framework §5.1).',
    formula: (r) => `=IF(${c('client', r)}="","",${reviewDueFormula(c('sinceReview', r))})`,
  },
  { key: 'measure', header: 'Outcome measure', width: 14, note: 'For example WEMWBS, ONS4 or PAM.' },
  { key: 'startScore', header: 'Start score', width: 9 },
  { key: 'latestScore', header: 'Latest score', width: 9 },
  {
    key: 'snomed',
    header: 'SNOMED CT',
    width: 17,
    note: `${SNOMED_CT.code}: ${SNOMED_CT.term}, the code to record coaching activity with (§9.1).`,
    formula: (r) => `=IF(${c('client', r)}="","","${SNOMED_CT.code}")`,
  },
  { key: 'notes', header: 'Notes', width: 30, note: 'Never a client name or NHS number.' },
];

/**
 * The Caseload sheet, optionally with clients already on it.
 *
 * @example
 * caseloadSheet([{ client: 'C-0012', coach: 'HWBC-001' }]).rows[0][0]; // 'C-0012'
 */
export function caseloadSheet(data: readonly RowValues[] = []) {
  return buildSheet({
    name: CASELOAD,
    columns: CASELOAD_COLUMNS,
    data,
    formulaRows: 500,
    highlights: [
      { column: 'reviewDue', equals: 'Yes', style: 'warn' },
      { column: 'reviewDue', equals: 'No', style: 'good' },
    ],
  });
}
