/**
 * The mark by which the check knows a report sheet as its own: a fingerprint of the text it
 * wrote there, kept in the workbook's settings (Office settings, Apps Script document
 * properties, the .xlsx file's hidden settings) beside the sheet's name. A user's own sheet
 * called "HWBC Report", even one whose first cell says "HWBC Report", cannot carry it by
 * accident; and a report the user has since typed into no longer matches, so it is kept too.
 *
 * Only text is fingerprinted: every host gives back text exactly as written, whereas dates
 * come back as serial numbers, Dates or ISO text depending on the host. Text that reads as an
 * ISO date is left out on both sides for that reason.
 */
import { sheetColumn, sheetRow } from '../../sheetPlaces';
import type { SheetData, SheetSpec } from '../../workbook';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COLON = 58;
const ZERO = 48;

/** FNV-1a over the text, with each cell's place, as 8 hex digits; two seeds make 16. */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x01000193;
  private cells = 0;

  /** Adds `row:col:text` and a NUL: the cell's text is hashed where it is, not copied. */
  add(row: number, col: number, v: unknown): void {
    if (typeof v !== 'string' || v.trim() === '' || (v.length === 10 && ISO_DATE.test(v))) return;
    this.cells++;
    // `row:col:` hashed digit by digit, with no text made: a report has tens of thousands of cells.
    this.digits(row);
    this.char(COLON);
    this.digits(col);
    this.char(COLON);
    // The text's characters, the report's bulk, in local variables: Math.imul keeps the low
    // 32 bits whatever the sign, so the unsigned view is taken once at the end, as char does.
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x811c9dc5 | 1);
    }
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.char(0);
  }

  /** Hashes a whole number's decimal digits, as `String(n)` writes them. */
  private digits(n: number): void {
    if (n < 0 || !Number.isSafeInteger(n)) {
      const text = String(n);
      for (let i = 0; i < text.length; i++) this.char(text.charCodeAt(i));
      return;
    }
    let scale = 1;
    while (scale * 10 <= n) scale *= 10;
    for (; scale >= 1; scale /= 10) this.char(ZERO + (Math.floor(n / scale) % 10));
  }

  private char(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193) >>> 0;
    this.b = Math.imul(this.b ^ c, 0x811c9dc5 | 1) >>> 0;
  }

  toString(): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    return `${this.cells}-${hex(this.a)}${hex(this.b)}`;
  }
}

/**
 * The mark of a report as it is about to be written (the header row, then its rows).
 *
 * @example
 * specMark(reportSpec('HWBC Report', outcome)); // '214-9c1f…'
 */
export function specMark(spec: SheetSpec): string {
  const f = new Fingerprint();
  spec.columns.forEach((c, j) => f.add(0, j, c.header));
  spec.rows.forEach((row, i) => row.forEach((v, j) => f.add(i + 1, j, v)));
  return f.toString();
}

/**
 * The mark of a sheet as read back: equal to `specMark` of the spec it was written from,
 * while nobody has changed its text.
 *
 * @example
 * sheetMark(await port.read('HWBC Report')) === specMark(spec); // true
 */
export function sheetMark(data: SheetData): string {
  const f = new Fingerprint();
  data.values.forEach((row, i) => row.forEach((v, j) => f.add(sheetRow(data, i), sheetColumn(data, j), v)));
  return f.toString();
}
