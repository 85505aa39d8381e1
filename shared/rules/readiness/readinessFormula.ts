/**
 * Native formulas that mirror readiness.ts beside them, for the template sheets: when a
 * checklist line counts as done, which lines are outstanding, and whether a coach may take
 * referrals. Formula text without the leading "="; arguments are expressions.
 */
import { completedFormula } from './completedFormula';
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

/** Whole-column references to the Training sheet, and the coach and checklist to look at. */
export interface ChecklistCells {
  coachColumn: string;
  checklistColumn: string;
  itemColumn: string;
  completedColumn: string;
  statusColumn: string;
  /**
   * The Required column: given, a required line whose status is Expired counts as outstanding
   * (docs/rules.md §7: mandatory training in date as well as done).
   */
  requiredColumn?: string;
  coach: string;
  checklist: string;
}

/**
 * When a coach's checklist is complete (no required line outstanding, and lines for
 * safeguarding and confidentiality present, as missingTraining demands): the latest completion
 * date of its done lines, or "Yes" when they hold words rather than dates. Blank while
 * incomplete.
 *
 * @example
 * checklistCompleteFormula({ ...trainingColumns, coach: 'A2', checklist: '"Induction"' });
 */
export function checklistCompleteFormula(c: ChecklistCells): string {
  const mine = `${c.coachColumn},${c.coach},${c.checklistColumn},${c.checklist}`;
  const expired = (criteria: string) => `COUNTIFS(${mine},${c.statusColumn},"Expired",${criteria})>0`;
  const lapsed = c.requiredColumn
    ? [expired(`${c.requiredColumn},"Yes"`), ...ALWAYS_REQUIRED_WORDS.map((w) => expired(`${c.itemColumn},"*${w}*"`))]
    : [];
  // A line with no status is one the Training sheet's formulas do not reach (typed below its
  // last formula row): not known to be done, so the checklist is not complete until they do.
  const unworked = `COUNTIFS(${mine},${c.itemColumn},"<>",${c.statusColumn},"")>0`;
  const outstanding = [`COUNTIFS(${mine},${c.statusColumn},"Outstanding")>0`, unworked, ...lapsed].join(',');
  const absent = ALWAYS_REQUIRED_WORDS.map((w) => `COUNTIFS(${mine},${c.itemColumn},"*${w}*")=0`);
  const latest = `MAXIFS(${c.completedColumn},${mine},${c.statusColumn},"Done")`;
  return `IF(OR(${outstanding},${absent.join(',')}),"",IF(${latest}>0,${latest},"Yes"))`;
}

/**
 * When PCI training is done: its completion date, or "Yes" for a text answer; else blank.
 *
 * @example
 * pciCompleteFormula({ ...trainingColumns, coach: 'A2', checklist: '"PCI training"' });
 */
export function pciCompleteFormula(c: ChecklistCells): string {
  const mine = `${c.coachColumn},${c.coach},${c.checklistColumn},${c.checklist}`;
  const latest = `MAXIFS(${c.completedColumn},${mine},${c.statusColumn},"Done")`;
  return `IF(COUNTIFS(${mine},${c.statusColumn},"Done")=0,"",IF(${latest}>0,${latest},"Yes"))`;
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
