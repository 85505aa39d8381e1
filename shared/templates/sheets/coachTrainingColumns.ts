/**
 * The Coaches sheet's training formulas: PCI training, induction and mandatory training worked
 * out from the Training sheet, and whether the coach is ready to take referrals (docs/rules.md
 * §4). The columns themselves (headers, formats, notes) are the field registry's.
 */
import {
  checklistCompleteFormula,
  pciCompleteFormula,
  readyForReferralsFormula,
} from '../../rules/readiness/readinessFormula';
import type { ColumnAdditions } from '../fieldColumns';
import { SETTINGS_CELLS } from './settingsSheet';
import { wholeColumn } from '../formulas/cellReferences';
import { CHECKLISTS, TRAINING, TRAINING_COLUMNS } from './trainingSheet';

const training = (key: string) => wholeColumn(TRAINING, TRAINING_COLUMNS, key);
const columns = {
  coachColumn: training('coach'),
  checklistColumn: training('checklist'),
  itemColumn: training('item'),
  completedColumn: training('completedOn'),
  statusColumn: training('status'),
  requiredColumn: training('required'),
};

/**
 * The formulas of the four training columns, given how the Coaches sheet names its own cells.
 *
 * @example
 * Object.keys(coachTrainingColumns((key, r) => cell(COACHES_COLUMNS, key, r), forCoach));
 * // ['pci', 'induction', 'mandatory', 'ready']
 */
export function coachTrainingColumns(
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): ColumnAdditions<'coaches'> {
  const checklist = (r: number, name: string) => ({ ...columns, coach: c('id', r), checklist: `"${name}"` });
  return {
    pci: { formula: (r) => forCoach(r, pciCompleteFormula(checklist(r, CHECKLISTS.pci))) },
    induction: { formula: (r) => forCoach(r, checklistCompleteFormula(checklist(r, CHECKLISTS.induction))) },
    mandatory: { formula: (r) => forCoach(r, checklistCompleteFormula(checklist(r, CHECKLISTS.mandatory))) },
    ready: {
      formula: (r) =>
        forCoach(
          r,
          readyForReferralsFormula({
            pciTraining: c('pci', r),
            induction: c('induction', r),
            mandatoryTraining: c('mandatory', r),
            asOf: SETTINGS_CELLS.asOf,
          }),
        ),
    },
  };
}
