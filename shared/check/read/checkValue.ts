/**
 * A cell's value as the check reads it, from what the host gave for the cell: its value and
 * its formula (null for a typed value). Hosts that cannot calculate differ in what a formula
 * cell holds, and the check must read them all alike.
 */
import type { CellValue } from '../../workbook';

/**
 * The value of a cell, or null for a formula the host has not calculated: a host that cannot
 * calculate (a file written without cached results, the in-memory demo) shows a formula's
 * text or nothing, and either way there is no value to read. A formula's calculated result,
 * and any typed value, is read as it is.
 *
 * @example
 * checkValue(120, null);                   // 120
 * checkValue('=SUM(D2:D9)', '=SUM(D2:D9)'); // null
 * checkValue(42, '=SUM(D2:D9)');           // 42
 */
export function checkValue(value: CellValue | undefined, formula: string | null | undefined): CellValue {
  const raw = value ?? null;
  return formula != null && (raw === null || raw === formula) ? null : raw;
}

/**
 * What a formula cell's formula is read as when only its presence is wanted: "=", as the text
 * of a formula with no text of its own (a shared formula's other cells in a file) reads.
 */
export const FORMULA_PRESENT = '=';

/**
 * A cell's formula as the check reads it (one rule for every host that reads presence only):
 * null when the cell has none (null or ""); FORMULA_PRESENT for a formula, since the check asks
 * only whether there is one and a template's per-row formulas run to thousands of characters a
 * row; but the formula's full text where the cell shows text starting "=", which checkValue
 * compares with it to spot a formula shown uncalculated. `text` is asked for only then.
 *
 * @example
 * formulaPresence(45, '=SUM(A1:A9)');     // '='
 * formulaPresence('x', '');               // null
 * formulaPresence('=x', () => '="=x"');   // '="=x"'
 */
export function formulaPresence(shown: unknown, formula: string | null | (() => string)): string | null {
  if (formula === null || formula === '') return null;
  if (typeof shown !== 'string' || !shown.startsWith('=')) return FORMULA_PRESENT;
  return typeof formula === 'function' ? formula() : formula;
}

/**
 * A grid of formulas (as a host gives them: "" or null for a cell without one) read as their
 * presence (formulaPresence), one rule for every host that reads a block of formulas apart from
 * its values. `shownAt(row, col)` (0-based within the grid) gives what the cell shows; it is
 * asked only of cells that hold a formula, since most cells hold none and finding what a cell
 * shows can cost a lookup.
 *
 * @example
 * presenceGrid([['=A1', ''], ['="=x"', '=B2']], (r, c) => [[4, 'a'], ['=x', 5]][r][c]);
 * // [['=', null], ['="=x"', '=']]
 */
export function presenceGrid(
  formulas: readonly (readonly (string | null)[])[],
  shownAt: (row: number, col: number) => unknown,
): (string | null)[][] {
  return formulas.map((row, r) =>
    row.map((formula, c) => (formula === null || formula === '' ? null : formulaPresence(shownAt(r, c), formula))),
  );
}
