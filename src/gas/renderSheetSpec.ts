/**
 * Creates a template sheet from its SheetSpec in a fixed number of SpreadsheetApp calls,
 * whatever the number of rows: values and formulas in one setValues, then header style and
 * notes, widths, number formats, drop-downs (one call), frozen rows, filter and one
 * setConditionalFormatRules. Same conventions as the .xlsx renderer (src/xlsx/renderSheet.ts).
 */
import { columnLetter, type HighlightRule, type SheetSpec } from '../../shared/workbook';
import { dropDownRule, isPending, type PendingDropDown } from './dataValidation';
import type { ZoneDates } from './zoneDates';
import { toSheetsCell } from './writeValues';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Fill and text colours of Excel's Bad / Neutral / Good styles, so both hosts look alike. */
export const HIGHLIGHT_COLOURS: Record<HighlightRule['style'], { fill: string; font: string }> = {
  bad: { fill: '#FFC7CE', font: '#9C0006' },
  warn: { fill: '#FFEB9C', font: '#9C5700' },
  good: { fill: '#C6EFCE', font: '#006100' },
};

/** Sheets widths are pixels; the spec's are characters of the default font. */
const pixels = (characters: number): number => Math.round(characters * 7 + 10);

function writeCells(sheet: Sheet, spec: SheetSpec, width: number, dates: ZoneDates): void {
  const rows = [spec.columns.map((c) => c.header), ...spec.rows];
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, c) => toSheetsCell(c < row.length ? row[c] : null, dates.toDate)),
  );
  sheet.getRange(1, 1, values.length, width).setValues(values);
  // Bold, wrapped and top-aligned, as the Excel and .xlsx renderers make the header row.
  const header = sheet
    .getRange(1, 1, 1, spec.columns.length)
    .setFontWeight('bold')
    .setWrap(true)
    .setVerticalAlignment('top');
  if (spec.columns.some((c) => c.note)) header.setNotes([spec.columns.map((c) => c.note ?? '')]);
}

function setWidths(sheet: Sheet, spec: SheetSpec): void {
  // Neighbouring columns of one width share a call.
  let start = 0;
  spec.columns.forEach((col, i) => {
    const next = spec.columns[i + 1];
    if (next && next.width === col.width) return;
    if (col.width) sheet.setColumnWidths(start + 1, i - start + 1, pixels(col.width));
    start = i + 1;
  });
}

/**
 * A number format in Sheets' syntax: Excel's codes carry over, except Excel's locale tags
 * ("[$-809]") and "General", which is a new cell's format anyway.
 *
 * @example
 * sheetsNumberFormat('[$-809]dd/mm/yyyy'); // 'dd/mm/yyyy'
 */
export function sheetsNumberFormat(format: string | undefined): string | null {
  const f = (format ?? '').replace(/\[\$-[0-9A-Fa-f]+\]/g, '').trim();
  return f === '' || f.toLowerCase() === 'general' ? null : f;
}

function setFormats(sheet: Sheet, spec: SheetSpec, last: number): void {
  // One call per distinct format: every column that uses it, as one range list.
  const byFormat = new Map<string, string[]>();
  spec.columns.forEach((col, i) => {
    const format = sheetsNumberFormat(col.numberFormat);
    if (!format) return;
    const letter = columnLetter(i);
    byFormat.set(format, [...(byFormat.get(format) ?? []), `${letter}2:${letter}${last}`]);
  });
  byFormat.forEach((ranges, format) => sheet.getRangeList(ranges).setNumberFormat(format));
}

function highlightRules(app: SpreadsheetApp, sheet: Sheet, spec: SheetSpec, last: number) {
  return spec.highlights.map((h) => {
    const index = spec.columns.findIndex((c) => c.key === h.column);
    if (index < 0) throw new Error(`Sheet "${spec.name}" highlights an unknown column "${h.column}".`);
    const colours = HIGHLIGHT_COLOURS[h.style];
    const builder = app.newConditionalFormatRule();
    const letter = columnLetter(index);
    if (typeof h.equals === 'boolean') builder.whenFormulaSatisfied(`=$${letter}2=${h.equals ? 'TRUE' : 'FALSE'}`);
    else builder.whenTextEqualTo(h.equals);
    return builder
      .setBackground(colours.fill)
      .setFontColor(colours.font)
      .setRanges([sheet.getRange(`${letter}2:${letter}${last}`)])
      .build();
  });
}

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Every drop-down of the sheet in one setDataValidations over the columns from the first
 * drop-down to the last (a column between them without one gets none); returns those still
 * waiting for their list's sheet.
 */
function setDropDowns(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  sheet: Sheet,
  spec: SheetSpec,
  last: number,
  exists: (sheet: string) => boolean,
): PendingDropDown[] {
  const pending: PendingDropDown[] = [];
  const rules = spec.columns.map((col, i) => {
    const rule = dropDownRule(app, ss, col, () => sheet.getRange(2, i + 1, last - 1, 1), exists);
    if (isPending(rule)) pending.push(rule);
    return isPending(rule) ? null : rule;
  });
  const first = rules.findIndex((r) => r !== null);
  if (first < 0) return pending;
  const end = rules.length - [...rules].reverse().findIndex((r) => r !== null);
  const row: (DataValidation | null)[] = rules.slice(first, end);
  const block = Array.from({ length: last - 1 }, () => row);
  sheet.getRange(2, first + 1, last - 1, end - first).setDataValidations(block);
  return pending;
}

/** Where a spec is rendered: its new (empty) sheet, and which sheets exist by now. */
export interface RenderTarget {
  sheet: Sheet;
  exists: (sheet: string) => boolean;
}

/**
 * Fills a new sheet from its spec; returns drop-downs still waiting for their list sheet.
 *
 * @example
 * const pending = renderSheetSpec(SpreadsheetApp, ss, coachesSpec, zoneDates('Europe/London', Utilities), target);
 */
export function renderSheetSpec(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  spec: SheetSpec,
  dates: ZoneDates,
  { sheet, exists }: RenderTarget,
): PendingDropDown[] {
  const width = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length));
  if (width === 0) return [];
  const last = Math.max(spec.formatRows, spec.rows.length) + 1;
  writeCells(sheet, spec, width, dates);
  setWidths(sheet, spec);
  let pending: PendingDropDown[] = [];
  if (last >= 2) {
    setFormats(sheet, spec, last);
    pending = setDropDowns(app, ss, sheet, spec, last, exists);
    const rules = highlightRules(app, sheet, spec, last);
    if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  }
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  if (spec.filter && spec.columns.length > 0) sheet.getRange(1, 1, last, spec.columns.length).createFilter();
  return pending;
}
