/**
 * The Coaches sheet's training columns: PCI training, induction and mandatory training worked
 * out from the Training sheet, and whether the coach is ready to take referrals (RULES.md §4).
 */
import { checklistCompleteFormula, pciCompleteFormula, readyForReferralsFormula } from '../rules/readinessFormula';
import { SETTINGS_CELLS } from './settingsSheet';
import { type TemplateColumn } from './sheetLayout';
import { wholeColumn } from './formulas/cellReferences';
import { CHECKLISTS, TRAINING, TRAINING_COLUMNS } from './trainingSheet';

const DATE = 'dd mmm yyyy';
const training = (key: string) => wholeColumn(TRAINING, TRAINING_COLUMNS, key);
const columns = {
  coachColumn: training('coach'),
  checklistColumn: training('checklist'),
  itemColumn: training('item'),
  completedColumn: training('completedOn'),
  statusColumn: training('status'),
};

/**
 * The four training columns, given how the Coaches sheet names its own cells.
 *
 * @example
 * coachTrainingColumns((key, r) => cell(COACHES_COLUMNS, key, r), forCoach).map((c) => c.key);
 * // ['pci', 'induction', 'mandatory', 'ready']
 */
export function coachTrainingColumns(
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): TemplateColumn[] {
  const checklist = (r: number, name: string) => ({ ...columns, coach: c('id', r), checklist: `"${name}"` });
  return [
    {
      key: 'pci',
      header: 'PCI training completed',
      width: 13,
      numberFormat: DATE,
      note: 'Worked out from the Training sheet: the date PCI-accredited four-day training was completed.',
      formula: (r) => forCoach(r, pciCompleteFormula(checklist(r, CHECKLISTS.pci))),
    },
    {
      key: 'induction',
      header: 'Induction completed',
      width: 13,
      numberFormat: DATE,
      note: 'Worked out from the Training sheet: when every required induction item was done.',
      formula: (r) => forCoach(r, checklistCompleteFormula(checklist(r, CHECKLISTS.induction))),
    },
    {
      key: 'mandatory',
      header: 'Mandatory training complete',
      width: 13,
      numberFormat: DATE,
      note: 'Worked out from the Training sheet: when every required mandatory item, including safeguarding and confidentiality, was done.',
      formula: (r) => forCoach(r, checklistCompleteFormula(checklist(r, CHECKLISTS.mandatory))),
    },
    {
      key: 'ready',
      header: 'Ready for referrals',
      width: 10,
      note: 'Worked out: Yes once PCI training, induction and mandatory training are all complete.',
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
  ];
}
