/**
 * The Hours log: one row a session or activity. Hours are minutes / 60; a row counts towards
 * the tier when it is dated, not did-not-attend or cancelled and not non-NHS (docs/rules.md §1,
 * hoursLogRowCounts). Each row also shows how many sessions its coach had that day and the
 * day's load (docs/rules.md §3).
 */
import { dayLoadFormula } from '../../rules/caseload/caseloadFormula';
import { attendedCriteria } from '../../rules/tiers/hoursThatCountFormula';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';
import { cell, ownColumn } from '../formulas/cellReferences';
import { fieldColumns } from '../fieldColumns';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * HOURS_LOG; // 'Hours log'
 */
export const HOURS_LOG = 'Hours log';

// The drop-downs' choices are the field registry's; kept importable from here.
export { ATTENDANCE, SESSION_KINDS, YES_NO } from '../../fields';

const c = (key: string, row: number) => cell(HOURS_LOG_COLUMNS, key, row);
const own = (key: string) => ownColumn(HOURS_LOG_COLUMNS, key);

/**
 * Decision: a day's load counts the coach's attended sessions that day of every kind (a group
 * counts once, NHS or not): did-not-attend and cancelled sessions do not tire a coach, and a
 * blank attendance counts as attended, as for hours (attendanceCounts).
 *
 * @example
 * HOURS_LOG_COLUMNS.find((c) => c.key === 'dayLoad')?.header; // 'Day load'
 */
export const HOURS_LOG_COLUMNS: readonly TemplateColumn[] = fieldColumns('hoursLog', {
  hours: { formula: (r) => `=IF(${c('minutes', r)}="","",${c('minutes', r)}/60)` },
  sessionsThatDay: {
    formula: (r) =>
      `=IF(OR(${c('date', r)}="",${c('coach', r)}=""),"",COUNTIFS(${own('coach')},${c('coach', r)},${own('date')},${c('date', r)},${attendedCriteria(own('attendance'))}))`,
  },
  dayLoad: { formula: (r) => `=IF(${c('sessionsThatDay', r)}="","",${dayLoadFormula(c('sessionsThatDay', r))})` },
});

/**
 * The Hours log sheet, optionally with rows already logged.
 *
 * @example
 * hoursLogSheet().rows.length; // 2000 formula rows
 */
export function hoursLogSheet(data: readonly RowValues[] = []) {
  return buildSheet({
    name: HOURS_LOG,
    columns: HOURS_LOG_COLUMNS,
    data,
    formulaRows: 2000,
    highlights: [
      { column: 'dayLoad', equals: 'Over', style: 'bad' },
      { column: 'dayLoad', equals: 'At limit', style: 'warn' },
      { column: 'dayLoad', equals: 'OK', style: 'good' },
    ],
  });
}
