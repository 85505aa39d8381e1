/**
 * The Coaches sheet: one row a coach. The first twelve columns are typed in (a new hire fills
 * the first nine of them); everything after them works itself out from the other sheets:
 * training state, NHS coaching hours, tier, and for each supervision type the last date, due
 * date and status on the as-of date.
 */
import { countedHoursFormula } from '../rules/hoursThatCountFormula';
import { nextTierNeedsFormula, tierFormula, tierWordsFormula } from '../rules/tierFormula';
import { HOURS_LOG, HOURS_LOG_COLUMNS } from './hoursLogSheet';
import { buildSheet, type RowValues, type TemplateColumn } from './sheetLayout';
import { cell, wholeColumn } from './formulas/cellReferences';
import { SETTINGS_CELLS } from './settingsSheet';
import { coachSupervisionColumns } from './coachSupervisionColumns';
import { coachTrainingColumns } from './coachTrainingColumns';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * COACHES; // 'Coaches'
 */
export const COACHES = 'Coaches';

const DATE = 'dd mmm yyyy';
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
 * The typed-in columns, in order: the new-hire form writes these and nothing else (it leaves
 * the evidenced tier and the Tier 2 sign-off blank).
 *
 * @example
 * COACH_INPUT_COLUMNS.length; // 13
 */
export const COACH_INPUT_COLUMNS: readonly TemplateColumn[] = [
  {
    key: 'id',
    header: 'Coach ID',
    width: 11,
    note: "The coach's ID, used on every other sheet. Each coach has their own.",
  },
  { key: 'name', header: 'Name', width: 20 },
  { key: 'organisation', header: 'Organisation', width: 20 },
  {
    key: 'start',
    header: 'Start date',
    width: 13,
    numberFormat: DATE,
    note: 'Supervision is first due this long after the start date.',
  },
  {
    key: 'wte',
    header: 'WTE',
    width: 7,
    numberFormat: '0.00',
    note: 'Whole-time equivalent, more than 0 and at most 1 (0.6 or 60%); for hours a week divide by 37.5. Blank means full time; anything else makes the due dates say "Check WTE".',
  },
  {
    key: 'priorHours',
    header: 'Prior NHS coaching hours',
    width: 11,
    numberFormat: '0.0',
    note: 'NHS coaching hours before this workbook was started; the Hours log adds to them.',
  },
  { key: 'lineManager', header: 'Line manager', width: 18 },
  { key: 'clinicalSupervisor', header: 'Clinical supervisor', width: 18 },
  {
    key: 'coachingSupervisor',
    header: 'Coaching supervisor',
    width: 18,
    note: 'Health coaching supervision is given by a Tier 3 coach or above (§4.2.3).',
  },
  {
    key: 'evidencedTier',
    header: 'Evidenced tier',
    width: 9,
    list: ['1', '2', '3', '4'],
    note: 'The highest tier whose competency evidence a supervisor has agreed. Tier 2 and above need it as well as the hours (framework §8.2): the tier shown never goes above it, and while it is blank the tier shown is at most Tier 1.',
  },
  {
    key: 'tier2SignOffBy',
    header: 'Tier 2 sign-off by',
    width: 20,
    note: "The supervisor, independent of the coach's organisation, who approved the step from Tier 1 to Tier 2 (framework §8.2.1).",
  },
  {
    key: 'tier2SignOffOrganisation',
    header: 'Tier 2 sign-off organisation',
    width: 20,
    note: "The organisation of the supervisor who approved the step from Tier 1 to Tier 2: they must be independent of the coach's organisation (framework §8.2.1).",
  },
  {
    key: 'tier2SignOffDate',
    header: 'Tier 2 sign-off date',
    width: 13,
    numberFormat: DATE,
    note: "When the supervisor, independent of the coach's organisation, approved the step from Tier 1 to Tier 2 (framework §8.2.1).",
  },
];

/**
 * Decision: NHS coaching hours are the prior hours plus the Hours log rows that count
 * (hoursLogRowCounts: dated up to the as-of date, not did-not-attend or cancelled, not
 * non-NHS), so a supervisor can look back by changing the as-of date.
 *
 * @example
 * COACHES_COLUMNS.find((c) => c.key === 'tier')?.header; // 'Tier'
 */
export const COACHES_COLUMNS: readonly TemplateColumn[] = [
  ...COACH_INPUT_COLUMNS,
  ...coachTrainingColumns((key, r) => c(key, r), forCoach),
  {
    key: 'hours',
    header: 'NHS coaching hours',
    width: 10,
    numberFormat: '0.0',
    note: 'Worked out: prior hours plus the Hours log rows dated up to the as-of date, except did-not-attend, cancelled and non-NHS ones (a blank attendance or NHS cell counts).',
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
  {
    key: 'tier',
    header: 'Tier',
    width: 6,
    note: 'Worked out: 0 (working towards Tier 1) without PCI training; 1 from 50 hours, 2 from 200, 3 from 500, 4 from 1000; never above the evidenced tier, and at most 1 while it is blank.',
    formula: (r) => forCoach(r, tierFormula(tierCells(r))),
  },
  {
    key: 'tierWords',
    header: 'Tier in words',
    width: 24,
    note: 'Worked out: the tier as a person reads it, and what holds it back, e.g. "Tier 1 (Tier 2 by hours; no evidence agreed yet)".',
    formula: (r) => forCoach(r, tierWordsFormula({ ...tierCells(r), tier: c('tier', r) })),
  },
  {
    key: 'toNextTier',
    header: 'Hours to next tier',
    width: 14,
    numberFormat: '0.0',
    note: 'Worked out: NHS coaching hours still needed for the next tier (0 at Tier 4), or what else it needs when the hours are there: "Evidence for Tier 2 needed", "PCI training needed".',
    formula: (r) => forCoach(r, nextTierNeedsFormula({ ...tierCells(r), tier: c('tier', r) })),
  },
  ...coachSupervisionColumns('line', c, forCoach),
  ...coachSupervisionColumns('clinical', c, forCoach),
  ...coachSupervisionColumns('coaching', c, forCoach),
];

const STATUS_COLUMNS = ['lineStatus', 'clinicalStatus', 'coachingStatus'];

/**
 * The Coaches sheet, optionally with coaches on it (their input columns, by key).
 *
 * @example
 * coachesSheet([{ id: 'HWBC-001', name: 'Amira Khan', start: { date: '2024-01-08' } }]);
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
      { column: 'ready', equals: 'No', style: 'bad' },
      { column: 'ready', equals: 'Yes', style: 'good' },
    ],
  });
}
