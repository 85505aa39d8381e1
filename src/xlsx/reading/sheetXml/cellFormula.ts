/**
 * A cell's formula as the check's reading of a worksheet wants it: its full text (as Excel
 * shows it), or only that there is one. A coach's workbook holds tens of megabytes of formula
 * text, and decoding it all cost a third of the reading, while the check asks of a cell only
 * whether it holds a formula.
 */
import { formulaPresence } from '../../../../shared/check/read/checkValue';
import type { CellValue } from '../../../../shared/workbook';
import { fromStoredFormula } from '../../futureFunctions';
import { xmlText } from './xmlText';

/**
 * How a cell's formula is read: its full text (as Excel shows it, for any reader that needs the
 * formula), or only that there is one, which is all the check asks of a cell.
 *
 * @example
 * xlsxCells(xml, strings, 'presence'); // each formula cell's formula is FORMULA_PRESENT
 */
export type FormulaReading = 'text' | 'presence';

export { FORMULA_PRESENT } from '../../../../shared/check/read/checkValue';

/**
 * The formula of a cell from the XML inside its <c> element, or null when it has none. With
 * 'presence' it is as the check's one rule reads it (formulaPresence): FORMULA_PRESENT, except
 * where the cell's value is text starting "=", whose formula text is decoded in full.
 *
 * @example
 * cellFormula('<f>B2*2</f><v>4</v>', 4, 'text');     // 'B2*2'
 * cellFormula('<f>B2*2</f><v>4</v>', 4, 'presence'); // '='
 * cellFormula('<v>4</v>', 4, 'text');                // null
 */
export function cellFormula(inner: string, value: CellValue, reading: FormulaReading): string | null {
  // Looked for only in a cell that has one: a pattern would step through every value cell.
  const f = inner.includes('<f') ? /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner) : null;
  if (!f) return null;
  const text = () => fromStoredFormula(xmlText(f[1] ?? ''));
  return reading === 'text' ? text() : formulaPresence(value, text);
}
