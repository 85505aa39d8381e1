/**
 * The Coaches sheet: one row a coach. The first twelve columns are typed in (a new hire fills
 * the first nine of them); everything after them works itself out from the other sheets:
 * training state, NHS coaching hours, tier, and for each supervision type the last date, due
 * date and status on the as-of date.
 */
import { countedHoursFormula } from '../../rules/tiers/hoursThatCountFormula';
import { nextTierNeedsFormula, tierFormula, tierWordsFormula } from '../../rules/tiers/tierFormula';
import { MONTHLY_MINUTES_WORDS } from '../../rules/supervision/supervisionFormatFormula';
import { HOURS_LOG, HOURS_LOG_COLUMNS } from './hoursLogSheet';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';
import { cell, wholeColumn } from '../formulas/cellReferences';
import { SETTINGS_CELLS } from './settingsSheet';
import { coachSupervisionColumns, groupCoachingColumns } from './coachSupervisionColumns';
import { coachDevelopmentColumns } from './coachDevelopmentColumns';
import { coachTrainingColumns } from './coachTrainingColumns';
import { fieldColumns } from '../fieldColumns';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * COACHES; // 'Coaches'
 */
export const COACHES = 'Coaches';

const c = (key: string, row: number) => cell(COACHES_COLUMNS, key, row);
/** Wraps a formula so rows without a coach ID stay blank. */
const forCoach = (r: number, body: string) => `=IF(${c('id', r)}="","",${body})`;
const hoursLog = (key: string) => wholeColumn(HOURS_LOG, HOURS_LOG_COLUMNS, key);
const asOf = SETTINGS_CELLS.asOf;
const tierCells = (r: number) => ({
  hours: c('hours', r),
  pciTrained: `${c('pci', r)}<>""`,
  evidencedTier: c('evidencedTier', r),
});

/**
 * Decision: NHS coaching hours are the prior hours plus the Hours log rows that count
 * (hoursLogRowCounts: dated up to the as-of date, not did-not-attend or cancelled, not
 * non-NHS), so a supervisor can look back by changing the as-of date. Headers, formats and
 * notes are the field registry's (shared/fields/coachFields.ts); the formulas are here.
 *
 * @example
 * COACHES_COLUMNS.find((c) => c.key === 'claimedTier')?.header; // 'Tier'
 */
export const COACHES_COLUMNS: readonly TemplateColumn[] = fieldColumns('coaches', {
  ...coachTrainingColumns((key, r) => c(key, r), forCoach),
  hours: {
    formula: (r) =>
      forCoach(
        r,
        // Minutes, not the log's Hours column: the log's own formulas reach a fixed row, its
        // typed minutes go on for ever, and the whole-column SUMIFS counts every one of them.
        `N(${c('priorHours', r)})+${countedHoursFormula({
          hours: hoursLog('minutes'),
          coach: hoursLog('coach'),
          date: hoursLog('date'),
          attendance: hoursLog('attendance'),
          nhs: hoursLog('nhs'),
          coachId: c('id', r),
          asOf,
        })}/60`,
      ),
  },
  claimedTier: { formula: (r) => forCoach(r, tierFormula(tierCells(r))) },
  tierWords: { formula: (r) => forCoach(r, tierWordsFormula({ ...tierCells(r), tier: c('claimedTier', r) })) },
  hoursToNextTier: {
    formula: (r) => forCoach(r, nextTierNeedsFormula({ ...tierCells(r), tier: c('claimedTier', r) })),
  },
  ...coachSupervisionColumns('line', c, forCoach),
  ...coachSupervisionColumns('clinical', c, forCoach),
  ...coachSupervisionColumns('coaching', c, forCoach),
  ...groupCoachingColumns(c, forCoach),
  ...coachDevelopmentColumns(c, forCoach),
});

/**
 * The typed-in columns, in order: the new-hire form writes these and nothing else (it leaves
 * the evidenced tier, the Tier 2 sign-off and the development records blank unless given).
 *
 * @example
 * COACH_INPUT_COLUMNS.length; // 17
 */
export const COACH_INPUT_COLUMNS: readonly TemplateColumn[] = COACHES_COLUMNS.filter((col) => !col.formula);

const STATUS_COLUMNS = ['statusLine', 'statusClinical', 'statusCoaching', 'appraisalStatus'];

/**
 * The Coaches sheet, optionally with coaches on it (their input columns, by key).
 *
 * @example
 * coachesSheet([{ id: 'HWBC-001', name: 'Amira Khan', startDate: { date: '2024-01-08' } }]);
 */
export function coachesSheet(data: readonly RowValues[] = []) {
  return buildSheet({
    name: COACHES,
    columns: COACHES_COLUMNS,
    data,
    formulaRows: 200,
    highlights: [
      ...STATUS_COLUMNS.flatMap((column) => [
        { column, equals: 'Overdue', style: 'bad' as const },
        { column, equals: 'Due soon', style: 'warn' as const },
        { column, equals: 'OK', style: 'good' as const },
      ]),
      { column: 'coachingThisMonth', equals: MONTHLY_MINUTES_WORDS.under, style: 'warn' },
      { column: 'ready', equals: 'No', style: 'bad' },
      { column: 'ready', equals: 'Yes', style: 'good' },
    ],
  });
}
