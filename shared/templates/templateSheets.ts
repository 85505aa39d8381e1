/**
 * The template as a whole: which sheets there are, which other sheets each one's formulas
 * read (so they are created first), and the spec of each, empty or with the sample team.
 */
import type { ColumnSpec, SheetSpec } from '../workbook';
import { CASELOAD, CASELOAD_COLUMNS, caseloadSheet } from './sheets/caseloadSheet';
import { COACHES, COACHES_COLUMNS, coachesSheet } from './sheets/coachesSheet';
import { competenciesSheet, COMPETENCIES_COLUMNS } from './sheets/competenciesSheet';
import { COMPETENCIES } from './sheets/competencyEntries';
import { CPD_LOG, CPD_LOG_COLUMNS, cpdLogSheet } from './sheets/cpdLogSheet';
import { EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS, evidenceLogSheet } from './sheets/evidenceLogSheet';
import { HOURS_LOG, HOURS_LOG_COLUMNS, hoursLogSheet } from './sheets/hoursLogSheet';
import { MONTHLY_SUMMARY, MONTHLY_SUMMARY_COLUMNS, monthlySummarySheet } from './sheets/monthlySummarySheet';
import type { SampleTeam } from './sample/sampleTeam';
import { SETTINGS, SETTINGS_COLUMNS, settingsSheet } from './sheets/settingsSheet';
import { SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS, supervisionLogSheet } from './sheets/supervisionLogSheet';
import { TRAINING, TRAINING_COLUMNS, trainingSheet } from './sheets/trainingSheet';

/**
 * The sheets whose formulas each sheet reads. Competencies and the Evidence log read each
 * other: the Competencies sheet's coverage formulas are written once both exist (see
 * competenciesSheet), so CREATION_ORDER may put the Evidence log last.
 *
 * @example
 * SHEET_DEPENDENCIES['Caseload']; // ['Hours log']
 */
export const SHEET_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = {
  [SETTINGS]: [],
  [HOURS_LOG]: [],
  [SUPERVISION_LOG]: [SETTINGS],
  // A completion date after the as-of date is planned, not done, and renewals lapse: Training reads Settings.
  [TRAINING]: [SETTINGS],
  [CPD_LOG]: [],
  [CASELOAD]: [HOURS_LOG],
  [COACHES]: [SETTINGS, HOURS_LOG, SUPERVISION_LOG, TRAINING, CPD_LOG],
  [COMPETENCIES]: [SETTINGS, COACHES, EVIDENCE_LOG],
  [EVIDENCE_LOG]: [COMPETENCIES, COACHES],
  [MONTHLY_SUMMARY]: [SETTINGS, COACHES, HOURS_LOG, SUPERVISION_LOG, CASELOAD],
};

const COLUMNS: Readonly<Record<string, readonly ColumnSpec[]>> = {
  [SETTINGS]: SETTINGS_COLUMNS,
  [HOURS_LOG]: HOURS_LOG_COLUMNS,
  [SUPERVISION_LOG]: SUPERVISION_LOG_COLUMNS,
  [TRAINING]: TRAINING_COLUMNS,
  [CPD_LOG]: CPD_LOG_COLUMNS,
  [CASELOAD]: CASELOAD_COLUMNS,
  [COACHES]: COACHES_COLUMNS,
  [COMPETENCIES]: COMPETENCIES_COLUMNS,
  [EVIDENCE_LOG]: EVIDENCE_LOG_COLUMNS,
  [MONTHLY_SUMMARY]: MONTHLY_SUMMARY_COLUMNS,
};

/**
 * The columns of a template sheet, as its header row shows them.
 *
 * @example
 * templateColumns('Hours log')[0].header; // 'Date'
 */
export function templateColumns(name: string): readonly ColumnSpec[] {
  const columns = COLUMNS[name];
  if (!columns) throw new Error(`"${name}" is not one of the template sheets.`);
  return columns;
}

/**
 * The order sheets are created in: every sheet after the sheets it reads.
 *
 * @example
 * CREATION_ORDER[0]; // 'Settings'
 */
export const CREATION_ORDER: readonly string[] = [
  SETTINGS,
  HOURS_LOG,
  SUPERVISION_LOG,
  TRAINING,
  CPD_LOG,
  CASELOAD,
  COACHES,
  COMPETENCIES,
  EVIDENCE_LOG,
  MONTHLY_SUMMARY,
];

/**
 * The order a practice manager works through the sheets, and the order a workbook made from the
 * template shows them: it opens on Coaches, then the monthly figures a PCN reports, then the records kept week by week, then the
 * framework and the settings, which are set once.
 *
 * @example
 * SHEET_ORDER[0]; // 'Coaches'
 */
export const SHEET_ORDER: readonly string[] = [
  COACHES,
  MONTHLY_SUMMARY,
  TRAINING,
  HOURS_LOG,
  SUPERVISION_LOG,
  CPD_LOG,
  CASELOAD,
  EVIDENCE_LOG,
  COMPETENCIES,
  SETTINGS,
];

/**
 * The spec of one template sheet, with the sample team's rows when given.
 *
 * @example
 * templateSheet('Hours log').columns[0].header; // 'Date'
 */
export function templateSheet(name: string, sample?: SampleTeam): SheetSpec {
  const rows = (sheet: string) => sample?.rows[sheet] ?? [];
  switch (name) {
    case SETTINGS:
      return settingsSheet(sample?.settings);
    case HOURS_LOG:
      return hoursLogSheet(rows(HOURS_LOG));
    case SUPERVISION_LOG:
      return supervisionLogSheet(rows(SUPERVISION_LOG));
    case TRAINING:
      return trainingSheet(rows(TRAINING));
    case CPD_LOG:
      return cpdLogSheet(rows(CPD_LOG));
    case CASELOAD:
      return caseloadSheet(rows(CASELOAD));
    case COACHES:
      return coachesSheet(rows(COACHES));
    case COMPETENCIES:
      return competenciesSheet().spec;
    case EVIDENCE_LOG:
      return evidenceLogSheet(rows(EVIDENCE_LOG));
    case MONTHLY_SUMMARY:
      return monthlySummarySheet();
    default:
      throw new Error(`"${name}" is not one of the template sheets.`);
  }
}
