/**
 * The template as a whole: which sheets there are, which other sheets each one's formulas
 * read (so they are created first), and the spec of each, empty or with the sample team.
 */
import type { SheetSpec } from '../workbook';
import { CASELOAD, caseloadSheet } from './caseloadSheet';
import { COACHES, coachesSheet } from './coachesSheet';
import { competenciesSheet } from './competenciesSheet';
import { COMPETENCIES } from './competencyEntries';
import { EVIDENCE_LOG, evidenceLogSheet } from './evidenceLogSheet';
import { HOURS_LOG, hoursLogSheet } from './hoursLogSheet';
import type { SampleTeam } from './sample/sampleTeam';
import { SETTINGS, settingsSheet } from './settingsSheet';
import { SUPERVISION_LOG, supervisionLogSheet } from './supervisionLogSheet';
import { TRAINING, trainingSheet } from './trainingSheet';

/**
 * The sheets whose formulas each sheet reads. Competencies also reads Coaches and the
 * Evidence log, but its coverage formulas are written after them (see competenciesSheet).
 *
 * @example
 * SHEET_DEPENDENCIES['Caseload']; // ['Hours log']
 */
export const SHEET_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = {
  [SETTINGS]: [],
  [HOURS_LOG]: [],
  [SUPERVISION_LOG]: [],
  [TRAINING]: [],
  [CASELOAD]: [HOURS_LOG],
  [COACHES]: [SETTINGS, HOURS_LOG, SUPERVISION_LOG, TRAINING],
  [COMPETENCIES]: [SETTINGS, COACHES],
  [EVIDENCE_LOG]: [COMPETENCIES, COACHES],
};

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
  CASELOAD,
  COACHES,
  COMPETENCIES,
  EVIDENCE_LOG,
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
    case CASELOAD:
      return caseloadSheet(rows(CASELOAD));
    case COACHES:
      return coachesSheet(rows(COACHES));
    case COMPETENCIES:
      return competenciesSheet().spec;
    case EVIDENCE_LOG:
      return evidenceLogSheet(rows(EVIDENCE_LOG));
    default:
      throw new Error(`"${name}" is not one of the template sheets.`);
  }
}
