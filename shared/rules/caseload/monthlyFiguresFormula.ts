/**
 * Native formulas for one coach's figures in one calendar month, as the Monthly summary sheet
 * shows them and the workbook check works them out (shared/check/monthlySummary.ts; docs/rules.md
 * §8): sessions, NHS coaching hours, distinct clients, did-not-attend sessions and supervision
 * received by type and format. Every count reads whole columns of typed values, or the part of a
 * column down to the log's last dated row, so a log of any length counts in full, in Excel,
 * Google Sheets and LibreOffice alike. Formula text without the leading "=".
 */
import { MONTHS_SHOWN } from './monthlyFigures';
import { NOT_ATTENDED, NOT_NHS } from '../tiers/hoursThatCount';
import { attendedCriteria } from '../tiers/hoursThatCountFormula';
import { GROUP_WORD } from '../supervision/supervisionFormat';
import { SUPERVISION_NAMES, type SupervisionType } from '../supervision/supervisionType';

/** The month a row shows: its first day, the coach's ID and the as-of date (cells or expressions). */
export interface MonthCells {
  monthStart: string;
  coachId: string;
  asOf: string;
}

/**
 * The first day of the month a summary row shows: month `INT(slot / perMonth)` of the
 * MONTHS_SHOWN months up to the as-of month, oldest first (DATE takes a month below 1 or above
 * 12 into the year before or after, in every host).
 *
 * @example
 * monthStartFormula('Settings!$C$4', 5, '$X$2'); // 'DATE(YEAR(Settings!$C$4),MONTH(Settings!$C$4)-11+INT(5/$X$2),1)'
 */
export function monthStartFormula(asOf: string, slot: number, perMonth: string): string {
  return `DATE(YEAR(${asOf}),MONTH(${asOf})-${MONTHS_SHOWN - 1}+INT(${slot}/${perMonth}),1)`;
}

/**
 * The did-not-attend rate (didNotAttendRate): blank when nothing was booked.
 *
 * @example
 * didNotAttendRateFormula('D2', 'H2'); // 'IF(D2+H2=0,"",H2/(D2+H2))'
 */
export function didNotAttendRateFormula(attended: string, didNotAttend: string): string {
  return `IF(${attended}+${didNotAttend}=0,"",${didNotAttend}/(${attended}+${didNotAttend}))`;
}

/**
 * The criteria pairs that keep rows dated in the month and on or before the as-of date.
 *
 * @example
 * inMonthCriteria('A:A', m); // 'A:A,">="&A2,A:A,"<"&EDATE(A2,1),A:A,"<="&Settings!$C$4'
 */
export function inMonthCriteria(date: string, m: MonthCells): string {
  return `${date},">="&${m.monthStart},${date},"<"&EDATE(${m.monthStart},1),${date},"<="&${m.asOf}`;
}

/** Whole columns of the Hours log (`used` gives a column down to the last dated row). */
export interface HoursLogColumns {
  date: string;
  coach: string;
  client: string;
  minutes: string;
  attendance: string;
  nhs: string;
  used: (key: 'date' | 'coach' | 'client' | 'attendance') => string;
}

/**
 * Sessions that took place: dated in the month, attended (blank = attended), any NHS answer.
 *
 * @example
 * sessionsFormula(log, m); // 'COUNTIFS(B:B,B2,A:A,">="&A2,…,G:G,"<>Did not attend",G:G,"<>Cancelled")'
 */
export function sessionsFormula(log: HoursLogColumns, m: MonthCells): string {
  return `COUNTIFS(${log.coach},${m.coachId},${inMonthCriteria(log.date, m)},${attendedCriteria(log.attendance)})`;
}

/**
 * NHS coaching hours: the minutes of the sessions that count towards the tier (hoursThatCount),
 * over 60, to two places as the check rounds them.
 *
 * @example
 * nhsHoursFormula(log, m); // 'ROUND(SUMIFS(D:D,B:B,B2,…,H:H,"<>No")/60,2)'
 */
