/**
 * CSV as spreadsheet programs save it. Excel's "CSV UTF-8" has a byte order mark, its plain
 * "CSV" is Windows-1252, its "Unicode text" is UTF-16 LE separated by tabs; a European Excel
 * separates with semicolons; LibreOffice asks. The encoding and the separator are found from
 * the bytes, and said back to the user, rather than assumed.
 */

/**
 * What a CSV file was found to be.
 *
 * @example
 * const format: CsvFormat = { encoding: 'UTF-16 LE', separator: 'tab' };
 */
export interface CsvFormat {
  encoding: 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';
  separator: 'comma' | 'semicolon' | 'tab';
}

const SEPARATORS = { comma: ',', semicolon: ';', tab: '\t' } as const;

/** UTF-16 without a byte order mark: most bytes at even (BE) or odd (LE) places are zero. */
function utf16Guess(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even < n / 40) return 'UTF-16 LE';
  if (even > n / 4 && odd < n / 40) return 'UTF-16 BE';
  return null;
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (€, curly quotes, dashes, …); the other
 * bytes are Latin-1. Decoded by hand: some Node builds' TextDecoder reads "windows-1252" as
 * Latin-1, which turns "€" and "’" into invisible control characters.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let chunk = '';
    for (const b of bytes.subarray(start, start + 8192))
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    parts.push(chunk);
  }
  return parts.join('');
}

function utf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/**
 * The text of a CSV file and its encoding: a byte order mark decides; without one, UTF-16 is
 * recognised by its zero bytes, then text that is valid UTF-8 is UTF-8, and anything else
 * is Windows-1252 (what Excel's plain "CSV" writes on a UK Windows computer).
 *
 * @example
 * decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // { text: 'A', encoding: 'UTF-8' }
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvFormat['encoding'] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  const wide = utf16Guess(bytes);
  if (wide === 'UTF-16 LE') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: wide };
  if (wide === 'UTF-16 BE') return { text: utf16be(bytes), encoding: wide };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'Windows-1252' };
  }
}

/**
 * The separator of the first line (outside quotes): the most used of comma, semicolon and tab.
 *
 * @example
 * csvSeparator('Name;Hours\nSam;12'); // 'semicolon'
 */
export function csvSeparator(text: string): CsvFormat['separator'] {
  const counts = { comma: 0, semicolon: 0, tab: 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') counts.comma++;
    else if (!quoted && ch === ';') counts.semicolon++;
    else if (!quoted && ch === '\t') counts.tab++;
  }
  if (counts.semicolon > counts.comma && counts.semicolon >= counts.tab) return 'semicolon';
  if (counts.tab > counts.comma && counts.tab > counts.semicolon) return 'tab';
  return 'comma';
}

/**
 * The fields of CSV text, row by row, as RFC 4180 has them: quotes around a field that holds
 * the separator, a quote ("") or a line break. Rows are given one at a time (a callback, not
 * a list of lists) so a long file is never held twice.
 *
 * @example
 * parseCsv('a,"b ""c"""\n1,2', 'comma', (row) => rows.push(row)); // ['a', 'b "c"'], ['1', '2']
 */
export function parseCsv(text: string, separator: CsvFormat['separator'], onRow: (fields: string[]) => void): void {
  const sep = SEPARATORS[separator];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    any = true;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      onRow(fields);
      fields = [];
      field = '';
      any = false;
    } else field += ch;
  }
  if (any) {
    fields.push(field);
    onRow(fields);
  }
}
