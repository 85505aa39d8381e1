/**
 * Queues a template `SheetSpec` onto a new Office.js worksheet: header, widths, number
 * formats, drop-downs, header notes, frozen rows, filter and red/amber/green highlights.
 * Nothing here syncs: the caller sends it all in one round trip, whatever the row count.
 * What the sheet looks like is the host-neutral sheet plan's (shared/plan); this only
 * translates it into Office.js calls.
 */
import { type PlannedDropDown, type SheetPlan, sheetPlan } from '../../../shared/plan';
import { columnLetter, type SheetSpec } from '../../../shared/workbook';
import type { DateSystem } from '../../../shared/values/dates/excelSerial';
import { encodeBlock, textForExcel } from './cellEncoding';

export interface RenderOptions {
  dateSystem: DateSystem;
  /** Whether the host has an API set, e.g. ('ExcelApi', '1.18') for notes. */
  supports(set: string, version: string): boolean;
}

/**
 * A width in characters as points, Office.js's unit: Excel's default font is about 7 px a
 * character plus 5 px of padding, and a point is 4/3 px.
 *
 * @example
 * pointsForWidth(10); // 56.25
 */
export function pointsForWidth(chars: number): number {
  return ((chars * 7 + 5) * 3) / 4;
}

/** A column of `rows` cells all holding `value`: Office.js wants arrays the range's shape. */
function column<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

/** A drop-down's source in Office.js's form: "=Sheet!$A$2:$A$9" or "a,b,c". */
function listSource(d: PlannedDropDown): string {
  return d.range ? `=${d.range}` : (d.list ?? []).join(',');
}

/** An "equal to" condition's formula in Office.js's form. */
function criterion(equals: string | boolean): string {
  if (typeof equals === 'boolean') return equals ? '=TRUE' : '=FALSE';
  return `="${equals.replace(/"/g, '""')}"`;
}

function queueColumns(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const col of plan.columns) {
    if (col.width) ws.getRange(`${col.letter}:${col.letter}`).format.columnWidth = pointsForWidth(col.width);
    if (!col.body) continue;
    const body = ws.getRange(col.body);
    if (col.numberFormat) body.numberFormat = column(plan.lastRow - 1, col.numberFormat);
    if (col.dropDown) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(col.dropDown) } };
      const { title, warning: message } = col.dropDown;
      body.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title, message };
    }
  }
}

function queueHeader(ws: Excel.Worksheet, plan: SheetPlan, header: string, options: RenderOptions): void {
  const range = ws.getRange(header);
  range.formulas = [plan.columns.map((c) => textForExcel(c.header))];
  range.format.font.bold = true;
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  // Notes (ExcelApi 1.18) are the plain help text a header wants; older hosts get a comment
  // (1.10); hosts with neither simply go without the help, the sheet still works.
  const notes = options.supports('ExcelApi', '1.18');
  const comments = !notes && options.supports('ExcelApi', '1.10');
  for (const col of plan.columns) {
    if (!col.note) continue;
    const cell = ws.getRange(`${col.letter}1`);
    if (notes) ws.notes.add(cell, col.note);
    else if (comments) ws.comments.add(cell, col.note);
  }
}

function queueRows(ws: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): void {
  if (spec.rows.length === 0) return;
  const block = encodeBlock(spec.rows, options.dateSystem);
  if (block.cols === 0) return;
  const range = ws.getRange(`A2:${columnLetter(block.cols - 1)}${block.rows + 1}`);
  range.formulas = block.formulas;
  if (block.numberFormat) {
    // A column's own format (e.g. dd/mm/yyyy) wins over the default date format.
    range.numberFormat = block.numberFormat.map((row) => row.map((f, c) => (spec.columns[c]?.numberFormat ? null : f)));
  }
}

function queueHighlights(ws: Excel.Worksheet, plan: SheetPlan): void {
  if (plan.lastRow < 2) return;
  for (const h of plan.highlights) {
    const format = ws.getRange(h.body).conditionalFormats.add('CellValue');
    format.cellValue.format.fill.color = `#${h.fill}`;
    format.cellValue.format.font.color = `#${h.font}`;
    format.cellValue.rule = { formula1: criterion(h.equals), operator: 'EqualTo' };
  }
}

/**
 * Queues everything a new sheet needs; the caller then syncs once.
 *
 * @example
 * const ws = context.workbook.worksheets.add(spec.name);
 * queueSheetSpec(ws, spec, { dateSystem: '1900', supports: () => true });
 * await context.sync();
 */
export function queueSheetSpec(ws: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): void {
  const plan = sheetPlan(spec);
  if (!plan.header) return;
  queueColumns(ws, plan);
  queueHeader(ws, plan, plan.header, options);
  queueRows(ws, spec, options);
  if (plan.frozenRows > 0) ws.freezePanes.freezeRows(plan.frozenRows);
  if (plan.filter) ws.autoFilter.apply(ws.getRange(plan.filter));
  queueHighlights(ws, plan);
  // Page layout is ExcelApi 1.9; where it is missing the sheet is complete, without its print settings.
  if (spec.print && options.supports('ExcelApi', '1.9')) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$1:$${spec.print.repeatHeaderRows}`);
  }
}
