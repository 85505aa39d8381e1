/**
 * Rows a template sheet's formulas do not reach. A log sheet shows some worked-out values per
 * row (a training line's status, an evidence entry's "counts", a session's day load): no
 * single formula fills a column of any length in Excel, Google Sheets and LibreOffice alike,
 * so those formulas are written row by row, to a set row and on every row the add-in appends.
 * Records typed or pasted below the last formula row have no working of their own. The totals
 * of the Training sheet and the Evidence log read their typed columns to the last row, so rows
 * there are counted all the same and warned about only where a total needs the row's own
 * working: a training line completed on a date typed as text that can lapse, with no Expires
 * date. The check reads every row whatever the formulas, so it says which rows to fill
 * (docs/rules.md §9). The Monthly summary has a row a month for each coach, and the same
 * warning when the Coaches sheet lists more coaches than it has rows for.
 */
import { FIELDS, type SheetKind } from '../../fields';
import { MONTHS_SHOWN } from '../../rules/caseload/monthlyFigures';
import { dateFromText } from '../../rules/readiness/textDate';
import { columnIndex, firstRowFrom, sheetRow } from '../../sheetPlaces';
import { isBlank } from '../../values/cells/blank';
import type { SheetData } from '../../workbook';
import { CHECK_MESSAGES } from '../messages';
import type { MappedRow, MappedRows } from '../read/rows/mappedRows';
import type { Finding, SheetMapping } from '../types';
import { finding } from './findingRules';

/** The fields of a kind of sheet that the template works out with a formula. */
function computedFields(kind: string): string[] {
  const fields = FIELDS[kind as SheetKind] as Record<string, { read: string }> | undefined;
  return fields ? Object.keys(fields).filter((k) => fields[k].read === 'computed') : [];
}

/**
 * Whether a training line needs its own working for the Coaches sheet to count it: completed on
 * a date typed as text, on a line that can lapse (mandatory training, or a refresher period
 * typed on it), with no Expires date to go by (docs/rules.md §9).
 */
function textDateMayLapse(r: MappedRow): boolean {
  const done = r.value('completedOn');
  if (typeof done !== 'string' || dateFromText(done) === null || !isBlank(r.value('expires'))) return false;
  const months = r.value('refresherMonths');
  return /mandatory/i.test(String(r.value('checklist') ?? '')) || (typeof months === 'number' && months >= 1);
}

/**
 * Sheets whose totals read their typed columns to the last row: which of their rows without
 * the row's own working the totals still leave out.
 */
const COUNTED_IN_FULL: Readonly<Record<string, (r: MappedRow) => boolean>> = {
  training: textDateMayLapse,
  evidenceLog: () => false,
};

/** The last 1-based sheet row with a formula in any of the fields' columns (0 when none). */
function lastFormulaRowOf(data: SheetData | undefined, mapping: SheetMapping, fields: readonly string[]): number {
  if (!data) return 0;
  const columns = mapping.columns.filter((c) => fields.includes(c.field)).map((c) => columnIndex(data, c.column));
  for (let r = data.formulas.length - 1; r >= 0; r--) {
    if (columns.some((c) => c >= 0 && (data.formulas[r]?.[c] ?? null) !== null)) return sheetRow(data, r) + 1;
  }
  return 0;
}

/** Whether a row has neither a value nor a formula in any of the worked-out fields. */
function lacksWorking(row: MappedRow, fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as never;
    if (isBlank(row.value(f)) && !row.formula(f)) return true;
  }
  return false;
}

/**
 * One warning for each mapped sheet whose worked-out columns have formulas on some rows and,
 * on rows holding records, neither a formula nor a value.
 *
 * @example
 * formulaRowFindings([{ mapping, rows }]); // [{ rule: 'data.formula-rows', sheet: 'Training', row: 2502, … }]
 */
export function formulaRowFindings(
  mapped: readonly { mapping: SheetMapping; rows: MappedRows }[],
  sheets: readonly SheetData[],
): Finding[] {
  return mapped.flatMap(({ mapping, rows }) => {
    const computed = computedFields(mapping.kind).filter((f) => mapping.columns.some((c) => c.field === f));
    if (computed.length === 0 || rows.length === 0) return [];
    const withFormula = computed.filter((f) => rows.some((r) => r.formula(f as never)));
    // No formula in any worked-out column: nothing can be missing one.
    if (withFormula.length === 0) return [];
    // A cell with a value (typed over the formula, or calculated) is not missing anything.
    const leftOut = COUNTED_IN_FULL[mapping.kind];
    // Counted, with the first and last such row: nothing is made per row.
    let count = 0;
    let first: MappedRow | null = null;
    let last: MappedRow | null = null;
    // An index, not an iterator: this visits every row of every log.
    for (let i = 0; i < rows.length; i++) {
      const r = rows.row(i);
      if (!lacksWorking(r, withFormula) || (leftOut !== undefined && !leftOut(r))) continue;
      count++;
      first ??= r;
      last = r;
    }
    if (first === null || last === null) return [];
    const lastFormulaRow = lastFormulaRowOf(
      sheets.find((d) => d.name === mapping.sheet),
      mapping,
      withFormula,
    );
    const headers = withFormula.map((f) => rows.row(0).header(f as never));
    return [
      finding(
        'data.formula-rows',
        { sheet: mapping.sheet, row: first.row, column: first.column(withFormula[0] as never) },
        null,
        CHECK_MESSAGES.formulaRows(mapping.sheet, first.row, last.row, count, lastFormulaRow, headers),
      ),
    ];
  });
}

/** The Monthly summary sheet's name (the template's). */
export const MONTHLY_SUMMARY_NAME = 'Monthly summary';

/**
 * A warning when the template's Monthly summary has fewer month rows than twelve for each
 * coach on the Coaches sheet (its first column holds the month formula on every row).
 *
 * @example
 * monthlySummaryRowFindings(sheets, 51); // [{ rule: 'data.formula-rows', sheet: 'Monthly summary', … }]
 */
export function monthlySummaryRowFindings(sheets: readonly SheetData[], coaches: number): Finding[] {
  const data = sheets.find((s) => s.name === MONTHLY_SUMMARY_NAME);
  if (!data || coaches === 0) return [];
  const month = columnIndex(data, 0);
  let rows = 0;
  let last = 1;
  for (let r = firstRowFrom(data, 1); r < data.formulas.length; r++) {
    if (month >= 0 && (data.formulas[r]?.[month] ?? null) !== null) {
      rows++;
      last = sheetRow(data, r) + 1;
    }
  }
  if (rows === 0 || rows >= MONTHS_SHOWN * coaches) return [];
  const needed = MONTHS_SHOWN * coaches + 1;
  return [
    finding(
      'data.formula-rows',
      { sheet: data.name, row: last + 1, column: 'A' },
      null,
      CHECK_MESSAGES.monthlySummaryRows(Math.floor(rows / MONTHS_SHOWN), coaches, needed),
    ),
  ];
}
