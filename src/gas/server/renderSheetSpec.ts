/**
 * Creates a template sheet from its SheetSpec in a fixed number of SpreadsheetApp calls,
 * whatever the number of rows: values and formulas in one setValues; the header's style (one
 * copy of an earlier sheet's header format, or three calls for the first sheet of a run) and
 * notes; widths in the fewest setColumnWidths calls (sheetLayout/); number formats in one
 * setNumberFormats; drop-downs in one setDataValidations; frozen rows, filter and one
 * setConditionalFormatRules. What the sheet looks like is the host-neutral sheet plan's
 * (shared/plan); this only translates it into SpreadsheetApp calls.
 */
import { type SheetPlan, sheetPlan } from '../../../shared/plan';
import type { SheetSpec } from '../../../shared/workbook';
import { dropDownRule, type PendingDropDown, wholeNumberRule } from './dataValidation';
import { styleHeader } from './sheetLayout/headerStyle';
import { setNumberFormats } from './sheetLayout/numberFormats';
import { SHEETS_DEFAULT_WIDTH, sheetsWidths } from './sheetLayout/sheetsWidths';
import { widthStrokes } from './sheetLayout/widthStrokes';
import type { ZoneDates } from './zoneDates';
import { toSheetsCell } from './writeValues';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function writeCells(sheet: Sheet, spec: SheetSpec, plan: SheetPlan, dates: ZoneDates): void {
  const width = plan.width;
  const rows = [plan.columns.map((c) => c.header), ...spec.rows];
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, c) => toSheetsCell(c < row.length ? row[c] : null, dates.toDate)),
  );
  sheet.getRange(1, 1, values.length, width).setValues(values);
  if (plan.columns.some((c) => c.note)) {
    sheet.getRange(1, 1, 1, plan.columns.length).setNotes([plan.columns.map((c) => c.note ?? '')]);
  }
}

function setWidths(sheet: Sheet, plan: SheetPlan): void {
  const widths = sheetsWidths(plan.columns.map((c) => c.width));
  for (const s of widthStrokes(widths, SHEETS_DEFAULT_WIDTH)) sheet.setColumnWidths(s.start, s.count, s.width);
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
  const withDropDown = plan.columns.filter((c) => c.dropDown || c.wholeNumber);
  if (withDropDown.length === 0) return [];
  const first = withDropDown[0].index;
  const last = withDropDown[withDropDown.length - 1].index;
  const rows = plan.lastRow - 1;
  const pending: PendingDropDown[] = [];
  const rules = plan.columns.slice(first, last + 1).map((col) => {
    if (col.wholeNumber) return wholeNumberRule(app, col.wholeNumber);
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

/**
 * Where a spec is rendered: its new (empty) sheet, which sheets exist by now, and a header
 * cell already styled in this run to copy the header format from (none for the first sheet).
 */
export interface RenderTarget {
  sheet: Sheet;
  exists: (sheet: string) => boolean;
  styledHeader: Range | null;
}

/** What rendering leaves: drop-downs waiting for their list sheet, and the styled header cell. */
export interface Rendered {
  pending: PendingDropDown[];
  styledHeader: Range | null;
}

/**
 * Adds and fills a sheet from its spec.
 *
 * @example
 * const { pending, styledHeader } = renderSheetSpec(SpreadsheetApp, ss, coachesSpec, dates, { sheet, exists, styledHeader: null });
 */
export function renderSheetSpec(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  spec: SheetSpec,
  dates: ZoneDates,
  { sheet, exists, styledHeader }: RenderTarget,
): Rendered {
  const plan = sheetPlan(spec);
  if (plan.width === 0) return { pending: [], styledHeader };
  writeCells(sheet, spec, plan, dates);
  const styled = plan.columns.length > 0 ? styleHeader(sheet, plan.columns.length, styledHeader) : styledHeader;
  setWidths(sheet, plan);
  const pending: PendingDropDown[] = [];
  if (plan.lastRow >= 2) {
    setNumberFormats(sheet, plan);
    pending.push(...setDropDowns(app, ss, sheet, plan, exists));
    const rules = highlightRules(app, sheet, plan);
    if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.filter) sheet.getRange(1, 1, plan.lastRow, plan.columns.length).createFilter();
  return { pending, styledHeader: styled };
}
