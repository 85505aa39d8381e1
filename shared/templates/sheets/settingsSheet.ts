/**
 * The Settings sheet: the workbook's own as-of date and supervision policy (docs/rules.md §2
 * decision: local policies may differ from the defaults, for the intervals and the warning;
 * the 12-month longest gap for clinical supervision is fixed), and the organisation's name.
 * One column per setting so each gets its own number format; row 2 is what the user types,
 * row 3 the default, row 4 what the formulas use. Every other sheet reads row 4 only.
 */
import { DEVELOPMENT_MINIMUM, developmentInUseFormula } from '../../rules/development/developmentFormula';
import { DEFAULT_DEVELOPMENT_POLICY, type DevelopmentPolicy } from '../../rules/development/developmentPolicy';
import { DEFAULT_POLICY } from '../../rules/supervision/policy';
import {
  OVERRIDABLE_POLICY,
  type OverridablePolicyKey,
  policyInUseFormula,
} from '../../rules/supervision/policyFormula';
import type { PolicyCells } from '../../rules/supervision/supervisionFormula';
import { columnLetter, type WriteValue } from '../../workbook';
import { columnIndex, sheetPrefix } from '../formulas/cellReferences';
import { buildSheet, type TemplateColumn } from '../sheetLayout';
import { SETTING_LIMITS, settingMaximum } from '../../rules/development/settingLimits';
import { ROWS_READ_CELLS, SETTINGS_IN_USE_ROW, TEMPLATE_ORDER } from '../../fields';

/**
 * The sheet's name; formulas read `Settings!$C$4` and the cells beside it.
 *
 * @example
 * SETTINGS; // 'Settings'
 */
export const SETTINGS = 'Settings';

const DATE = 'dd mmm yyyy';
const WHOLE = '0';
const you = 'Leave "Your value" blank to use the default.';
const months = `A whole number of months, 1 to ${SETTING_LIMITS.months}; anything else uses the default.`;

/** Typed as a record so every setting a workbook may override gets its column, and no other. */
const POLICY_COLUMNS: Readonly<Record<OverridablePolicyKey, { header: string; note: string }>> = {
  lineMonths: {
    header: 'Line management every (months)',
    note: `The framework (§4.2.2) says monthly. ${months}`,
  },
  coachingMonths: {
    header: 'Health coaching supervision every (months)',
    note: `The framework (§4.2.2) says monthly, 1–2 hours. ${months}`,
  },
  clinicalDueMonths: {
    header: 'Clinical supervision due after (months, full time)',
    note: `The framework (§4.2.2) says every two to three months for full-time coaches; divided by WTE, rounded down, never more than ${DEFAULT_POLICY.clinicalMaxMonths}. ${months}`,
  },
  clinicalWindowMonths: {
    header: 'Clinical supervision window opens after (months, full time)',
    note: `From then on the status is "Due soon". Divided by WTE like the due date. ${months}`,
  },
  dueSoonDays: {
    header: 'Due soon warning (days)',
    note: `Days before a due date when the status turns amber. A whole number of days, 0 to ${SETTING_LIMITS.days}; anything else uses the default.`,
  },
};
const days = `A whole number of days, 0 to ${SETTING_LIMITS.days}; anything else uses the default.`;

/**
 * The development record settings (docs/rules.md §7): appraisal interval and warning, renewal
 * warning, and the refresher period of each kind of mandatory training.
 */
