/**
 * Template workbooks: the template sheets as data (one file per sheet; each formula that
 * mirrors a rule is built next to that rule in shared/rules, e.g. rules/tiers/tierFormula.ts), "Create template sheets", the demonstration
 * team, and new hire. Everything reaches the workbook through the WorkbookPort only.
 */
import { CASELOAD } from './sheets/caseloadSheet';
import { COACHES } from './sheets/coachesSheet';
import { COMPETENCIES } from './sheets/competencyEntries';
import { CPD_LOG } from './sheets/cpdLogSheet';
import { EVIDENCE_LOG } from './sheets/evidenceLogSheet';
import { HOURS_LOG } from './sheets/hoursLogSheet';
import { SETTINGS } from './sheets/settingsSheet';
import { SUPERVISION_LOG } from './sheets/supervisionLogSheet';
import { TRAINING } from './sheets/trainingSheet';
import { MONTHLY_SUMMARY } from './sheets/monthlySummarySheet';

/**
 * The template's sheets as the pane lists them (the check finds them by these names). They are
 * created in dependency order (CREATION_ORDER), each after the sheets its formulas read.
 *
 * @example
 * TEMPLATE_SHEET_NAMES[0]; // 'Coaches'
 */
export const TEMPLATE_SHEET_NAMES: readonly string[] = [
  COACHES,
  MONTHLY_SUMMARY,
  HOURS_LOG,
  CASELOAD,
  SUPERVISION_LOG,
  EVIDENCE_LOG,
  COMPETENCIES,
  TRAINING,
  CPD_LOG,
  SETTINGS,
];

export { createTemplates, planTemplates, TEMPLATE_MESSAGES, withDependencies } from './createTemplates';
export { addTemplateSheets, type TemplatePlan } from './templateSteps';
export { addNewHire, NewHireError } from './newHire';
export { validateNewHire, NEW_HIRE_MESSAGES, type NewHireValidation } from './validateNewHire';
export { CREATION_ORDER, SHEET_DEPENDENCIES, SHEET_ORDER, templateSheet } from './templateSheets';
export { competenciesSheet } from './sheets/competenciesSheet';
export { COACHES, COACHES_COLUMNS, COACH_INPUT_COLUMNS } from './sheets/coachesSheet';
export { HOURS_LOG, HOURS_LOG_COLUMNS } from './sheets/hoursLogSheet';
export { CASELOAD, CASELOAD_COLUMNS } from './sheets/caseloadSheet';
export { SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS } from './sheets/supervisionLogSheet';
export { EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS } from './sheets/evidenceLogSheet';
export { COMPETENCIES, COMPETENCY_ENTRY_COLUMNS } from './sheets/competencyEntries';
export { COMPETENCIES_COLUMNS } from './sheets/competenciesSheet';
export { TRAINING, TRAINING_COLUMNS, checklistRows } from './sheets/trainingSheet';
export { SETTINGS, SETTINGS_CELLS, SETTINGS_COLUMNS } from './sheets/settingsSheet';
export { MONTHLY_SUMMARY, MONTHLY_SUMMARY_COLUMNS, monthlySummarySheet } from './sheets/monthlySummarySheet';
export { sampleTeam } from './sample/sampleTeam';
