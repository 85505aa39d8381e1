/**
 * The Coaches sheet's supervision columns, three for each type: the last session on the
 * Supervision log up to the as-of date, the due date and the status (docs/rules.md §2), with the
 * intervals read from the Settings sheet.
 */
import type { SupervisionType } from '../../rules/supervision/supervisionType';
import { supervisionDueFormula, supervisionStatusFormula } from '../../rules/supervision/supervisionFormula';
import {
  groupCoachingCountFormula,
  lastGroupCoachingFormula,
  lastSessionFormula,
  monthlyMinutesFormula,
  type SupervisionLogCells,
} from '../../rules/supervision/supervisionFormatFormula';
import { SETTINGS_CELLS } from './settingsSheet';
import type { ColumnAdditions } from '../fieldColumns';
import { wholeColumn } from '../formulas/cellReferences';
import { SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS } from './supervisionLogSheet';

/** The key suffix of each type's columns ('lastClinical'). */
const SUFFIX = { line: 'Line', clinical: 'Clinical', coaching: 'Coaching' } as const;
const log = (key: string) => wholeColumn(SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS, key);
const asOf = SETTINGS_CELLS.asOf;

/*
 * Decision: a session dated after the as-of date is a planned one and does not count yet, so
 * the rule's "last date after the as-of date" error cannot arise on the sheet.
 */
/**
 * The formulas of the last / due / status columns of one supervision type, keyed `lastLine`,
 * `dueLine`, …, given how the Coaches sheet names its own cells.
 *
 * @example
 * Object.keys(coachSupervisionColumns('clinical', c, forCoach));
 * // ['lastClinical', 'dueClinical', 'statusClinical']
 */
export function coachSupervisionColumns(
  type: SupervisionType,
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): ColumnAdditions<'coaches'> {
  const suffix = SUFFIX[type];
  const cells = (r: number) => ({
    last: c(`last${suffix}`, r),
    start: c('startDate', r),
    wte: c('wte', r),
    policy: SETTINGS_CELLS.policy,
  });
  // Health coaching: individual sessions only (docs/rules.md §2); group ones are shown beside.
  const latest = (r: number) => lastSessionFormula(type, logCells(c('id', r)));
  return {
    [`last${suffix}`]: { formula: (r: number) => forCoach(r, `IF(${latest(r)}=0,"",${latest(r)})`) },
    [`due${suffix}`]: { formula: (r: number) => forCoach(r, supervisionDueFormula(type, cells(r))) },
    [`status${suffix}`]: {
      formula: (r: number) =>
        forCoach(r, supervisionStatusFormula(type, { ...cells(r), due: c(`due${suffix}`, r), asOf })),
    },
  };
}

/** The Supervision log's typed columns, whole, for one coach: every row counts, however many. */
function logCells(coachId: string): SupervisionLogCells {
  return { date: log('date'), coach: log('coach'), type: log('type'), format: log('format'), coachId, asOf };
}

/**
 * Group health coaching supervision beside the individual sessions (docs/rules.md §2): the
 * last group session and the number in the last three months, neither changing the due date;
 * and whether the month's individual sessions came to under an hour.
 *
 * @example
 * Object.keys(groupCoachingColumns(c, forCoach)); // ['groupCoachingLast', 'groupCoachingCount', 'coachingThisMonth']
 */
export function groupCoachingColumns(
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): ColumnAdditions<'coaches'> {
  const last = (r: number) => lastGroupCoachingFormula(logCells(c('id', r)));
  return {
    groupCoachingLast: { formula: (r: number) => forCoach(r, `IF(${last(r)}=0,"",${last(r)})`) },
    groupCoachingCount: { formula: (r: number) => forCoach(r, groupCoachingCountFormula(logCells(c('id', r)))) },
    // Under an hour of one-to-one health coaching supervision this month (docs/rules.md §2).
    coachingThisMonth: {
      formula: (r: number) => forCoach(r, monthlyMinutesFormula({ ...logCells(c('id', r)), minutes: log('minutes') })),
    },
  };
}
