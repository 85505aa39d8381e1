/**
 * The Coaches sheet's training formulas: PCI training, induction and mandatory training worked
 * out from the Training sheet's typed columns, every line however far down (docs/rules.md §4,
 * §9), and whether the coach is ready to take referrals. The columns themselves (headers,
 * formats, notes) are the field registry's.
 */
import {
  checklistCompleteLogFormula,
  pciCompleteLogFormula,
  readyForReferralsFormula,
  type ChecklistTotalCells,
} from '../../rules/readiness/readinessFormula';
import type { TrainingLogRanges } from '../../rules/readiness/completedFormula';
import type { ColumnAdditions } from '../fieldColumns';
import { SETTINGS_CELLS } from './settingsSheet';
import { usedRanges, wholeColumn } from '../formulas/cellReferences';
import { CHECKLISTS, TRAINING, TRAINING_COLUMNS } from './trainingSheet';

const whole = (key: string) => wholeColumn(TRAINING, TRAINING_COLUMNS, key);
const LOG_KEYS = ['coach', 'checklist', 'item', 'required', 'completedOn', 'refresherMonths', 'expires'] as const;
// Built when a formula is written: the Training columns are defined after this module loads.
const log = (): TrainingLogRanges => usedRanges(TRAINING, TRAINING_COLUMNS, LOG_KEYS, SETTINGS_CELLS.logRows.training);
const columns = () => ({
  coach: whole('coach'),
  checklist: whole('checklist'),
  item: whole('item'),
  completedOn: whole('completedOn'),
});
const dev = SETTINGS_CELLS.development;

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
  const checklist = (r: number, name: string, lapsing = false): ChecklistTotalCells => ({
    log: log(),
    columns: columns(),
    asOf: SETTINGS_CELLS.asOf,
    coachId: c('id', r),
    checklist: `"${name}"`,
    // Only mandatory training lapses after the Settings periods (docs/rules.md §7).
    refresher: lapsing
      ? {
          governance: dev.governanceRefresherMonths,
          firstAid: dev.firstAidRefresherMonths,
          other: dev.otherRefresherMonths,
        }
      : undefined,
  });
  return {
    pci: { formula: (r) => forCoach(r, pciCompleteLogFormula(checklist(r, CHECKLISTS.pci))) },
    induction: { formula: (r) => forCoach(r, checklistCompleteLogFormula(checklist(r, CHECKLISTS.induction))) },
    mandatory: {
      formula: (r) => forCoach(r, checklistCompleteLogFormula(checklist(r, CHECKLISTS.mandatory, true))),
    },
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
