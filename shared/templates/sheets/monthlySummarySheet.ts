/**
 * The Monthly summary (docs/rules.md §8): what a PCN reports to its ICB, per month and coach,
 * in native formulas that work without the add-in: sessions, NHS coaching hours, distinct
 * clients, new referrals, did-not-attend sessions and rate, and supervision received by type
 * and format. The twelve calendar months up to the as-of month, oldest first, each with every
 * coach on the Coaches sheet in sheet order: the rows the workbook check's monthly summary
 * gives (shared/check/monthlySummary.ts), which also shows a month before the first activity.
 */
import {
  didNotAttendFormula,
  didNotAttendRateFormula,
  distinctClientsFormula,
  inMonthCriteria,
  monthStartFormula,
  type MonthCells,
  nhsHoursFormula,
  sessionsFormula,
} from '../../rules/caseload/monthlyFiguresFormula';
import { MONTHS_SHOWN } from '../../rules/caseload/monthlyFigures';
import type { SheetSpec } from '../../workbook';
import { CASELOAD, CASELOAD_COLUMNS } from './caseloadSheet';
import { COACHES, COACHES_COLUMNS } from './coachesSheet';
import { cell, ownColumn, wholeColumn } from '../formulas/cellReferences';
import { lastDatedRowFormula, rowsRead } from '../formulas/datedRows';
import { HOURS_LOG, HOURS_LOG_COLUMNS } from './hoursLogSheet';
import { SUPERVISION_ROWS_READ, supervisionReceivedColumns, type SummaryRow } from './monthlySupervisionColumns';
import { SETTINGS_CELLS } from './settingsSheet';
import { buildSheet, type TemplateColumn } from '../sheetLayout';

/**
 * The sheet's name.
 *
 * @example
 * MONTHLY_SUMMARY; // 'Monthly summary'
 */
export const MONTHLY_SUMMARY = 'Monthly summary';

/**
 * Rows for up to 50 coaches a month (12 × 50). A row a month and coach needs a formula on every
 * row, and no one formula fills rows as far as needed in Excel, Google Sheets and LibreOffice
 * alike; so a PCN with more coaches extends the sheet, and the sheet ("Every coach shown") and
 * the workbook check both say when it must.
 */
const COACH_ROWS = 50;

const c = (key: string, row: number) => cell(MONTHLY_SUMMARY_COLUMNS, key, row);
const at = (key: string) => cell(MONTHLY_SUMMARY_COLUMNS, key, 2).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
const asOf = SETTINGS_CELLS.asOf;
const hours = (key: string) => wholeColumn(HOURS_LOG, HOURS_LOG_COLUMNS, key);
/** A column of the Hours log from row 2 down to its last dated row (formulas/datedRows.ts says why). */
const usedHours = (key: string) => rowsRead(hours(key), at('logRows'));
const month = (r: number): MonthCells => ({ monthStart: c('month', r), coachId: c('coach', r), asOf });
const forRow = (r: number, body: string) => `=IF(${c('coach', r)}="","",${body})`;
// Built when a formula is written: the ranges name cells of the columns below.
const log = () => ({
  date: usedHours('date'),
  coach: usedHours('coach'),
  client: usedHours('client'),
  minutes: usedHours('minutes'),
  attendance: usedHours('attendance'),
  nhs: usedHours('nhs'),
  used: usedHours,
});
const row: SummaryRow = { forRow, month, supervisionRows: () => at('supervisionRows') };

/**
 * The sheet's columns: month and coach, the figures, and four cells (row 2 only): three the others read, one saying whether every coach has rows.
 *
 * @example
 * MONTHLY_SUMMARY_COLUMNS.map((c) => c.key).slice(0, 4); // ['month', 'coach', 'name', 'sessions']
 */
