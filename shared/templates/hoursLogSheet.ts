/**
 * The Hours log: one row a session or activity. Hours are minutes / 60; a row counts towards
 * the tier when it is dated, not did-not-attend or cancelled and not non-NHS (RULES.md §1,
 * hoursLogRowCounts). Each row also shows how many sessions its coach had that day and the
 * day's load (RULES.md §3).
 */
import { dayLoadFormula } from '../rules/caseloadFormula';
import { NOT_ATTENDED } from '../rules/hoursThatCount';
import { attendedCriteria } from '../rules/hoursThatCountFormula';
import { buildSheet, type RowValues, type TemplateColumn } from './sheetLayout';
import { cell, ownColumn } from './formulas/cellReferences';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * HOURS_LOG; // 'Hours log'
 */
export const HOURS_LOG = 'Hours log';

/**
 * Session kinds, attendance and yes/no answers, as the drop-downs offer them.
 *
 * @example
 * SESSION_KINDS[2]; // 'Group'
 */
export const SESSION_KINDS = ['Initial 1:1', 'Follow-up 1:1', 'Group'] as const;
/**
 * Whether the client came; did-not-attend and cancelled sessions never count.
 *
 * @example
 * ATTENDANCE[0]; // 'Attended'
 */
export const ATTENDANCE: readonly string[] = ['Attended', ...NOT_ATTENDED];
/**
 * The answers of yes/no columns.
 *
 * @example
 * YES_NO; // ['Yes', 'No']
 */
export const YES_NO = ['Yes', 'No'] as const;

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
export const HOURS_LOG_COLUMNS: readonly TemplateColumn[] = [
  { key: 'date', header: 'Date', width: 13, numberFormat: 'dd mmm yyyy', note: 'The day of the session or activity.' },
  { key: 'coach', header: 'Coach ID', width: 11, note: 'As on the Coaches sheet.' },
  {
    key: 'client',
    header: 'Client ref',
    width: 11,
    note: 'The pseudonymous client reference from Caseload, never a name or NHS number. Blank for a group.',
  },
  { key: 'minutes', header: 'Minutes', width: 9, numberFormat: '0' },
  {
    key: 'hours',
    header: 'Hours',
    width: 8,
    numberFormat: '0.00',
    note: 'Worked out: minutes / 60.',
    formula: (r) => `=IF(${c('minutes', r)}="","",${c('minutes', r)}/60)`,
  },
  { key: 'kind', header: 'Kind', width: 14, list: SESSION_KINDS },
  {
    key: 'attendance',
    header: 'Attendance',
    width: 14,
    list: ATTENDANCE,
    note: 'Did-not-attend and cancelled sessions never count; a blank counts as attended.',
  },
  {
    key: 'nhs',
    header: 'NHS',
    width: 7,
    list: YES_NO,
    note: 'No for work outside the NHS, whose hours do not count towards the tier; a blank counts as NHS.',
  },
  {
    key: 'supervised',
    header: 'Supervised',
    width: 11,
    list: YES_NO,
    note: 'Yes when a supervisor observed the session.',
  },
  { key: 'notes', header: 'Notes', width: 30, note: 'Never a client name or NHS number.' },
  {
    key: 'sessionsThatDay',
    header: 'Sessions that day',
    width: 10,
    numberFormat: '0',
    note: "Worked out: the coach's sessions on this date, except did-not-attend and cancelled ones.",
    formula: (r) =>
      `=IF(OR(${c('date', r)}="",${c('coach', r)}=""),"",COUNTIFS(${own('coach')},${c('coach', r)},${own('date')},${c('date', r)},${attendedCriteria(own('attendance'))}))`,
  },
  {
    key: 'dayLoad',
    header: 'Day load',
    width: 10,
    note: 'Worked out: OK up to 4 sessions, At limit at 5, Over above 5 (framework §5.1).',
    formula: (r) => `=IF(${c('sessionsThatDay', r)}="","",${dayLoadFormula(c('sessionsThatDay', r))})`,
  },
];

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
