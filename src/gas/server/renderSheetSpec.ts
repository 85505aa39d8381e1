/**
 * Creates a template sheet from its SheetSpec in a fixed number of SpreadsheetApp calls,
 * whatever the number of rows: values and formulas in one setValues, then header style and
 * notes, widths (a call per run of equal widths), number formats, drop-downs (one call for
 * the sheet), frozen rows, filter and one
 * setConditionalFormatRules. What the sheet looks like is the host-neutral sheet plan's
 * (shared/plan); this only translates it into SpreadsheetApp calls.
 */
import { type SheetPlan, sheetPlan } from '../../../shared/plan';
import type { SheetSpec } from '../../../shared/workbook';
import { dropDownRule, type PendingDropDown } from './dataValidation';
import type { ZoneDates } from './zoneDates';
import { toSheetsCell } from './writeValues';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Sheets widths are pixels; the spec's are characters of the default font. */
const pixels = (characters: number): number => Math.round(characters * 7 + 10);

function writeCells(sheet: Sheet, spec: SheetSpec, plan: SheetPlan, dates: ZoneDates): void {
  const width = plan.width;
  const rows = [plan.columns.map((c) => c.header), ...spec.rows];
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, c) => toSheetsCell(c < row.length ? row[c] : null, dates.toDate)),
  );
  sheet.getRange(1, 1, values.length, width).setValues(values);
  // Bold, wrapped and top-aligned, as the Excel and .xlsx renderers make the header row.
  const header = sheet
    .getRange(1, 1, 1, plan.columns.length)
    .setFontWeight('bold')
    .setWrap(true)
    .setVerticalAlignment('top');
  if (plan.columns.some((c) => c.note)) header.setNotes([plan.columns.map((c) => c.note ?? '')]);
}

function setWidths(sheet: Sheet, plan: SheetPlan): void {
  // Neighbouring columns of one width share a call.
  let start = 0;
  plan.columns.forEach((col, i) => {
    const next = plan.columns[i + 1];
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

function setFormats(sheet: Sheet, plan: SheetPlan): void {
  // One call per distinct format: every column that uses it, as one range list.
  const byFormat = new Map<string, string[]>();
  for (const col of plan.columns) {
    const format = sheetsNumberFormat(col.numberFormat);
    if (format && col.body) byFormat.set(format, [...(byFormat.get(format) ?? []), col.body]);
  }
  byFormat.forEach((ranges, format) => sheet.getRangeList(ranges).setNumberFormat(format));
}

function highlightRules(app: SpreadsheetApp, sheet: Sheet, plan: SheetPlan) {
  return plan.highlights.map((h) => {
    const builder = app.newConditionalFormatRule();
    if (typeof h.equals === 'boolean') builder.whenFormulaSatisfied(`=$${h.letter}2=${h.equals ? 'TRUE' : 'FALSE'}`);
    else builder.whenTextEqualTo(h.equals);
    return builder
      .setBackground(`#${h.fill}`)
      .setFontColor(`#${h.font}`)
      .setRanges([sheet.getRange(h.body)])
      .build();
  });
}

/**
 * Every drop-down of the sheet in one setDataValidations over the block from the first
 * drop-down column to the last (null where a column has none); a drop-down whose list sheet
 * does not exist yet is returned to wait for it.
 */
function setDropDowns(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  sheet: Sheet,
  plan: SheetPlan,
  exists: (sheet: string) => boolean,
): PendingDropDown[] {
  const withDropDown = plan.columns.filter((c) => c.dropDown);
  if (withDropDown.length === 0) return [];
  const first = withDropDown[0].index;
  const last = withDropDown[withDropDown.length - 1].index;
  const rows = plan.lastRow - 1;
  const pending: PendingDropDown[] = [];
  const rules = plan.columns.slice(first, last + 1).map((col) => {
    if (!col.dropDown) return null;
    const made = dropDownRule(app, ss, col.dropDown, exists);
    if (made && 'waits' in made) pending.push({ ...made.waits, target: sheet.getRange(2, col.index + 1, rows, 1) });
    return made && 'rule' in made ? made.rule : null;
  });
  if (rules.some((r) => r !== null)) {
    const grid = Array.from({ length: rows }, () => rules);
    sheet.getRange(2, first + 1, rows, last - first + 1).setDataValidations(grid);
  }
  return pending;
}

/** Where a spec is rendered: its new (empty) sheet, and which sheets exist by now. */
export interface RenderTarget {
  sheet: Sheet;
  exists: (sheet: string) => boolean;
}

/**
 * Adds and fills a sheet from its spec; returns drop-downs still waiting for their list sheet.
 *
 * @example
 * const pending = renderSheetSpec(SpreadsheetApp, ss, coachesSpec, zoneDates('Europe/London', Utilities));
 */
export function renderSheetSpec(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  spec: SheetSpec,
  dates: ZoneDates,
  { sheet, exists }: RenderTarget,
): PendingDropDown[] {
  const plan = sheetPlan(spec);
  if (plan.width === 0) return [];
  writeCells(sheet, spec, plan, dates);
  setWidths(sheet, plan);
  const pending: PendingDropDown[] = [];
  if (plan.lastRow >= 2) {
    setFormats(sheet, plan);
    pending.push(...setDropDowns(app, ss, sheet, plan, exists));
    const rules = highlightRules(app, sheet, plan);
    if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.filter) sheet.getRange(1, 1, plan.lastRow, plan.columns.length).createFilter();
  return pending;
}
