/**
 * Template workbooks: the template sheets as data (one file per sheet; each formula that
 * mirrors a rule is built next to that rule in shared/rules, e.g. rules/tiers/tierFormula.ts), "Create template sheets", the demonstration
 * team, and new hire. Everything reaches the workbook through the WorkbookPort only.
 */
import { CASELOAD } from './caseloadSheet';
import { COACHES } from './coachesSheet';
import { COMPETENCIES } from './competencyEntries';
import { CPD_LOG } from './cpdLogSheet';
import { EVIDENCE_LOG } from './evidenceLogSheet';
import { HOURS_LOG } from './hoursLogSheet';
import { SETTINGS } from './settingsSheet';
import { SUPERVISION_LOG } from './supervisionLogSheet';
import { TRAINING } from './trainingSheet';

/**
 * The template's sheets as the pane lists them (the check finds them by these names). They are
 * created in dependency order (CREATION_ORDER), each after the sheets its formulas read.
 *
 * @example
 * TEMPLATE_SHEET_NAMES[0]; // 'Coaches'
 */
export const TEMPLATE_SHEET_NAMES: readonly string[] = [
  COACHES,
  HOURS_LOG,
  CASELOAD,
  SUPERVISION_LOG,
  EVIDENCE_LOG,
  COMPETENCIES,
  TRAINING,
  CPD_LOG,
  SETTINGS,
];

export { createTemplates, TEMPLATE_MESSAGES, withDependencies } from './createTemplates';
export { addNewHire, NewHireError } from './newHire';
export { validateNewHire, NEW_HIRE_MESSAGES, type NewHireValidation } from './validateNewHire';
export { CREATION_ORDER, SHEET_DEPENDENCIES, SHEET_ORDER, templateSheet } from './templateSheets';
export { competenciesSheet } from './competenciesSheet';
export { COACHES, COACHES_COLUMNS, COACH_INPUT_COLUMNS } from './coachesSheet';
export { HOURS_LOG, HOURS_LOG_COLUMNS } from './hoursLogSheet';
export { CASELOAD, CASELOAD_COLUMNS } from './caseloadSheet';
export { SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS } from './supervisionLogSheet';
export { EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS } from './evidenceLogSheet';
export { COMPETENCIES, COMPETENCY_ENTRY_COLUMNS } from './competencyEntries';
export { COMPETENCIES_COLUMNS } from './competenciesSheet';
export { TRAINING, TRAINING_COLUMNS, checklistRows } from './trainingSheet';
export { SETTINGS, SETTINGS_CELLS, SETTINGS_COLUMNS } from './settingsSheet';
export { sampleTeam } from './sample/sampleTeam';
