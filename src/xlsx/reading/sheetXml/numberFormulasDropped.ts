/**
 * A worksheet's bytes with the text of each formula that gives a number or a true/false taken
 * out (`<f …>text</f>` becomes `<f …></f>`), before the bytes are decoded: the check reads only
 * that a cell holds a formula (cellFormula.ts, 'presence'), and a coach's workbook holds tens of
 * megabytes of formula text, nearly all of it in cells that give numbers. A formula giving text
 * keeps its text, since a reader may compare a cell's text with its formula. The command line
 * (native unpacking) and the overview page's worker (jszip, in the browser) both read a sheet
 * through it, so both read the same cells; it needs nothing but a Uint8Array (the command line
 * hands in Node's quicker search for `<f`), so the text is never turned into a string at all.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const F = 0x66;
const C = 0x63;

/** Whether the byte can continue an element's name (so "<fo" is not "<f"). */
const nameGoesOn = (b: number) =>
  (b >= 0x30 && b <= 0x39) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x61 && b <= 0x7a) ||
  b === 0x5f ||
  b === 0x2d ||
  b === 0x2e ||
  b === 0x3a;

/**
 * Where `<f` next occurs in the bytes from `from`, or -1: a host with a native search for a run
 * of bytes (Node's Buffer.indexOf, twice as quick on a coach's workbook) hands its own in.
 *
 * @example
 * const nodeFind: FindFormula = (bytes, from) => Buffer.from(bytes.buffer).indexOf('<f', from);
 */
export type FindFormula = (bytes: Uint8Array, from: number) => number;

/** `<f` found with the array's own indexOf for each `<`: no host API. */
const findFormula: FindFormula = (bytes, from) => {
  for (let at = bytes.indexOf(LT, from); at >= 0; at = bytes.indexOf(LT, at + 1)) {
    if (bytes[at + 1] === F) return at;
  }
  return -1;
};

const T = 0x74;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Whether the cell tag between `start` and `end` gives a number or true/false (no text to
 * compare): its type attribute `t="…"` is absent, "n" or "b". Read byte by byte, as a string
 * made of every cell tag would cost more than the formulas it saves.
 */
function givesNumber(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (bytes[i] !== T || !isSpace(bytes[i - 1])) continue;
    let j = i + 1;
    while (j < end && isSpace(bytes[j])) j++;
    if (bytes[j] !== EQUALS) continue;
    j++;
    while (j < end && isSpace(bytes[j])) j++;
    if (bytes[j] !== QUOTE) continue;
    // "n" or "b" alone: any other type, an empty one included, keeps its text.
    const type = bytes[j + 1];
    return (type === 0x6e || type === 0x62) && bytes[j + 2] === QUOTE;
  }
  return true;
}

/**
 * The worksheet's bytes without the text of its formulas that give numbers or true/false. Any
 * formula it cannot place in its cell keeps its text (a reader then just reads it).
 *
 * @example
 * numberFormulasDropped(utf8('<c r="A1"><f>SUM(B:B)</f><v>3</v></c>')); // the bytes of '<c r="A1"><f></f><v>3</v></c>'
 */
export function numberFormulasDropped(bytes: Uint8Array, nextFormula: FindFormula = findFormula): Uint8Array {
  const kept: Uint8Array[] = [];
  let from = 0;
  let at = nextFormula(bytes, 0);
  while (at >= 0) {
    const tagEnd = bytes.indexOf(GT, at);
    if (tagEnd < 0) break;
    if (nameGoesOn(bytes[at + 2]) || bytes[tagEnd - 1] === SLASH) {
      at = nextFormula(bytes, at + 2);
      continue;
    }
    // Formula text holds no "<" (XML escapes it), so the next one opens "</f>".
    const end = bytes.indexOf(LT, tagEnd);
    if (end < 0) break;
    if (bytes[end + 1] !== SLASH || bytes[end + 2] !== F || bytes[end + 3] !== GT) {
      at = nextFormula(bytes, end);
      continue;
    }
    const cell = cellTagBefore(bytes, at);
    const cellTagEnd = cell < 0 ? -1 : bytes.indexOf(GT, cell);
    if (cell >= 0 && cellTagEnd < at && givesNumber(bytes, cell + 2, cellTagEnd)) {
      kept.push(bytes.subarray(from, tagEnd + 1));
      from = end;
    }
    at = nextFormula(bytes, end + 4);
  }
  if (from === 0) return bytes;
  kept.push(bytes.subarray(from));
  return joined(kept);
}

/** The position of the `<c` tag opening the cell a formula at `at` sits in (the tag just before it), or -1. */
function cellTagBefore(bytes: Uint8Array, at: number): number {
  const i = at > 0 ? bytes.lastIndexOf(LT, at - 1) : -1;
  return i >= 0 && bytes[i + 1] === C && !nameGoesOn(bytes[i + 2]) ? i : -1;
}

/** The pieces in one array. */
function joined(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
