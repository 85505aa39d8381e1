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