const DEVELOPMENT: readonly { key: keyof DevelopmentPolicy; header: string; note: string }[] = [
  {
    key: 'appraisalMonths',
    header: 'Appraisal every (months)',
    note: 'The framework (§8.1) asks for regular appraisals; yearly by default, from the last one (else the start date).',
  },
  {
    key: 'appraisalDueSoonDays',
    header: 'Appraisal due soon warning (days)',
    note: 'Days before an appraisal is due when its status turns amber.',
  },
  {
    key: 'governanceRefresherMonths',
    header: 'Information governance and data security refresher (months)',
    note: 'How long information governance and data security training stays in date (NHS Core Skills: yearly).',
  },
  {
    key: 'firstAidRefresherMonths',
    header: 'Basic life support and first aid refresher (months)',
    note: 'How long basic life support and first aid training stays in date (NHS Core Skills: yearly).',
  },
  {
    key: 'otherRefresherMonths',
    header: 'Other mandatory training refresher (months)',
    note: 'How long every other mandatory training item stays in date (NHS Core Skills: three years). PCI training and induction never lapse.',
  },
  {
    key: 'renewalDueSoonDays',
    header: 'Renewal due soon warning (days)',
    note: 'Days before a training item lapses when its status turns amber.',
  },
];

const POLICY = (Object.keys(OVERRIDABLE_POLICY) as OverridablePolicyKey[]).map((key) => ({
  key,
  ...POLICY_COLUMNS[key],
}));

/*
 * Decision (docs/rules.md §9): the Coaches and Competencies totals read the Training sheet and
 * the Evidence log line by line (a date typed as text, a lapsed line), which needs ranges rather
 * than whole columns: array arithmetic over a whole column would run to the sheet's last row.
 * Each log is read from row 2 down to its last row with text in a column every record has,
 * worked out once here. The sheet names are written out because those sheets read Settings.
 */
const LOG_ROWS = [
  { ...ROWS_READ_CELLS[0], sheet: 'Training', what: 'an item', kind: 'training', field: 'item' },
  { ...ROWS_READ_CELLS[1], sheet: "'Evidence log'", what: 'a competency code', kind: 'evidenceLog', field: 'code' },
] as const;

/** The last row of a log's column holding text: MATCH of text after any a log holds. */
function lastTextRow(l: (typeof LOG_ROWS)[number]): string {
  const letter = columnLetter((TEMPLATE_ORDER[l.kind] as readonly string[]).indexOf(l.field));
  return `=MAX(2,IFERROR(MATCH(REPT("z",255),${l.sheet}!$${letter}:$${letter}),2))`;
}

/**
 * One column per setting, after a label column.
 *
 * @example
 * SETTINGS_COLUMNS[2].header; // 'As-of date'
 */
export const SETTINGS_COLUMNS: readonly TemplateColumn[] = [
  { key: 'row', header: 'Setting', width: 14 },
  { key: 'organisation', header: 'Organisation', width: 20, note: "The organisation's name, shown for reference." },
  {
    key: 'asOf',
    header: 'As-of date',
    width: 14,
    numberFormat: DATE,
    note: `The day statuses are worked out for. Blank means today. ${you}`,
  },
  ...POLICY.map((p) => ({
    key: p.key,
    header: p.header,
    width: 16,
    numberFormat: WHOLE,
    note: `${p.note} ${you}`,
    wholeNumber: { min: OVERRIDABLE_POLICY[p.key], max: settingMaximum(p.key) },
  })),
  ...DEVELOPMENT.map((d) => ({
    key: d.key,
    header: d.header,
    width: 16,
    numberFormat: WHOLE,
    note: `${d.note} ${DEVELOPMENT_MINIMUM[d.key] === 0 ? days : months} ${you}`,
    wholeNumber: { min: DEVELOPMENT_MINIMUM[d.key], max: settingMaximum(d.key) },
  })),
  {
    key: 'competencyCoach',
    header: 'Coach shown on Competencies',
    width: 16,
    note: "A coach ID. The Competencies sheet marks this coach's evidence gaps; blank means the first coach on Coaches.",
  },
  ...LOG_ROWS.map((l) => ({
    key: l.key,
    header: l.header,
    width: 12,
    note: `Worked out, not a setting: the ${l.sheet} is read down to this row (its last row with ${l.what}), however long it grows.`,
  })),
];

function letter(key: string): string {
  return columnLetter(columnIndex(SETTINGS_COLUMNS, key));
}

/** The cell of a setting's "In use" value, e.g. `Settings!$C$4`. */
function inUse(key: string): string {
  return `${sheetPrefix(SETTINGS)}$${letter(key)}$4`;
}

