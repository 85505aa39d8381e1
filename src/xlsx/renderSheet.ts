/**
 * Renders a template `SheetSpec` onto an exceljs worksheet: header, widths, number formats,
 * drop-downs, header notes, frozen rows, filter and red/amber/green highlights. What the sheet
 * looks like is the host-neutral sheet plan's (shared/plan); this only translates it into
 * exceljs calls, as the Office.js and SpreadsheetApp renderers do into theirs.
 */
import type ExcelJS from 'exceljs';
import { type PlannedDropDown, type SheetPlan, sheetPlan } from '../../shared/plan';
import type { SheetSpec } from '../../shared/workbook';
import { writeCell } from './cellValues';

/** A drop-down as an .xlsx list formula: a range, or `"a,b,c"` (Excel allows 255 characters). */
function listFormula(d: PlannedDropDown): string {
  return d.range ?? `"${(d.list ?? []).join(',')}"`;
}

function criterion(equals: string | boolean): string {
  if (typeof equals === 'boolean') return equals ? 'TRUE' : 'FALSE';
  return `"${equals.replace(/"/g, '""')}"`;
}

/** exceljs keeps range validations here; its typings only know the per-cell form. */
function validations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function renderColumns(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const col of plan.columns) {
    const column = ws.getColumn(col.index + 1);
    // exceljs leaves a column of width 9 (its own default) out of the file, and Excel then
    // shows it at its default of 8.43: a hair more keeps the 9 in the file.
    if (col.width) column.width = col.width === 9 ? 9 + 1e-6 : col.width;
    // The format sits on the column so rows a user adds later get it too.
    if (col.numberFormat) column.numFmt = col.numberFormat;
    if (col.dropDown && col.body) {
      validations(ws).add(col.body, {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(col.dropDown)],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: col.dropDown.title,
        error: col.dropDown.warning,
      });
    }
    if (col.wholeNumber && col.body) {
      validations(ws).add(col.body, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [col.wholeNumber.min, col.wholeNumber.max],
        showErrorMessage: true,
        errorStyle: 'error',
        errorTitle: col.wholeNumber.title,
        error: col.wholeNumber.message,
      });
    }
  }
}

function renderHeader(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const row = ws.getRow(1);
  for (const col of plan.columns) {
    const cell = row.getCell(col.index + 1);
    cell.value = col.header;
    cell.numFmt = 'General';
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (col.note) cell.note = col.note;
  }
}

function renderHighlights(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const h of plan.highlights) {
    ws.addConditionalFormatting({
      ref: h.body,
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          priority: 1,
          formulae: [criterion(h.equals)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${h.fill}` } },
            font: { color: { argb: `FF${h.font}` } },
          },
        },
      ],
    });
  }
}

/**
 * Fills an empty worksheet from its spec: header and rows in one pass.
 *
 * @example
 * renderSheet(workbook.addWorksheet('Coaches'), coachesSheet(options));
 */
export function renderSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const plan = sheetPlan(spec);
  renderColumns(ws, plan);
  renderHeader(ws, plan);
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((v, c) => {
      if (v !== null) writeCell(row.getCell(c + 1), v);
    });
  });
  if (plan.frozenRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows }];
  if (plan.filter) ws.autoFilter = plan.filter;
  renderHighlights(ws, plan);
  if (spec.print) {
    // Paper size 9 is A4 in the file format; the header rows repeat on every printed page.
    ws.pageSetup.paperSize = 9;
    ws.pageSetup.orientation = spec.print.orientation;
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
    ws.pageSetup.printTitlesRow = `1:${spec.print.repeatHeaderRows}`;
  }
}
