/**
 * Queues a template `SheetSpec` onto a new Office.js worksheet: header, widths, number
 * formats, drop-downs, header notes, frozen rows, filter and red/amber/green highlights.
 * Nothing here syncs: the caller sends it all in one round trip, whatever the row count.
 * Conventions match the .xlsx renderer (src/xlsx/renderSheet.ts).
 */
import { columnLetter, type ColumnSpec, type HighlightRule, type SheetSpec } from '../../shared/workbook';
import type { DateSystem } from '../../shared/values/excelSerial';
import { encodeBlock, textForExcel } from './cellEncoding';

/**
 * Fill and text colours of Excel's built-in Bad / Neutral / Good cell styles.
 *
 * @example
 * HIGHLIGHT_COLOURS.bad; // { fill: '#FFC7CE', font: '#9C0006' }
 */
export const HIGHLIGHT_COLOURS: Record<HighlightRule['style'], { fill: string; font: string }> = {
  bad: { fill: '#FFC7CE', font: '#9C0006' },
  warn: { fill: '#FFEB9C', font: '#9C5700' },
  good: { fill: '#C6EFCE', font: '#006100' },
};

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

function listSource(col: ColumnSpec): string | null {
  if (col.listRange) return col.listRange.startsWith('=') ? col.listRange : `=${col.listRange}`;
  if (col.list) return col.list.join(',');
  return null;
}

function criterion(equals: string | boolean): string {
  if (typeof equals === 'boolean') return equals ? '=TRUE' : '=FALSE';
  return `="${equals.replace(/"/g, '""')}"`;
}

function queueColumns(ws: Excel.Worksheet, spec: SheetSpec, last: number): void {
  spec.columns.forEach((col, i) => {
    const letter = columnLetter(i);
    if (col.width) ws.getRange(`${letter}:${letter}`).format.columnWidth = pointsForWidth(col.width);
    if (last < 2) return;
    const body = ws.getRange(`${letter}2:${letter}${last}`);
    if (col.numberFormat) body.numberFormat = column(last - 1, col.numberFormat);
    const source = listSource(col);
    if (source) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source } };
      // A warning, not a stop: the rules accept synonyms ("LM", "HCS") a list cannot offer.
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: col.header,
        message: `Choose a value from the list for ${col.header}.`,
      };
    }
  });
}

function queueHeader(ws: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): void {
  const header = ws.getRange(`A1:${columnLetter(spec.columns.length - 1)}1`);
  header.formulas = [spec.columns.map((c) => textForExcel(c.header))];
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.verticalAlignment = 'Top';
  // Notes (ExcelApi 1.18) are the plain help text a header wants; older hosts get a comment
  // (1.10); hosts with neither simply go without the help, the sheet still works.
  const notes = options.supports('ExcelApi', '1.18');
  const comments = !notes && options.supports('ExcelApi', '1.10');
  spec.columns.forEach((col, i) => {
    if (!col.note) return;
    const cell = ws.getRange(`${columnLetter(i)}1`);
    if (notes) ws.notes.add(cell, col.note);
    else if (comments) ws.comments.add(cell, col.note);
  });
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

function queueHighlights(ws: Excel.Worksheet, spec: SheetSpec, last: number): void {
  for (const h of spec.highlights) {
    const index = spec.columns.findIndex((c) => c.key === h.column);
    if (index < 0) throw new Error(`Sheet "${spec.name}" highlights an unknown column "${h.column}".`);
    if (last < 2) continue;
    const letter = columnLetter(index);
    const format = ws.getRange(`${letter}2:${letter}${last}`).conditionalFormats.add('CellValue');
    const colours = HIGHLIGHT_COLOURS[h.style];
    format.cellValue.format.fill.color = colours.fill;
    format.cellValue.format.font.color = colours.font;
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
  if (spec.columns.length === 0) return;
  const last = Math.max(spec.formatRows, spec.rows.length) + 1;
  queueColumns(ws, spec, last);
  queueHeader(ws, spec, options);
  queueRows(ws, spec, options);
  if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
  if (spec.filter) ws.autoFilter.apply(ws.getRange(`A1:${columnLetter(spec.columns.length - 1)}${last}`));
  queueHighlights(ws, spec, last);
  // Page layout is ExcelApi 1.9; where it is missing the sheet is complete, without its print settings.
  if (spec.print && options.supports('ExcelApi', '1.9')) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$1:$${spec.print.repeatHeaderRows}`);
  }
}
