/**
 * A worksheet's bytes with the text of each formula that gives a number or a true/false taken
 * out (`<f …>text</f>` becomes `<f …></f>`), before the bytes are decoded: the check reads only
 * that a cell holds a formula (src/xlsx/reading/sheetXml/cellFormula.ts, 'presence'), and a
 * coach's workbook holds tens of megabytes of formula text, nearly all of it in cells that give
 * numbers. A formula giving text keeps its text, since a reader may compare a cell's text with
 * its formula. Searched with Node's native Buffer.indexOf, so the text is never turned into a
 * string at all.
 */

/** Bytes of the names searched for. */
const FORMULA = Buffer.from('<f');
const FORMULA_END = Buffer.from('</f>');
const CELL = Buffer.from('<c');
const GT = 0x3e;
const SLASH = 0x2f;

/** Whether the byte can continue an element's name (so "<fo" is not "<f"). */
const nameGoesOn = (b: number) =>
  (b >= 0x30 && b <= 0x39) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x61 && b <= 0x7a) ||
  b === 0x5f ||
  b === 0x2d ||
  b === 0x2e ||
  b === 0x3a;

/** Whether the cell whose tag holds `attrs` gives a number or true/false (no text to compare). */
function givesNumber(attrs: string): boolean {
  const type = /\st\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
  return type === undefined || type === 'n' || type === 'b';
}

/**
 * The worksheet's bytes without the text of its formulas that give numbers or true/false. Any
 * formula it cannot place in its cell keeps its text (a reader then just reads it).
 *
 * @example
 * numberFormulasDropped(Buffer.from('<c r="A1"><f>SUM(B:B)</f><v>3</v></c>')).toString(); // '<c r="A1"><f></f><v>3</v></c>'
 */
export function numberFormulasDropped(bytes: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let from = 0;
  let at = buf.indexOf(FORMULA);
  while (at >= 0) {
    const tagEnd = buf.indexOf(GT, at);
    if (tagEnd < 0) break;
    if (nameGoesOn(buf[at + 2]) || buf[tagEnd - 1] === SLASH) {
      at = buf.indexOf(FORMULA, at + 2);
      continue;
    }
    const end = buf.indexOf(FORMULA_END, tagEnd);
    if (end < 0) break;
    const cell = buf.lastIndexOf(CELL, at);
    const cellTagEnd = cell < 0 ? -1 : buf.indexOf(GT, cell);
    if (
      cell >= 0 &&
      !nameGoesOn(buf[cell + 2]) &&
      cellTagEnd < at &&
      givesNumber(buf.toString('latin1', cell + 2, cellTagEnd))
    ) {
      kept.push(buf.subarray(from, tagEnd + 1));
      from = end;
    }
    at = buf.indexOf(FORMULA, end + 4);
  }
  if (from === 0) return bytes;
  kept.push(buf.subarray(from));
  return Buffer.concat(kept);
}
