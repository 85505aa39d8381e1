/**
 * The Coaches sheet's development record formulas (docs/rules.md §7): when the next appraisal is
 * due and its status on the as-of date, and CPD hours in the last 12 months from the CPD log.
 * Headers, formats and notes are the field registry's (shared/fields/coachDevelopmentFields.ts);
 * the last appraisal, PDP dates and probation end are typed in.
 */
import {
  appraisalDueFormula,
  appraisalStatusFormula,
  cpdHoursFormula,
} from '../../rules/development/developmentFormula';
import { CPD_LOG, CPD_LOG_COLUMNS } from './cpdLogSheet';
import type { ColumnAdditions } from '../fieldColumns';
import { wholeColumn } from '../formulas/cellReferences';
import { SETTINGS_CELLS } from './settingsSheet';

const cpd = (key: string) => wholeColumn(CPD_LOG, CPD_LOG_COLUMNS, key);
const dev = SETTINGS_CELLS.development;

/**
 * The development columns' formulas, given how the Coaches sheet names its own cells.
 *
 * @example
 * Object.keys(coachDevelopmentColumns(c, forCoach)); // ['appraisalDue', 'appraisalStatus', 'cpdHours']
 */
export function coachDevelopmentColumns(
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): ColumnAdditions<'coaches'> {
  return {
    appraisalDue: {
      formula: (r) =>
        forCoach(
          r,
          appraisalDueFormula({ last: c('lastAppraisal', r), start: c('startDate', r), months: dev.appraisalMonths }),
        ),
    },
    appraisalStatus: {
      formula: (r) =>
        forCoach(
          r,
          appraisalStatusFormula({
            last: c('lastAppraisal', r),
            due: c('appraisalDue', r),
            asOf: SETTINGS_CELLS.asOf,
            dueSoonDays: dev.appraisalDueSoonDays,
          }),
        ),
    },
    cpdHours: {
      formula: (r) =>
        forCoach(
          r,
          cpdHoursFormula({
            coach: cpd('coach'),
            date: cpd('date'),
            hours: cpd('hours'),
            coachId: c('id', r),
            asOf: SETTINGS_CELLS.asOf,
          }),
        ),
    },
  };
}