/**
 * Where formulas read the settings from: the "In use" row of the Settings sheet. The Office.js
 * and Sheets renderers produce the same cells, so these addresses hold on every host.
 *
 * @example
 * SETTINGS_CELLS.asOf;              // 'Settings!$C$4'
 * SETTINGS_CELLS.policy.lineMonths; // 'Settings!$D$4'
 */
export const SETTINGS_CELLS: {
  asOf: string;
  competencyCoach: string;
  policy: PolicyCells;
  development: Readonly<Record<keyof DevelopmentPolicy, string>>;
  /** The last row of the Training sheet and of the Evidence log the totals read. */
  logRows: { training: string; evidence: string };
} = {
  asOf: inUse('asOf'),
  competencyCoach: inUse('competencyCoach'),
  policy: Object.fromEntries(POLICY.map((p) => [p.key, inUse(p.key)])) as unknown as PolicyCells,
  development: Object.fromEntries(DEVELOPMENT.map((d) => [d.key, inUse(d.key)])) as Record<
    keyof DevelopmentPolicy,
    string
  >,
  logRows: { training: inUse('trainingRows'), evidence: inUse('evidenceRows') },
};

/**
 * The Settings sheet, with the user's own values in row 2 (organisation name, as-of date, policy).
 *
 * @example
 * settingsSheet({ organisation: 'Riverside PCN' }).rows[2][2]; // { formula: '=IF(ISNUMBER(C2),C2,TODAY())' }
 */
export function settingsSheet(yours: Readonly<Record<string, WriteValue>> = {}) {
  const defaults: Record<string, WriteValue> = { row: 'Default', asOf: 'Today', competencyCoach: 'First coach' };
  const inUseRow: Record<string, WriteValue> = {
    row: 'In use',
    organisation: { formula: `=IF(${letter('organisation')}2="","",${letter('organisation')}2)` },
    asOf: { formula: `=IF(ISNUMBER(${letter('asOf')}2),${letter('asOf')}2,TODAY())` },
    competencyCoach: { formula: `=IF(${letter('competencyCoach')}2="","",${letter('competencyCoach')}2)` },
  };
  for (const p of POLICY) {
    defaults[p.key] = DEFAULT_POLICY[p.key];
    // A typed value counts only as policyWith takes it: whole months from 1, whole days from 0.
    inUseRow[p.key] = { formula: `=${policyInUseFormula(p.key, `${letter(p.key)}2`, `${letter(p.key)}3`)}` };
  }
  for (const d of DEVELOPMENT) {
    defaults[d.key] = DEFAULT_DEVELOPMENT_POLICY[d.key];
    const typed = `${letter(d.key)}2`;
    inUseRow[d.key] = { formula: `=${developmentInUseFormula(d.key, typed, `${letter(d.key)}3`)}` };
  }
  return buildSheet({
    name: SETTINGS,
    columns: SETTINGS_COLUMNS,
    data: [{ ...yours, row: 'Your value' }, defaults, inUseRow],
    formulaRows: 3,
    filter: false,
  });
}

/**
 * The worked-out "rows read" cells of the In use row, one for each log: where each goes, and its
 * formula, which names the log. Excel takes no formula naming a sheet that does not exist yet,
 * and Settings is created first, so each is written once its log exists (rowsReadCells.ts).
 * Blank until then, the totals read the logs' whole columns.
 *
 * @example
 * rowsReadFormulas()[0]; // { key: 'trainingRows', log: 'Training', row: 3, col: 20, formula: '=MAX(2,…)' }
 */
export function rowsReadFormulas(): { key: string; log: string; row: number; col: number; formula: string }[] {
  return LOG_ROWS.map((l) => ({
    key: l.key,
    log: l.log,
    row: SETTINGS_IN_USE_ROW,
    col: columnIndex(SETTINGS_COLUMNS, l.key),
    formula: lastTextRow(l),
  }));
}
