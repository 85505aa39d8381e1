/**
 * A template workbook trimmed for LibreOffice tests: the formula rows under the last row that
 * holds typed data are emptied before the file is saved. The template pre-fills its per-row
 * formulas to a set row (Training to 2,500, Hours log to 2,000, …); a row of formulas with
 * nothing typed in it gives blanks and is the same formula as the rows above it, yet LibreOffice
 * parses and calculates every one of them, which is most of a recalculation's time. Rows with
 * data keep every formula, and the whole-column formulas that read them are untouched, so the
 * figures compared are those of the full template.
 */
import type ExcelJS from 'exceljs';
import type { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

/** Whether a cell holds something typed (not a formula, not blank). */
function typed(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return false;
  return !(typeof v === 'object' && ('formula' in v || 'sharedFormula' in v));
}

/** The last row (1-based) of a sheet with anything typed in it. */
function lastTypedRow(ws: ExcelJS.Worksheet): number {
  let last = 1;
  ws.eachRow((row, r) => {
    if (r <= last) return;
    let any = false;
    row.eachCell((cell) => {
      if (!any && typed(cell)) any = true;
    });
    if (any) last = r;
  });
  return last;
}

/**
 * Empties each sheet's rows below its last typed row (or below `keep[sheet]` when that is
 * further down: a sheet of formulas only, such as the Monthly summary, says how many it needs).
 *
 * @example
 * trimFormulaRows(wb, { 'Monthly summary': 1 + 12 * coaches });
 */
export function trimFormulaRows(wb: XlsxWorkbook, keep: Readonly<Record<string, number>> = {}): void {
  wb.workbook.eachSheet((ws) => {
    const last = Math.max(lastTypedRow(ws), keep[ws.name] ?? 0);
    // Emptied rather than spliced: exceljs leaves rows spliced from a sheet's end in place.
    ws.eachRow((row, r) => {
      if (r > last) row.eachCell((cell) => (cell.value = null));
    });
  });
}

/**
 * Empties every row that holds nothing typed, on every sheet: a workbook with data far down a
 * log (row 2,600) keeps only the rows that hold records, so LibreOffice does not parse the
 * thousands of per-row formulas between them. Totals read the typed columns, which are kept.
 *
 * @example
 * emptyUntypedRows(wb);
 */
export function emptyUntypedRows(wb: XlsxWorkbook): void {
  wb.workbook.eachSheet((ws) => {
    ws.eachRow((row, r) => {
      if (r === 1) return;
      let any = false;
      row.eachCell((cell) => {
        if (!any && typed(cell)) any = true;
      });
      if (!any) row.eachCell((cell) => (cell.value = null));
    });
  });
}
