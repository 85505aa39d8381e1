/**
 * Works out the self-test sheet the way a host would: each Result formula
 * (=HWBC.TIER(F3,G3,H3), =HWBC_TIER(F3:F5,G3)) is parsed, its cell references resolved to the
 * input cells as the host sends them, and the built custom function called; a range result
 * spills down. Then each row is judged as its PASS formula judges it.
 */
import type { Expected, SelfTestCase } from '../../../shared/selftest';
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import { isoToSerial } from '../../../shared/values/dates/excelSerial';
import { columnLetter, type SheetSpec, type WriteValue } from '../../../shared/workbook';

/** How a host sends one input cell and reads one result cell. */
export interface HostCells {
  /** An input cell as the function receives it (blank, date, =NA()). */
  input(cell: WriteValue): unknown;
  /** A result cell as the PASS formula sees it: a number, text, boolean, '' or an error code. */
  result(value: unknown): number | string | boolean | { error: string };
}

const REF = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/;
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The cell of the spec at a 1-based sheet row and 0-based column (row 1 is the header). */
function cellAt(spec: SheetSpec, row: number, col: number): WriteValue {
  return spec.rows[row - 2]?.[col] ?? null;
}

function argument(spec: SheetSpec, text: string, host: HostCells): unknown {
  if (text === '') return null;
  const m = REF.exec(text);
  if (!m) throw new Error(`The self-test formula has an argument "${text}" that is not a cell or range.`);
  const [, c1, r1, c2, r2] = m;
  if (!c2) return [[host.input(cellAt(spec, Number(r1), colIndex(c1)))]];
  const rows: unknown[][] = [];
  for (let r = Number(r1); r <= Number(r2); r++) rows.push([host.input(cellAt(spec, r, colIndex(c1)))]);
  return rows;
}

/** Results by 1-based sheet row, with the Result formulas worked out through `call`. */
export async function workOut(
  spec: SheetSpec,
  host: HostCells,
  call: (name: string, args: unknown[]) => Promise<unknown> | unknown,
): Promise<Map<number, ReturnType<HostCells['result']>>> {
  const results = new Map<number, ReturnType<HostCells['result']>>();
  for (let i = 0; i < spec.rows.length; i++) {
    const formula = spec.rows[i][2];
    if (formula === null || typeof formula !== 'object' || !('formula' in formula)) continue;
    const m = /^=(HWBC[._][A-Z_]+)\((.*)\)$/.exec(formula.formula);
    if (!m) throw new Error(`Unexpected result formula ${formula.formula}`);
    const args = m[2] === '' ? [] : m[2].split(',').map((a) => argument(spec, a, host));
    let out: unknown;
    try {
      out = await call(m[1], args);
    } catch (e) {
      // A thrown error is Sheets' #ERROR!.
      out = { error: '#ERROR!', message: String(e) };
    }
    const grid = Array.isArray(out) ? (out as unknown[][]) : [[out]];
    grid.forEach((row, r) => results.set(i + 2 + r, host.result(row[0])));
  }
  return results;
}

/**
 * Whether a result passes as the row's PASS formula says (see passFormula).
 *
 * @example
 * passes({ value: 2 }, 2); // true
 */
export function passes(expected: Expected, got: ReturnType<HostCells['result']> | undefined): boolean {
  if (got === undefined) return false;
  if ('error' in expected) return typeof got === 'object' && got.error === expected.error;
  if (typeof got === 'object') return false;
  const v = expected.value;
  if (v === '') return got === '';
  if (typeof v === 'number' || expected.date) {
    const want = expected.date ? isoToSerial(v as IsoDate) : Number(v);
    return typeof got === 'number' && Math.abs(got - want) < 0.000001;
  }
  return got === v;
}

/** Each case's rows with the sheet row they sit on. */
export function caseRows(cases: readonly SelfTestCase[]): { c: SelfTestCase; row: number; expected: Expected }[] {
  const out: { c: SelfTestCase; row: number; expected: Expected }[] = [];
  let row = 3;
  for (const c of cases) c.expected.forEach((expected) => out.push({ c, row: row++, expected }));
  return out;
}

export { columnLetter };
