/**
 * Renders a template `SheetSpec` onto an exceljs worksheet: header, widths, number formats,
 * drop-downs, header notes, frozen rows, filter and red/amber/green highlights. The Office.js
 * and SpreadsheetApp renderers follow the same conventions (see shared/templates/README.md).
 */
import type ExcelJS from 'exceljs';
import { columnLetter, type ColumnSpec, type HighlightRule, type SheetSpec } from '../../shared/workbook';
import { writeCell } from './cellValues';

/**
 * Fill and text colours of Excel's built-in Bad / Neutral / Good cell styles.
 *
 * @example
 * HIGHLIGHT_COLOURS.bad; // { fill: 'FFC7CE', font: '9C0006' }
 */
export const HIGHLIGHT_COLOURS: Record<HighlightRule['style'], { fill: string; font: string }> = {
  bad: { fill: 'FFC7CE', font: '9C0006' },
  warn: { fill: 'FFEB9C', font: '9C5700' },
  good: { fill: 'C6EFCE', font: '006100' },
};

/** A list of values as an .xlsx list formula: `"a,b,c"` (Excel allows 255 characters). */
function listFormula(col: ColumnSpec): string | null {
  if (col.listRange) return col.listRange.startsWith('=') ? col.listRange.slice(1) : col.listRange;
  if (col.list) return `"${col.list.join(',')}"`;
  return null;
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

function renderColumns(ws: ExcelJS.Worksheet, spec: SheetSpec, last: number): void {
  spec.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    // exceljs leaves a column of width 9 (its own default) out of the file, and Excel then
    // shows it at its default of 8.43: a hair more keeps the 9 in the file.
    if (col.width) column.width = col.width === 9 ? 9 + 1e-6 : col.width;
    // The format sits on the column so rows a user adds later get it too.
    if (col.numberFormat) column.numFmt = col.numberFormat;
    const list = listFormula(col);
    if (list && last >= 2) {
      const letter = columnLetter(i);
      validations(ws).add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        // A warning, not a stop: the rules accept synonyms ("LM", "HCS") a list cannot offer.
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: col.header,
        error: `Choose a value from the list for ${col.header}.`,
      });
    }
  });
}

function renderHeader(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const row = ws.getRow(1);
  spec.columns.forEach((col, i) => {
    const cell = row.getCell(i + 1);
    cell.value = col.header;
    cell.numFmt = 'General';
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (col.note) cell.note = col.note;
  });
}

function renderHighlights(ws: ExcelJS.Worksheet, spec: SheetSpec, last: number): void {
  for (const h of spec.highlights) {
    const index = spec.columns.findIndex((c) => c.key === h.column);
    if (index < 0) throw new Error(`Sheet "${spec.name}" highlights an unknown column "${h.column}".`);
    const letter = columnLetter(index);
    const colours = HIGHLIGHT_COLOURS[h.style];
    ws.addConditionalFormatting({
      ref: `${letter}2:${letter}${last}`,
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          priority: 1,
          formulae: [criterion(h.equals)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${colours.fill}` } },
            font: { color: { argb: `FF${colours.font}` } },
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
  const last = Math.max(spec.formatRows, spec.rows.length) + 1;
  renderColumns(ws, spec, last);
  renderHeader(ws, spec);
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((v, c) => {
      if (v !== null) writeCell(row.getCell(c + 1), v);
    });
  });
  if (spec.frozenRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows }];
  if (spec.filter && spec.columns.length > 0) {
    ws.autoFilter = `A1:${columnLetter(spec.columns.length - 1)}${last}`;
  }
  renderHighlights(ws, spec, last);
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