export const MONTHLY_SUMMARY_COLUMNS: readonly TemplateColumn[] = [
  {
    key: 'month',
    header: 'Month',
    width: 11,
    numberFormat: 'mmm yyyy',
    note: 'The twelve months up to the as-of date on Settings, oldest first; the as-of month counts up to that date.',
    // Row r is month INT(s / coaches) and coach MOD(s, coaches) for s = r - 2.
    formula: (r) =>
      `=IF(${r - 2}>=${MONTHS_SHOWN}*${at('coachCount')},"",${monthStartFormula(asOf, r - 2, at('coachCount'))})`,
  },
  {
    key: 'coach',
    header: 'Coach ID',
    width: 11,
    formula: (r) =>
      `=IF(${c('month', r)}="","",INDEX(${wholeColumn(COACHES, COACHES_COLUMNS, 'id')},2+MOD(${r - 2},${at('coachCount')}))&"")`,
  },
  {
    key: 'name',
    header: 'Coach',
    width: 20,
    formula: (r) =>
      forRow(r, `INDEX(${wholeColumn(COACHES, COACHES_COLUMNS, 'name')},2+MOD(${r - 2},${at('coachCount')}))&""`),
  },
  {
    key: 'sessions',
    header: 'Sessions',
    width: 10,
    numberFormat: '0',
    note: 'Sessions that took place: did-not-attend and cancelled ones are left out; NHS or not.',
    formula: (r) => forRow(r, sessionsFormula(log(), month(r))),
  },
  {
    key: 'nhsHours',
    header: 'NHS coaching hours',
    width: 11,
    numberFormat: '0.00',
    note: 'Hours of the sessions that count towards the tier: attended, NHS (a blank counts as NHS).',
    formula: (r) => forRow(r, nhsHoursFormula(log(), month(r))),
  },
  {
    key: 'clients',
    header: 'Clients seen',
    width: 10,
    numberFormat: '0',
    note: 'Different client references among the sessions that took place, in any case (stray spaces make another reference).',
    formula: (r) => forRow(r, distinctClientsFormula(log(), month(r))),
  },
  {
    key: 'newReferrals',
    header: 'New referrals',
    width: 10,
    numberFormat: '0',
    note: 'Clients on the Caseload whose referral date is in the month.',
    formula: (r) =>
      forRow(
        r,
        `COUNTIFS(${wholeColumn(CASELOAD, CASELOAD_COLUMNS, 'coach')},${c('coach', r)},${inMonthCriteria(wholeColumn(CASELOAD, CASELOAD_COLUMNS, 'referralDate'), month(r))})`,
      ),
  },
  {
    key: 'didNotAttend',
    header: 'Did not attend',
    width: 10,
    numberFormat: '0',
    formula: (r) => forRow(r, didNotAttendFormula(log(), month(r))),
  },
  {
    key: 'didNotAttendRate',
    header: 'Did-not-attend rate',
    width: 11,
    numberFormat: '0%',
    note: 'Did-not-attend sessions out of those that took place or were not attended (cancelled ones left out); blank when there were none.',
    formula: (r) => forRow(r, didNotAttendRateFormula(c('sessions', r), c('didNotAttend', r))),
  },
  ...supervisionReceivedColumns(row),
  {
    key: 'coachCount',
    header: 'Coaches counted',
    width: 10,
    note: 'Worked out once: the coach IDs on the Coaches sheet (list them without blank rows between; the sheet has rows for up to 50 coaches).',
    formula: () => `=MAX(0,COUNTA(${wholeColumn(COACHES, COACHES_COLUMNS, 'id')})-1)`,
  },
  {
    key: 'logRows',
    header: 'Hours log rows read',
    width: 10,
    note: 'Worked out once: the Hours log is read down to its last dated row, however long it grows.',
    formula: () => lastDatedRowFormula(hours('date')),
  },
  SUPERVISION_ROWS_READ,
  {
    key: 'coachesShown',
    header: 'Every coach shown',
    // Yes or No under a wrapped header.
    width: 12,
    note: `Worked out once: Yes when the sheet has twelve rows for every coach counted. It has rows for ${COACH_ROWS} coaches; with more, copy the last row's formulas down (twelve rows a coach) until this says Yes. The workbook check warns too.`,
    // The month column holds a date on every row up to twelve a coach, so its count is the rows shown.
    formula: () =>
      `=IF(COUNT(${ownColumn(MONTHLY_SUMMARY_COLUMNS, 'month')})>=${MONTHS_SHOWN}*${at('coachCount')},"Yes","No: rows for "&INT(COUNT(${ownColumn(MONTHLY_SUMMARY_COLUMNS, 'month')})/${MONTHS_SHOWN})&" of "&${at('coachCount')}&" coaches")`,
  },
];

/**
 * The Monthly summary sheet: a row for each month and coach; the two worked-out cells on the
 * right are held in row 2 only.
 *
 * @example
 * monthlySummarySheet().rows.length; // 600
 */
export function monthlySummarySheet(): SheetSpec {
  const spec = buildSheet({
    name: MONTHLY_SUMMARY,
    columns: MONTHLY_SUMMARY_COLUMNS,
    formulaRows: MONTHS_SHOWN * COACH_ROWS,
  });
  const once = new Set(
    ['coachCount', 'logRows', 'supervisionRows', 'coachesShown'].map((k) =>
      MONTHLY_SUMMARY_COLUMNS.findIndex((col) => col.key === k),
    ),
  );
  return { ...spec, rows: spec.rows.map((row, i) => (i === 0 ? row : row.map((v, j) => (once.has(j) ? null : v)))) };
}
