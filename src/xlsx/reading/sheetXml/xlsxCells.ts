/**
 * Reading a worksheet's own XML for the check: only each cell's value and whether it holds a
 * formula (no styles, drop-downs or highlights), which is all the check looks at. Dates come
 * back as serial numbers, as from Excel. Pure text work, so it runs in Node and in a browser's
 * worker alike; test/cli/readXlsx.test.ts holds it to what the exceljs port reads.
 */
import { SheetCells } from '../../../../shared/sheetFromCells';
import type { CellValue } from '../../../../shared/workbook';
import { cellFormula, type FormulaReading } from './cellFormula';
import { columnIndex, MergedAreas } from './mergedAreas';
import { textRuns, xmlAttribute, xmlText } from './xmlText';

/**
 * The text of a cell's first <v>…</v>, found by plain search rather than a pattern, which
 * would step through the whole formula before it.
 */
function valueText(inner: string): string | undefined {
  const open = inner.indexOf('<v>');
  if (open < 0) return undefined;
  const close = inner.indexOf('</v>', open + 3);
  return close < 0 ? undefined : inner.slice(open + 3, close);
}

/**
 * Every cell of a worksheet's XML holding a value or a formula, plus its merged areas (which
 * count in the used range, as in Excel), 0-based. Element prefixes (<x:c>) must already be gone.
 * With `formulas` 'presence', a formula cell's formula is FORMULA_PRESENT, not its text; its
 * text is still read where the cell's value is text starting "=", since a reader may compare
 * the two (a host that shows an uncalculated formula's text as its value).
 *
 * @example
 * xlsxCells('<c r="A1" t="s"><v>0</v></c>', ['Name']).values; // ['Name']
 */
export function xlsxCells(xml: string, strings: readonly string[], formulas: FormulaReading = 'text'): SheetCells {
  const cells = new SheetCells();
  // The merged areas first: only cells inside one need remembering.
  const merged = new MergedAreas(xml);
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /^([A-Z]+)(\d+)$/.exec(xmlAttribute(m[1], 'r') ?? '');
    if (!ref) throw new Error('A cell without its reference.');
    const inner = m[2] ?? '';
    const v = valueText(inner);
    const type = xmlAttribute(m[1], 't');
    let value: CellValue = null;
    if (type === 'inlineStr') value = textRuns(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else if (v !== undefined) {
      if (type === 's') value = strings[Number(v)] ?? null;
      else if (type === 'b') value = v === '1';
      // exceljs (and so XlsxWorkbook) takes a formula's empty text result for no result.
      else if (type === 'str' || type === 'e') value = v === '' ? null : xmlText(v);
      else value = Number(v);
    }
    const formula = cellFormula(inner, value, formulas);
    if (value === null && formula === null) continue;
    const r = Number(ref[2]) - 1;
    const c = columnIndex(ref[1]);
    merged.note(r, c);
    cells.add(r, c, value, formula);
  }
  merged.addBlanks(cells);
  return cells;
}
