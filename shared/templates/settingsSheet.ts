/**
 * The Settings sheet: the workbook's own as-of date and supervision policy (docs/rules.md §2
 * decision: local policies may differ from the defaults, for the intervals and the warning;
 * the 12-month longest gap for clinical supervision is fixed), and the organisation's name.
 * One column per setting so each gets its own number format; row 2 is what the user types,
 * row 3 the default, row 4 what the formulas use. Every other sheet reads row 4 only.
 */
import { DEFAULT_POLICY } from '../rules/policy';
import { OVERRIDABLE_POLICY, type OverridablePolicyKey, policyInUseFormula } from '../rules/policyFormula';
import type { PolicyCells } from '../rules/supervisionFormula';
import { columnLetter, type WriteValue } from '../workbook';
import { columnIndex, sheetPrefix } from './formulas/cellReferences';
import { buildSheet, type TemplateColumn } from './sheetLayout';

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
const months = 'A whole number of months, 1 or more; anything else uses the default.';

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
    note: 'Days before a due date when the status turns amber. A whole number of days, 0 or more; anything else uses the default.',
  },
};
const POLICY = (Object.keys(OVERRIDABLE_POLICY) as OverridablePolicyKey[]).map((key) => ({
  key,
  ...POLICY_COLUMNS[key],
}));

/**
 * One column per setting, after a label column.
 *
 * @example
 * SETTINGS_COLUMNS[2].header; // 'As-of date'
 */
export const SETTINGS_COLUMNS: readonly TemplateColumn[] = [
  { key: 'row', header: 'Setting', width: 14 },
  { key: 'organisation', header: 'Organisation', width: 24, note: "The organisation's name, shown for reference." },
  {
    key: 'asOf',
    header: 'As-of date',
    width: 14,
    numberFormat: DATE,
    note: `The day statuses are worked out for. Blank means today. ${you}`,
  },
  ...POLICY.map((p) => ({ key: p.key, header: p.header, width: 16, numberFormat: WHOLE, note: `${p.note} ${you}` })),
  {
    key: 'competencyCoach',
    header: 'Coach shown on Competencies',
    width: 16,
    note: "A coach ID. The Competencies sheet marks this coach's evidence gaps; blank means the first coach on Coaches.",
  },
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
export const SETTINGS_CELLS: { asOf: string; competencyCoach: string; policy: PolicyCells } = {
  asOf: inUse('asOf'),
  competencyCoach: inUse('competencyCoach'),
  policy: Object.fromEntries(POLICY.map((p) => [p.key, inUse(p.key)])) as unknown as PolicyCells,
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
  return buildSheet({
    name: SETTINGS,
    columns: SETTINGS_COLUMNS,
    data: [{ ...yours, row: 'Your value' }, defaults, inUseRow],
    formulaRows: 3,
    filter: false,
  });
}
