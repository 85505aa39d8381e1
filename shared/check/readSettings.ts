/**
 * Reading the template's Settings sheet: label in one cell, value in the next filled cell to
 * its right. The as-of date and the supervision policy intervals (RULES.md §2 decision: a
 * workbook may override them) are taken from it; unknown labels are ignored.
 */
import { policyWith, SupervisionPolicy } from '../rules/policy';
import { isBlank } from '../values/blank';
import type { IsoDate } from '../values/calendarDate';
import { CellReader, NUMBER_RULES } from './cellReader';
import type { FieldSynonyms } from './headerSynonyms';
import type { MappedCell, MappedRow } from './mappedRows';
import { fieldScore } from './matchColumns';
import { CellValue, columnLetter, SheetData } from '../workbook';

/** The labels each setting may go by. */
export const SETTING_LABELS: readonly FieldSynonyms[] = [
  { field: 'asOf', synonyms: ['as of date', 'as of', 'as at', 'check date', 'report date'] },
  { field: 'lineMonths', synonyms: ['line management months', 'line management every months'] },
  { field: 'coachingMonths', synonyms: ['health coaching supervision months', 'coaching supervision months'] },
  { field: 'clinicalDueMonths', synonyms: ['clinical supervision due months', 'clinical supervision months'] },
  { field: 'clinicalWindowMonths', synonyms: ['clinical supervision window months', 'clinical window opens months'] },
  { field: 'clinicalMaxMonths', synonyms: ['clinical supervision longest gap months', 'clinical maximum months'] },
  { field: 'dueSoonDays', synonyms: ['due soon days', 'due soon warning days', 'warning days'] },
];

/** What the Settings sheet says. */
export interface WorkbookSettings {
  asOf: IsoDate | null;
  policy: SupervisionPolicy;
}

function settingRow(data: SheetData, r: number, label: number, value: number, field: string): MappedRow {
  const cell = (c: number): MappedCell => ({
    value: data.formulas[r]?.[c] && data.values[r][c] === data.formulas[r][c] ? null : data.values[r][c],
    formula: !!data.formulas[r]?.[c],
    column: columnLetter(data.left + c),
  });
  return {
    sheet: data.name,
    row: data.top + r + 1,
    get: (f) => (f === field ? cell(value) : null),
    header: () => String(data.values[r][label]).trim(),
    cells: [],
  };
}

function labelled(row: readonly CellValue[]): { label: number; value: number } | null {
  const label = row.findIndex((v) => typeof v === 'string' && v.trim() !== '');
  if (label < 0) return null;
  const offset = row.slice(label + 1).findIndex((v) => !isBlank(v));
  return offset < 0 ? null : { label, value: label + 1 + offset };
}

/**
 * The as-of date and policy from a Settings sheet (defaults when there is none).
 *
 * @example
 * readSettings(settingsSheet, reader).policy.dueSoonDays; // 14, when the sheet says so
 */
export function readSettings(data: SheetData | undefined, reader: CellReader): WorkbookSettings {
  const overrides: Partial<Record<string, number>> = {};
  let asOf: IsoDate | null = null;
  data?.values.forEach((values, r) => {
    const at = labelled(values);
    if (!at) return;
    const text = String(values[at.label]);
    const best = SETTING_LABELS.map((s) => ({ field: s.field, score: fieldScore(text, s) })).sort(
      (a, b) => b.score - a.score,
    )[0];
    if (best.score < 0.6 || best.field in overrides || (best.field === 'asOf' && asOf !== null)) return;
    const row = settingRow(data, r, at.label, at.value, best.field);
    if (best.field === 'asOf') asOf = reader.date(row, 'asOf', null);
    else overrides[best.field] = reader.number(row, best.field, null, NUMBER_RULES.count) ?? undefined;
  });
  return { asOf, policy: policyWith(overrides as Partial<SupervisionPolicy>) };
}
