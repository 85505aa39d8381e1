/** A1 references for the fake SpreadsheetApp: "C5", "$A$2:$A$91", "5:5", "'Evidence log'!B2". */

export interface Box {
  /** 1-based, as SpreadsheetApp counts. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Rows a whole-column reference ("A:A") covers in the fake. */
export const MAX_ROWS = 1000;
/** Columns a whole-row reference ("5:5") covers in the fake. */
export const MAX_COLS = 26;

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Column letters for a 1-based column. */
export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Splits "'My sheet'!A1:B2" into sheet name (or null) and the reference. */
export function splitSheet(ref: string): { sheet: string | null; ref: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref };
  const name = ref.slice(0, bang);
  const sheet = name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  return { sheet, ref: ref.slice(bang + 1) };
}

/** The box an A1 reference (without a sheet) covers. */
export function parseA1(ref: string): Box {
  const clean = ref.replace(/\$/g, '').toUpperCase();
  const [a, b = a] = clean.split(':');
  const cell = /^([A-Z]*)(\d*)$/;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  if (!ma || !mb || (!ma[1] && !ma[2])) throw new Error(`Range not found: ${ref}`);
  const c1 = ma[1] ? colNumber(ma[1]) : 1;
  const c2 = mb[1] ? colNumber(mb[1]) : MAX_COLS;
  const r1 = ma[2] ? Number(ma[2]) : 1;
  const r2 = mb[2] ? Number(mb[2]) : MAX_ROWS;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** The A1 text of a box. */
export function a1Of(box: Box): string {
  const start = `${colLetters(box.col)}${box.row}`;
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${colLetters(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}
