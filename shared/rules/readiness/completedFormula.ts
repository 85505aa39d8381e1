/**
 * A native formula that mirrors completed.ts beside it: TRUE when a completion cell counts as
 * done on the as-of date. Formula text without the leading "="; arguments are expressions.
 */
import { COMPLETED_WORDS } from './completed';
import { textDateArrayFormula, textDateFormula, tidyTextFormula, trueWithoutErrors } from './textDateFormula';
import {
  lapsedArrayFormula,
  type RefresherCells,
  settingsMonthsArrayFormula,
} from '../development/refresherPeriodFormula';

/**
 * TRUE when `cell` holds a date on or before `asOf`, TRUE, or one of the completed words (any
 * case, spaces trimmed). A date is a number of 1 or more: LibreOffice keeps FALSE as 0 and
 * ISNUMBER(FALSE) is TRUE there, so 0 must not pass as a date. A date typed as text
 * ("05/01/2026", "2026-01-05") is read as the check reads it (textDateFormula.ts). Other text is
 * compared whole after TRIM and LOWER, so "booked" and "tbc" are not done.
 *
 * @example
 * completedFormula('F2', 'Settings!$C$4');
 * // 'OR(AND(ISNUMBER(F2),N(F2)>=1,N(F2)<=Settings!$C$4),F2=TRUE,LOWER(TRIM(F2&""))="yes",…)'
 */
export function completedFormula(cell: string, asOf: string): string {
  const text = `LOWER(${tidyTextFormula(cell)})`;
  const words = COMPLETED_WORDS.map((w) => `${text}="${w}"`).join(',');
  const typedAsText = `IFERROR(${textDateFormula(cell)}<=${asOf},FALSE)`;
  return `OR(AND(ISNUMBER(${cell}),N(${cell})>=1,N(${cell})<=${asOf}),${cell}=TRUE,${words},${typedAsText})`;
}

/*
 * Array forms for totals that read a training log's typed columns down to its last row inside
 * SUMPRODUCT (docs/rules.md §9): for every line, 1 or 0, with no IF, IFERROR, AND or OR.
 */

/** A training log's typed columns, as ranges of the same rows. */
export interface TrainingLogRanges {
  coach: string;
  checklist: string;
  item: string;
  required: string;
  completedOn: string;
  refresherMonths: string;
  /** The log's Expires column: a date there (worked out, or typed over) is the line's expiry. */
  expires: string;
}

/** One checklist's lines: the log, the as-of date, and for mandatory training the Settings periods. */
export interface LineCells {
  log: TrainingLogRanges;
  asOf: string;
  /** Given for mandatory training, whose lines lapse after the Settings period for their kind. */
  refresher?: RefresherCells;
}

/**
 * 1 for each line done on the as-of date and still in date: its completion cell counts as done
 * (completed.ts: a date on or before it, as a date or typed as text, TRUE, or one of the
 * completed words) and it has not lapsed (docs/rules.md §7: the date in the Expires column when
 * there is one, as the check reads it; else the completion date plus the line's refresher
 * months, typed on the line or, for mandatory training, the Settings period for its kind).
 * A date typed as text on a line that can lapse and has no Expires date is not known to be in
 * date, so it does not count (rows below the Training sheet's formulas; the check warns).
 *
 * @example
 * inDateArrayFormula({ log, asOf: 'Settings!$C$4' });
 */
export function inDateArrayFormula(c: LineCells): string {
  const { completedOn: done, expires, refresherMonths: typed } = c.log;
  const asOf = c.asOf;
  const wordList = `"|${COMPLETED_WORDS.join('|')}|"`;
  const word = `(((${done}=TRUE)+ISNUMBER(FIND("|"&LOWER(${tidyTextFormula(done)})&"|",${wordList}))*ISERROR(FIND("|",${done}&"")))>0)`;
  const dated = `ISNUMBER(${done})*(${done}>=1)*(${done}<=${asOf})`;
  const typedAsText = trueWithoutErrors(`${textDateArrayFormula(done)}<=${asOf}`);
  const typedOk = wholeMonthsArrayFormula(typed);
  const typedMonths = numberWhereFormula(typed, typedOk);
  const months = c.refresher
    ? // A typed period is a whole number from 1, so 0 means none was typed.
      `(${typedMonths}+(${typedMonths}=0)*${settingsMonthsArrayFormula(c.log.item, c.refresher)})`
    : typedMonths;
  const canLapse = c.refresher ? '1' : typedOk;
  const hasExpiry = `ISNUMBER(${expires})`;
  const lapsedByExpiry = `${hasExpiry}*(${asOf}>${expires})`;
  const lapsedByMonths = `(1-${hasExpiry})*${canLapse === '1' ? '' : `${canLapse}*`}${lapsedArrayFormula(done, months, asOf)}`;
  const wordInDate = `${word}*(1-${lapsedByExpiry})`;
  const datedInDate = `${dated}*(1-${lapsedByExpiry}-${lapsedByMonths})`;
  const textInDate = `${typedAsText}*(${hasExpiry}*(${asOf}<=${expires})+(1-${hasExpiry})*(1-${canLapse}))`;
  return `(${wordInDate}+${datedInDate}+${textInDate}>0)`;
}

/** 1 for each element of an array expression that is a whole number from 1 (a typed refresher period). */
export function wholeMonthsArrayFormula(cells: string): string {
  return trueWithoutErrors(`ISNUMBER(${cells})*(${cells}>=1)*(${cells}=INT(${cells}))`);
}

/**
 * For each element, its value where `use` is 1 and 0 elsewhere, even where the value is text:
 * the value goes through as text and back (the only choice every host makes element by element).
 *
 * @example
 * numberWhereFormula('H2:H9', '(H2:H9>0)'); // '--(0&REPT(H2:H9&"",(H2:H9>0)))'
 */
export function numberWhereFormula(cells: string, use: string): string {
  return `--(0&REPT(${cells}&"",${use}))`;
}
