/**
 * Array forms of the renewal rules beside this file (refresherPeriod.ts, renewalStatus.ts), for
 * totals that read a training log's typed columns inside SUMPRODUCT (docs/rules.md §9): for
 * every line, whether its completion has lapsed on the as-of date. No IF, IFERROR, EDATE, AND
 * or OR: see rules/readiness/textDateFormula.ts for why.
 * Formula text without the leading "="; arguments are ranges of equal length or expressions.
 */
import { REFRESHER_WORDS } from './refresherPeriod';
import { trueWithoutErrors } from '../readiness/textDateFormula';

/** The refresher months in use for each kind of mandatory training (Settings cells). */
export interface RefresherCells {
  governance: string;
  firstAid: string;
  other: string;
}

/**
 * 1 for each title that holds one of the words, whole, in any case (as refresherMonths reads it).
 *
 * @example
 * mentionsAnyArrayFormula('D2:D9', ['cpr']); // '(ISNUMBER(SEARCH(" cpr "," "&D2:D9&" "))>0)'
 */
export function mentionsAnyArrayFormula(titles: string, words: readonly string[]): string {
  return `(${words.map((w) => `ISNUMBER(SEARCH(" ${w} "," "&${titles}&" "))`).join('+')}>0)`;
}

/**
 * Each mandatory line's refresher months from its title: governance, first aid or other.
 *
 * @example
 * settingsMonthsArrayFormula('D2:D9', { governance: 'G', firstAid: 'F', other: 'O' });
 */
export function settingsMonthsArrayFormula(titles: string, months: RefresherCells): string {
  const governance = mentionsAnyArrayFormula(titles, REFRESHER_WORDS.governance);
  const firstAid = mentionsAnyArrayFormula(titles, REFRESHER_WORDS.firstAid);
  // Governance first, as refresherMonths tries it first.
  return `(${months.other}+(${months.governance}-${months.other})*${governance}+(${months.firstAid}-${months.other})*${firstAid}*(1-${governance}))`;
}

/**
 * 1 for each completion date (a date serial in `completedOn`, 1 for TRUE aside) that has
 * lapsed after `months` months on the as-of date: trainingExpires(date, months) before the
 * as-of date. Worked out without EDATE, which takes no ranges in Excel: the whole months from
 * the completion to the day before the as-of date, one fewer when the day of the month is not
 * yet reached (unless that day is a month's last, where EDATE stops). 0 for text and blanks.
 *
 * @example
 * lapsedArrayFormula('F2:F9', '12', 'Settings!$C$4');
 */
export function lapsedArrayFormula(completedOn: string, months: string, asOf: string): string {
  const c = completedOn;
  const dayBefore = `(${asOf}-1)`;
  const elapsed =
    `12*(YEAR(${dayBefore})-YEAR(${c}))+MONTH(${dayBefore})-MONTH(${c})` +
    `-(DAY(${c})>DAY(${dayBefore}))*(DAY(${asOf})<>1)`;
  return trueWithoutErrors(`ISNUMBER(${c})*(1-ISLOGICAL(${c}))*(${c}>1)*(${elapsed}>=${months})`);
}
