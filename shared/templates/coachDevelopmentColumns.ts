/**
 * The Coaches sheet's development record columns (RULES.md §7): the last appraisal (typed),
 * when the next is due and its status on the as-of date, the PDP agreed and review dates and
 * the end of probation (typed), and CPD hours in the last 12 months from the CPD log.
 */
import { appraisalDueFormula, appraisalStatusFormula, cpdHoursFormula } from '../rules/developmentFormula';
import { CPD_LOG, CPD_LOG_COLUMNS } from './cpdLogSheet';
import { wholeColumn } from './formulas/cellReferences';
import { SETTINGS_CELLS } from './settingsSheet';
import type { TemplateColumn } from './sheetLayout';

const DATE = 'dd mmm yyyy';
const cpd = (key: string) => wholeColumn(CPD_LOG, CPD_LOG_COLUMNS, key);
const dev = SETTINGS_CELLS.development;

/**
 * The development columns, given how the Coaches sheet names its own cells.
 *
 * @example
 * coachDevelopmentColumns((key, r) => cell(COACHES_COLUMNS, key, r), forCoach).map((c) => c.key);
 * // ['lastAppraisal', 'appraisalDue', 'appraisalStatus', 'pdpAgreed', 'pdpReview', 'probationEnd', 'cpdHours']
 */
export function coachDevelopmentColumns(
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): TemplateColumn[] {
  return [
    {
      key: 'lastAppraisal',
      header: 'Last appraisal',
      width: 13,
      numberFormat: DATE,
      note: 'The date of the last appraisal. Blank counts from the start date.',
    },
    {
      key: 'appraisalDue',
      header: 'Appraisal due',
      width: 13,
      numberFormat: DATE,
      note: 'Worked out: the last appraisal (else the start date) plus the interval on Settings (12 months).',
      formula: (r) =>
        forCoach(
          r,
          appraisalDueFormula({ last: c('lastAppraisal', r), start: c('start', r), months: dev.appraisalMonths }),
        ),
    },
    {
      key: 'appraisalStatus',
      header: 'Appraisal status',
      width: 11,
      note: 'Worked out: OK, Due soon (within the warning days on Settings, 30) or Overdue.',
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
    {
      key: 'pdpAgreed',
      header: 'PDP agreed',
      width: 13,
      numberFormat: DATE,
      note: 'When the personal development plan was agreed; it is agreed at appraisal (framework §8.1).',
    },
    { key: 'pdpReview', header: 'PDP review', width: 13, numberFormat: DATE, note: 'When the PDP is next reviewed.' },
    {
      key: 'probationEnd',
      header: 'Probation end',
      width: 13,
      numberFormat: DATE,
      note: 'For new starters: when probation ends.',
    },
    {
      key: 'cpdHours',
      header: 'CPD hours (last 12 months)',
      width: 10,
      numberFormat: '0.0',
      note: 'Worked out from the CPD log: hours in the 12 months up to the as-of date. CPD never counts towards NHS coaching hours.',
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
  ];
}
