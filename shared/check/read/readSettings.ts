/**
 * Reading the Settings sheet: the as-of date and the supervision policy intervals (docs/rules.md
 * §2 decision: a workbook may override them). Intervals are whole months, 1 or more, and the
 * warning whole days (policyWith); a value that is not is reported and the default used. The
 * 12-month longest gap is fixed, so a setting for it is ignored, as are unknown labels.
 */
import type { SettingKey } from '../../fields';
import {
  DEFAULT_DEVELOPMENT_POLICY,
  type DevelopmentPolicy,
  developmentPolicyWith,
} from '../../rules/development/developmentPolicy';
import { DEFAULT_POLICY, policyWith, SupervisionPolicy } from '../../rules/supervision/policy';
import { SETTING_LIMITS } from '../../rules/development/settingLimits';
import { isBlank } from '../../values/cells/blank';
import { readNumber } from '../../values/cells/readNumber';
import type { IsoDate } from '../../values/dates/calendarDate';
import { CellReader, NUMBER_RULES } from './cellReader';
import type { FieldSynonyms } from '../find/headerSynonyms';
import type { MappedCell, MappedRow } from './rows/mappedRows';
import { fieldScore } from '../find/matchColumns';
import { CHECK_MESSAGES } from '../messages';
import { sheetColumn, sheetRow } from '../../sheetPlaces';
import { columnLetter, SheetData } from '../../workbook';

/**
 * The labels each setting may go by.
 *
 * @example
 * fieldScore('Due soon warning (days)', SETTING_LABELS[6]); // 1
 */
export const SETTING_LABELS: readonly (FieldSynonyms & { field: SettingKey })[] = [
  { field: 'asOf', synonyms: ['as of date', 'as of', 'as at', 'check date', 'report date'] },
  { field: 'lineMonths', synonyms: ['line management every months', 'line management months'] },
  { field: 'coachingMonths', synonyms: ['health coaching supervision every months', 'coaching supervision months'] },
  {
    field: 'clinicalDueMonths',
    synonyms: ['clinical supervision due after months full time', 'clinical supervision months'],
  },
  {
    field: 'clinicalWindowMonths',
    synonyms: ['clinical supervision window opens after months full time', 'clinical window months'],
  },
  // Not a setting (docs/rules.md §2: 12 months is the longest gap allowed), but recognised so an
  // older workbook's "Clinical supervision longest gap" is ignored, not read as another one.
  { field: 'clinicalMaxMonths', synonyms: ['clinical supervision longest gap months', 'clinical maximum months'] },
  { field: 'dueSoonDays', synonyms: ['due soon days', 'due soon warning days', 'warning days'] },
  // Development records (docs/rules.md §7).
  { field: 'appraisalMonths', synonyms: ['appraisal every months', 'appraisal months', 'appraisal interval months'] },
  { field: 'appraisalDueSoonDays', synonyms: ['appraisal due soon warning days', 'appraisal warning days'] },
  { field: 'renewalDueSoonDays', synonyms: ['renewal due soon warning days', 'renewal warning days'] },
  {
    field: 'governanceRefresherMonths',
    synonyms: ['information governance and data security refresher months', 'ig refresher months'],
  },
  {
    field: 'firstAidRefresherMonths',
    synonyms: ['basic life support and first aid refresher months', 'first aid refresher months'],
  },
  {
    field: 'otherRefresherMonths',
    synonyms: ['other mandatory training refresher months', 'mandatory training refresher months'],
  },
];

const DAY_SETTINGS: ReadonlySet<string> = new Set(['dueSoonDays', 'appraisalDueSoonDays', 'renewalDueSoonDays']);

/**
 * What the Settings sheet says.
 *
 * @example
 * readSettings(undefined, reader); // { asOf: null, policy: DEFAULT_POLICY's values }
 */
export interface WorkbookSettings {
  asOf: IsoDate | null;
  policy: SupervisionPolicy;
  development: DevelopmentPolicy;
}

