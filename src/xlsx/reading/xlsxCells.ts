/**
 * Reading a worksheet's own XML for the check: only each cell's value and whether it holds a
 * formula (no styles, drop-downs or highlights), which is all the check looks at. Dates come
 * back as serial numbers, as from Excel. Pure text work, so it runs in Node and in a browser's
 * worker alike; test/cli/readXlsx.test.ts holds it to what the exceljs port reads.
 */
import { SheetCells } from '../../../shared/sheetFromCells';
import type { CellValue } from '../../../shared/workbook';
import { fromStoredFormula } from '../futureFunctions';

const NAMED: readonly (readonly [string, string])[] = [
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['apos', "'"],
];

const HEX = /([0-9a-f]+);/iy;
const DECIMAL = /(\d+);/y;

/** The character a reference at `s[at]` ("&…;") stands for and where it ends, or null. */
function reference(s: string, at: number): { char: string; end: number } | null {
  if (s.charCodeAt(at + 1) === 35 /* # */) {
    const hex = (s.charCodeAt(at + 2) | 32) === 120; /* x or X */
    const digits = hex ? HEX : DECIMAL;
    digits.lastIndex = at + (hex ? 3 : 2);
    const m = digits.exec(s);
    if (m === null) return null;
    return { char: String.fromCodePoint(hex ? parseInt(m[1], 16) : Number(m[1])), end: digits.lastIndex };
  }
  for (const [name, char] of NAMED)
    if (
      s.charCodeAt(at + 1 + name.length) === 59 /* ; */ &&
      s.slice(at + 1, at + 1 + name.length).toLowerCase() === name
    )
      return { char, end: at + 2 + name.length };
  return null;
}

/**
 * XML text with its character references and entities turned back into characters. One pass
 * from "&" to "&": a coach's workbook holds millions of them in its formulas.
 *
 * @example
 * xmlText('Sam &lt;Jones&gt;'); // 'Sam <Jones>'
 */
export function xmlText(s: string): string {
  let at = s.indexOf('&');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const ref = reference(s, at);
    if (ref === null) at = s.indexOf('&', at + 1);
    else {
      out += s.slice(from, at) + ref.char;
      from = ref.end;
      at = s.indexOf('&', from);
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const ATTRIBUTES = new Map<string, RegExp>();

/**
 * An attribute's value in an element's attribute text (each name's pattern made once).
 *
 * @example
 * xmlAttribute(' r="B2" t="s"', 't'); // 's'
 */
export function xmlAttribute(attrs: string, name: string): string | null {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`)));
  return re.exec(attrs)?.[1] ?? null;
}

/**
 * The text of every <t> run inside an element (a plain or rich-text string), phonetic runs left out.
 *
 * @example
 * textRuns('<r><t>Ali </t></r><r><t>Khan</t></r>'); // 'Ali Khan'
 */
export const textRuns = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => xmlText(m[1]))
    .join('');

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

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * How a cell's formula is read: its full text (as Excel shows it, for any reader that needs the
 * formula), or only that there is one, which is all the check asks of a cell. A coach's
 * workbook holds tens of megabytes of formula text; decoding it all cost a third of the reading.
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

/** A merged area larger than this counts by its corners only (enough for the used range). */
const MERGED_IN_FULL = 10_000;

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
  // The merged areas first: only cells inside one need remembering (a set of every cell of a
  // 200,000-row log would cost more than reading it).
  const merged = [...xml.matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({
    top: Number(m[2]) - 1,
    left: columnIndex(m[1]),
    bottom: Number(m[4]) - 1,
    right: columnIndex(m[3]),
  }));
  const seen = new Set<string>();
  // With many areas, looking each cell up would cost more than remembering them all.
  const inMerged = (r: number, c: number) =>
    merged.length > 64 || merged.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /^([A-Z]+)(\d+)$/.exec(xmlAttribute(m[1], 'r') ?? '');
    if (!ref) throw new Error('A cell without its reference.');
    const inner = m[2] ?? '';
    const f = inner.includes('<f') ? /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner) : null;
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
    const text = formulas === 'text' || (typeof value === 'string' && value.startsWith('='));
    const formula = f ? (text ? fromStoredFormula(xmlText(f[1] ?? '')) : FORMULA_PRESENT) : null;
    if (value === null && formula === null) continue;
    const r = Number(ref[2]) - 1;
    const c = columnIndex(ref[1]);
    if (merged.length > 0 && inMerged(r, c)) seen.add(`${r},${c}`);
    cells.add(r, c, value, formula);
  }
  for (const { top, left, bottom, right } of merged) {
    const inFull = (bottom - top + 1) * (right - left + 1) <= MERGED_IN_FULL;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const corner = (r === top || r === bottom) && (c === left || c === right);
        if ((inFull || corner) && !seen.has(`${r},${c}`)) {
          seen.add(`${r},${c}`);
          cells.add(r, c, null, null);
        }
        // Past the first row of a large area only its two corners matter: skip to the last column.
        if (!inFull && c === left && right > left) c = right - 1;
      }
  }
  return cells;
}
