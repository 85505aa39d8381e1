/**
 * A cell's formula as the check's reading of a worksheet wants it: its full text (as Excel
 * shows it), or only that there is one. A coach's workbook holds tens of megabytes of formula
 * text, and decoding it all cost a third of the reading, while the check asks of a cell only
 * whether it holds a formula.
 */
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

/**
 * What a formula cell holds in place of its text when only its presence is read: "=", as the
 * text of a formula with no text of its own (a shared formula's other cells) reads.
 */
export const FORMULA_PRESENT = '=';

/**
 * The formula of a cell from the XML inside its <c> element, or null when it has none. With
 * 'presence' it is FORMULA_PRESENT, except where the cell's value is text starting "=": a
 * reader may compare the two (a host that shows an uncalculated formula's text as its value),
 * so that formula's text is read in full.
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
  const text = reading === 'text' || (typeof value === 'string' && value.startsWith('='));
  return text ? fromStoredFormula(xmlText(f[1] ?? '')) : FORMULA_PRESENT;
}
