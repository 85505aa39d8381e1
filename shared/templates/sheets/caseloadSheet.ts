/**
 * The Caseload: one row a client, under a pseudonymous reference. Sessions, first and last
 * session come from the Hours log (that client reference's sessions, except did-not-attend and
 * cancelled ones); a review is due after every six sessions (docs/rules.md §3).
 */
import { SNOMED_CT } from '../../framework/values';
import { reviewDueFormula } from '../../rules/caseload/caseloadFormula';
import { attendedCriteria } from '../../rules/tiers/hoursThatCountFormula';
import { HOURS_LOG, HOURS_LOG_COLUMNS } from './hoursLogSheet';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';
import { cell, wholeColumn } from '../formulas/cellReferences';
import { fieldColumns } from '../fieldColumns';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * CASELOAD; // 'Caseload'
 */
export const CASELOAD = 'Caseload';

// The drop-downs' choices are the field registry's; kept importable from here.
export { CLIENT_STATUSES, REFERRAL_SOURCES } from '../../fields';

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
export const CASELOAD_COLUMNS: readonly TemplateColumn[] = fieldColumns('caseload', {
  firstSession: {
    formula: (r) =>
      `=IF(${c('client', r)}="","",IF(COUNTIFS(${attended(r)})=0,"",MINIFS(${log('date')},${attended(r)})))`,
  },
  sessions: { formula: (r) => `=IF(${c('client', r)}="","",COUNTIFS(${attended(r)}))` },
  lastSession: {
    formula: (r) =>
      `=IF(${c('client', r)}="","",IF(COUNTIFS(${attended(r)})=0,"",MAXIFS(${log('date')},${attended(r)})))`,
  },
  sinceReview: {
    formula: (r) =>
      `=IF(${c('client', r)}="","",IF(${c('lastReview', r)}="",${c('sessions', r)},COUNTIFS(${attended(r)},${log('date')},">"&${c('lastReview', r)})))`,
  },
  reviewDue: { formula: (r) => `=IF(${c('client', r)}="","",${reviewDueFormula(c('sinceReview', r))})` },
  snomed: { formula: (r) => `=IF(${c('client', r)}="","","${SNOMED_CT.code}")` },
});

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