/** A one-cell row for the reader, so a bad setting is reported at its cell like any other. */
function settingCell(data: SheetData, r: number, c: number, label: string, field: SettingKey): MappedRow {
  const formula = data.formulas[r]?.[c] ?? null;
  const value = data.values[r]?.[c] ?? null;
  const cell: MappedCell = {
    value: formula !== null && (value === null || value === formula) ? null : value,
    formula: formula !== null,
    column: columnLetter(sheetColumn(data, c)),
  };
  return {
    sheet: data.name,
    row: sheetRow(data, r) + 1,
    get: (f) => (f === field ? cell : null),
    value: (f) => (f === field ? cell.value : null),
    column: (f) => (f === field ? cell.column : null),
    formula: (f) => f === field && cell.formula,
    header: () => label,
    eachCell: () => undefined,
  };
}

function settingField(label: unknown): SettingKey | null {
  if (typeof label !== 'string' || label.trim() === '') return null;
  const scored = SETTING_LABELS.map((s) => ({ field: s.field, score: fieldScore(label, s) }));
  const best = scored.sort((a, b) => b.score - a.score)[0];
  return best.score >= 0.6 ? best.field : null;
}

/**
 * Where each setting's value is. The template gives each setting a column: a header row,
 * then "Your value", "Default" and "In use" rows; the value is the first typed cell under
 * the header outside the "Default" row (blank means the default, and "In use" is a
 * formula). Other workbooks may list settings down the page: label, then value to its right.
 */
function settingCells(data: SheetData): { r: number; c: number; label: string; field: SettingKey }[] {
  const header = data.values.slice(0, 5).findIndex((row) => row.filter((v) => settingField(v) !== null).length >= 2);
  if (header >= 0) {
    return data.values[header].flatMap((label, c) => {
      const field = settingField(label);
      const r = data.values.findIndex(
        (row, i) =>
          i > header && !/^\s*default/i.test(String(row[0] ?? '')) && !isBlank(row[c]) && !data.formulas[i]?.[c],
      );
      return field && r >= 0 ? [{ r, c, label: String(label).trim(), field }] : [];
    });
  }
  return data.values.flatMap((row, r) => {
    const c = row.findIndex((v) => typeof v === 'string' && v.trim() !== '');
    const value = c < 0 ? -1 : row.findIndex((v, i) => i > c && !isBlank(v));
    const field = c < 0 ? null : settingField(row[c]);
    return field && value >= 0 ? [{ r, c: value, label: String(row[c]).trim(), field }] : [];
  });
}

/** The longest interval a setting may give (shared/rules/settingLimits.ts): the template's formulas cap it too. */
const MAX_MONTHS = SETTING_LIMITS.months;
const MAX_DAYS = SETTING_LIMITS.days;

/**
 * A policy interval: whole months, 1 or more (policyWith's rule). Anything else is reported
 * at its cell, saying the default is used instead.
 */
function readMonths(reader: CellReader, row: MappedRow, field: SettingKey): number | null {
  const fallback =
    field in DEFAULT_POLICY
      ? DEFAULT_POLICY[field as keyof SupervisionPolicy]
      : DEFAULT_DEVELOPMENT_POLICY[field as keyof DevelopmentPolicy];
  return reader.read(
    row,
    field,
    null,
    (name, v) => readNumber(name, v, { expected: 'count', min: 1, max: MAX_MONTHS, integer: true }),
    (v) => CHECK_MESSAGES.settingMonths(row.header(field), v, fallback, MAX_MONTHS),
  );
}

/**
 * The as-of date and policy from a Settings sheet (defaults when there is none).
 *
 * @example
 * readSettings(settingsSheet, reader).policy.dueSoonDays; // 14, when the sheet says so
 */
export function readSettings(data: SheetData | undefined, reader: CellReader): WorkbookSettings {
  const overrides: Partial<Record<string, number | null>> = {};
  let asOf: IsoDate | null = null;
  const seen = new Set<string>();
  for (const s of data ? settingCells(data) : []) {
    if (seen.has(s.field)) continue;
    seen.add(s.field);
    if (s.field === 'clinicalMaxMonths') continue;
    const row = settingCell(data as SheetData, s.r, s.c, s.label, s.field);
    if (s.field === 'asOf') asOf = reader.date(row, 'asOf', null);
    else if (DAY_SETTINGS.has(s.field))
      overrides[s.field] = reader.number(row, s.field, null, { ...NUMBER_RULES.count, max: MAX_DAYS });
    else overrides[s.field] = readMonths(reader, row, s.field);
  }
  return {
    asOf,
    policy: policyWith(overrides as Partial<SupervisionPolicy>),
    development: developmentPolicyWith(overrides),
  };
}