export function nhsHoursFormula(log: HoursLogColumns, m: MonthCells): string {
  return `ROUND(SUMIFS(${log.minutes},${log.coach},${m.coachId},${inMonthCriteria(log.date, m)},${attendedCriteria(log.attendance)},${log.nhs},"<>${NOT_NHS}")/60,2)`;
}

/**
 * Sessions the client did not attend (cancelled ones are neither attended nor this).
 *
 * @example
 * didNotAttendFormula(log, m); // 'COUNTIFS(B:B,B2,…,G:G,"Did not attend")'
 */
export function didNotAttendFormula(log: HoursLogColumns, m: MonthCells): string {
  return `COUNTIFS(${log.coach},${m.coachId},${inMonthCriteria(log.date, m)},${log.attendance},"${NOT_ATTENDED[0]}")`;
}

/**
 * Distinct client references among the month's attended sessions, in any case. Decision
 * (docs/rules.md §8): no helper column, since one filled to a fixed row stops counting where a
 * long log outgrows it. Over the log down to its last dated row, each session of the month is
 * given the position of its client reference's first row (MATCH), and FREQUENCY counts the
 * positions that occur: a native distinct count every host has. It reads only down to the last
 * dated row, since array arithmetic over a whole column would run to the sheet's last row.
 *
 * @example
 * distinctClientsFormula(log, m); // 'SUMPRODUCT(--(FREQUENCY(…,ROW(…)-1)>0))-(SUMPRODUCT(…)<ROWS(…))'
 */
export function distinctClientsFormula(log: HoursLogColumns, m: MonthCells): string {
  const [date, coach, client, attendance] = [
    log.used('date'),
    log.used('coach'),
    log.used('client'),
    log.used('attendance'),
  ];
  const attended = NOT_ATTENDED.map((word) => `(${attendance}<>"${word}")`).join('*');
  const inMonth = `(${date}>=${m.monthStart})*(${date}<EDATE(${m.monthStart},1))*(${date}<=${m.asOf})`;
  const kept = `(${coach}=${m.coachId})*${inMonth}*${attended}*(${client}<>"")`;
  // A kept session goes to the first position of its client among kept sessions, any other
  // row to the overflow bin. Other rows' references are blanked (REPT …, 0) so each MATCH stops
  // at the first kept session of its client or the first other row: the work grows with the
  // month's sessions times the log's length, not with the log's length squared.
  const key = `REPT(${client}&"",${kept})`;
  const position = `MATCH(${key},${key},0)`;
  const frequencies = `FREQUENCY(${kept}*${position}+(1-${kept})*1E+9,ROW(${client})-1)`;
  return `SUMPRODUCT(--(${frequencies}>0))-(SUMPRODUCT(${kept})<ROWS(${client}))`;
}

/** Whole columns of the Supervision log. */
export interface SupervisionColumns {
  date: string;
  coach: string;
  type: string;
  format: string;
}

/**
 * Supervision sessions of one type received in the month, individual or group: the type by any
 * of its accepted names (whole, any case), group when the format says so, and for health
 * coaching also a type such as "Group health coaching", as the check reads them.
 *
 * @example
 * supervisionReceivedFormula('line', 'individual', log, m); // 'COUNTIFS(B:B,B2,C:C,"line",E:E,"<>*group*",…)+…'
 */
export function supervisionReceivedFormula(
  type: SupervisionType,
  format: 'individual' | 'group',
  log: SupervisionColumns,
  m: MonthCells,
): string {
  const formatCriterion = format === 'group' ? `"*${GROUP_WORD}*"` : `"<>*${GROUP_WORD}*"`;
  const sets = SUPERVISION_NAMES[type].map((name) => `${log.type},"${name}",${log.format},${formatCriterion}`);
  if (type === 'coaching' && format === 'group') sets.push(`${log.type},"*${GROUP_WORD}*coach*"`);
  return sets.map((k) => `COUNTIFS(${log.coach},${m.coachId},${k},${inMonthCriteria(log.date, m)})`).join('+');
}
