/**
 * Native formulas that mirror readiness.ts beside them, for the template sheets: when a
 * checklist line counts as done, which lines are outstanding, and whether a coach may take
 * referrals. Formula text without the leading "="; arguments are expressions.
 */
import { completedFormula, inDateArrayFormula, type LineCells, type TrainingLogRanges } from './completedFormula';
import { ALWAYS_REQUIRED } from './readiness';

/** Words that make a line always required (docs/rules.md §4), whatever its Required column says. */
const ALWAYS_REQUIRED_WORDS = ALWAYS_REQUIRED.map((a) => a.word);

/** The cells a checklist line's status reads. */
export interface TrainingLineCells {
  item: string;
  /** "Yes" when the employer requires the line. */
  required: string;
  completedOn: string;
  /** The as-of date: a completion date after it is planned, not done. */
  asOf: string;
}

/**
 * A checklist line's status: Done, Outstanding (required and not done) or Not required.
 *
 * @example
 * trainingStatusFormula({ item: 'D2', required: 'E2', completedOn: 'F2', asOf: 'Settings!$C$4' });
 */
export function trainingStatusFormula(c: TrainingLineCells): string {
  const always = ALWAYS_REQUIRED_WORDS.map((w) => `ISNUMBER(SEARCH("${w}",${c.item}))`).join(',');
  return `IF(${completedFormula(c.completedOn, c.asOf)},"Done",IF(OR(${c.required}="Yes",${always}),"Outstanding","Not required"))`;
}

/**
 * "Yes" when PCI training, the setting induction and mandatory training are all completed on
 * the as-of date, by the one rule of completed.ts.
 *
 * @example
 * readyForReferralsFormula({ pciTraining: 'K2', induction: 'L2', mandatoryTraining: 'M2', asOf: 'Settings!$C$4' });
 */
export function readyForReferralsFormula(c: {
  pciTraining: string;
  induction: string;
  mandatoryTraining: string;
  asOf: string;
}): string {
  const all = [c.pciTraining, c.induction, c.mandatoryTraining].map((cell) => completedFormula(cell, c.asOf)).join(',');
  return `IF(AND(${all}),"Yes","No")`;
}

/*
 * The Coaches sheet's checklist totals, reading every line of the Training sheet however far down
 * (docs/rules.md §9), with the array forms of completedFormula.ts.
 */

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
