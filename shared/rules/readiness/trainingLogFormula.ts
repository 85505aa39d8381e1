/**
 * Array forms of the per-line rules (completed.ts, readiness.ts, and the renewal rules of
 * development/), for totals that read a training log's typed columns down to its last row
 * inside SUMPRODUCT, however long the log grows (docs/rules.md §9). Each gives, for every line,
 * 1 or 0. No IF, IFERROR, AND, OR or MIN (see textDateArrayFormula.ts for why).
 * Formula text without the leading "="; arguments are ranges of equal length or expressions.
 */
import { COMPLETED_WORDS } from './completed';
import { ALWAYS_REQUIRED } from './readiness';
import { textDateArrayFormula, trueWithoutErrors } from './textDateArrayFormula';
import { tidyTextFormula } from './textDateFormula';
import { lapsedArrayFormula, type RefresherCells, settingsMonthsArrayFormula } from '../development/lapseArrayFormula';

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

/**
 * 1 for each line that must be done whatever its Required column says, or is marked required.
 *
 * @example
 * requiredArrayFormula(log); // '((E2:E9="Yes")+ISNUMBER(SEARCH("safeguarding",D2:D9))+…>0)'
 */
export function requiredArrayFormula(log: Pick<TrainingLogRanges, 'required' | 'item'>): string {
  const always = ALWAYS_REQUIRED.map((a) => `ISNUMBER(SEARCH("${a.word}",${log.item}))`).join('+');
  return `((${log.required}="Yes")+${always}>0)`;
}

/**
 * 1 for each line of one coach's checklist (a coach and an item given).
 *
 * @example
 * checklistLinesFormula(log, 'A2', '"Induction"');
 */
export function checklistLinesFormula(log: TrainingLogRanges, coachId: string, checklist: string): string {
  return `(${log.coach}=${coachId})*(${log.checklist}=${checklist})*(${log.item}<>"")`;
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

/** Whole columns of the Training sheet, for the criteria functions that read them whole. */
export interface TrainingColumns {
  coach: string;
  checklist: string;
  item: string;
  completedOn: string;
}

/** The coach and checklist a Coaches cell totals, and where. */
export interface ChecklistTotalCells extends LineCells {
  columns: TrainingColumns;
  coachId: string;
  /** The checklist's name, quoted. */
  checklist: string;
}

/** The latest dated completion of the coach's checklist up to the as-of date, else 0. */
function latestFormula(c: ChecklistTotalCells): string {
  const w = c.columns;
  return `MAXIFS(${w.completedOn},${w.coach},${c.coachId},${w.checklist},${c.checklist},${w.item},"<>",${w.completedOn},">1",${w.completedOn},"<="&${c.asOf})`;
}

/**
 * When a coach's checklist is complete (docs/rules.md §4 and §7): no required line (marked
 * required, or safeguarding or confidentiality whatever it says) that is not done or has
 * lapsed, and lines for safeguarding and confidentiality present, as missingTraining demands.
 * The latest completion date of its dated lines, or "Yes" when they hold words; blank while
 * incomplete. Every line of the log counts, however far down.
 *
 * @example
 * checklistCompleteLogFormula({ log, columns, asOf: 'Settings!$C$4', coachId: 'A2', checklist: '"Induction"' });
 */
export function checklistCompleteLogFormula(c: ChecklistTotalCells): string {
  const lines = checklistLinesFormula(c.log, c.coachId, c.checklist);
  const outstanding = `SUMPRODUCT(${lines}*${requiredArrayFormula(c.log)}*(1-${inDateArrayFormula(c)}))>0`;
  const w = c.columns;
  const absent = ALWAYS_REQUIRED.map(
    (a) => `COUNTIFS(${w.coach},${c.coachId},${w.checklist},${c.checklist},${w.item},"*${a.word}*")=0`,
  );
  const latest = latestFormula(c);
  return `IF(OR(${outstanding},${absent.join(',')}),"",IF(${latest}>0,${latest},"Yes"))`;
}

/**
 * When PCI training is done: the latest completion date, or "Yes" for a text answer; blank
 * when no line of it is done and in date. Every line of the log counts.
 *
 * @example
 * pciCompleteLogFormula({ log, columns, asOf: 'Settings!$C$4', coachId: 'A2', checklist: '"PCI training"' });
 */
export function pciCompleteLogFormula(c: ChecklistTotalCells): string {
  const lines = checklistLinesFormula(c.log, c.coachId, c.checklist);
  const latest = latestFormula(c);
  return `IF(SUMPRODUCT(${lines}*${inDateArrayFormula(c)})=0,"",IF(${latest}>0,${latest},"Yes"))`;
}
