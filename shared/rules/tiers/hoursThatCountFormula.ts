/**
 * Native formulas that mirror hoursThatCount.ts beside them, for the template sheets: the
 * criteria of SUMIFS / COUNTIFS / MAXIFS that keep exactly the rows the rule counts. Criteria
 * such as "<>No" match blank cells too, in Excel, Google Sheets and LibreOffice, and a date
 * criterion "<="&asOf never matches a blank date: so a blank attendance or NHS cell counts and
 * an undated row does not, as the rule says. Formula text without the leading "=".
 */
import { NOT_ATTENDED, NOT_NHS } from './hoursThatCount';

/**
 * Criteria pairs keeping the sessions attendanceCounts accepts, for a COUNTIFS-style list.
 *
 * @example
 * attendedCriteria("'Hours log'!$G:$G");
 * // `'Hours log'!$G:$G,"<>Did not attend",'Hours log'!$G:$G,"<>Cancelled"`
 */
export function attendedCriteria(attendance: string): string {
  return NOT_ATTENDED.map((word) => `${attendance},"<>${word}"`).join(',');
}

/** The ranges (whole columns, or blocks of one height) and cells a coach's hours read. */
export interface CountedHoursCells {
  hours: string;
  coach: string;
  date: string;
  attendance: string;
  nhs: string;
  /** The coach's ID, the as-of date: cells or expressions. */
  coachId: string;
  asOf: string;
}

/**
 * A coach's hours on the log that count (hoursLogRowCounts), summed.
 *
 * @example
 * countedHoursFormula({ hours: '$E:$E', coach: '$B:$B', date: '$A:$A', attendance: '$G:$G', nhs: '$H:$H', coachId: 'A2', asOf: 'Settings!$C$4' });
 * // 'SUMIFS($E:$E,$B:$B,A2,$A:$A,"<="&Settings!$C$4,$G:$G,"<>Did not attend",$G:$G,"<>Cancelled",$H:$H,"<>No")'
 */
export function countedHoursFormula(c: CountedHoursCells): string {
  return `SUMIFS(${c.hours},${c.coach},${c.coachId},${c.date},"<="&${c.asOf},${attendedCriteria(c.attendance)},${c.nhs},"<>${NOT_NHS}")`;
}
