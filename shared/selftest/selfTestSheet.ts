/**
 * The functions self-test as a sheet any user can make in their own Excel or Google Sheets:
 * each case's live formula (HWBC. in Excel, HWBC_ in Sheets) beside the expected answer and
 * a PASS/FAIL formula, with a total on row 2. The PASS formulas and the total are native
 * spreadsheet formulas, so they work wherever the file is opened.
 */
import { functionName, type Host } from '../functions';
import { columnLetter, type ColumnSpec, type SheetSpec, type WriteValue } from '../workbook';
import { selfTestCases, type Expected, type InputCell, type SelfTestCase } from './selfTestCases';

/** The self-test sheet's name. */
export const SELF_TEST_SHEET = 'HWBC Self-test';

/** Columns: what is checked, the live result, the expected answer, PASS/FAIL, then the inputs. */
const FIXED: readonly ColumnSpec[] = [
  { key: 'function', header: 'Function', width: 22 },
  { key: 'checks', header: 'Checks', width: 48 },
  { key: 'result', header: 'Result (live formula)', width: 20 },
  { key: 'expected', header: 'Expected', width: 16 },
  { key: 'pass', header: 'Pass', width: 8 },
];
const RESULT = 2;
const EXPECTED = 3;
const PASS = 4;
const FIRST_INPUT = 5;

/** ERROR.TYPE's number for each error, the same in Excel, Google Sheets and LibreOffice. */
const ERROR_TYPE: Record<string, number> = {
  '#NULL!': 1,
  '#DIV/0!': 2,
  '#VALUE!': 3,
  '#REF!': 4,
  '#NAME?': 5,
  '#NUM!': 6,
  '#N/A': 7,
};

/**
 * The native formula that says PASS when `result` shows what `expected` says.
 *
 * @example
 * passFormula({ value: 'OK' }, 'C3', 'D3'); // '=IF(ISTEXT(C3),IF(EXACT(C3,D3),"PASS","FAIL"),"FAIL")'
 */
export function passFormula(expected: Expected, result: string, wanted: string): string {
  const judge = (test: string, check: string) => `=IF(${test}(${result}),IF(${check},"PASS","FAIL"),"FAIL")`;
  if ('error' in expected) return `=IF(IFERROR(ERROR.TYPE(${result}),0)=${ERROR_TYPE[expected.error]},"PASS","FAIL")`;
  const v = expected.value;
  if (v === '') return `=IF(ISERROR(${result}),"FAIL",IF(LEN(${result})=0,"PASS","FAIL"))`;
  if (typeof v === 'number' || expected.date) return judge('ISNUMBER', `ABS(${result}-${wanted})<0.000001`);
  if (typeof v === 'boolean') return judge('ISLOGICAL', `${result}=${wanted}`);
  return judge('ISTEXT', `EXACT(${result},${wanted})`);
}

function expectedCell(e: Expected): WriteValue {
  if ('error' in e) return e.error;
  if (e.value === '') return null;
  return e.date ? { date: e.value as never } : e.value;
}

function inputCell(cell: InputCell): WriteValue {
  if (cell === null) return null;
  if (typeof cell !== 'object') return cell;
  if ('error' in cell) return { formula: '=NA()' };
  if ('omit' in cell) return null;
  return { date: cell.date };
}

/** The rows of one case, starting on sheet row `top` (1-based). */
function caseRows(c: SelfTestCase, top: number, host: Host, inputs: number): WriteValue[][] {
  const refs = c.args.map((cells, i) => {
    if (cells.length === 1 && cells[0] !== null && typeof cells[0] === 'object' && 'omit' in cells[0]) return '';
    const col = columnLetter(FIRST_INPUT + i);
    return cells.length === 1 ? `${col}${top}` : `${col}${top}:${col}${top + cells.length - 1}`;
  });
  while (refs.length > 0 && refs[refs.length - 1] === '') refs.pop();
  return c.expected.map((e, r) => {
    const row: WriteValue[] = new Array(FIRST_INPUT + inputs).fill(null);
    const at = top + r;
    if (r === 0) {
      row[0] = functionName(c.spec, host);
      row[RESULT] = { formula: `=${functionName(c.spec, host)}(${refs.join(',')})` };
    }
    row[1] = r === 0 ? c.checks : `… row ${r + 1} of the range`;
    row[EXPECTED] = expectedCell(e);
    row[PASS] = { formula: passFormula(e, `${columnLetter(RESULT)}${at}`, `${columnLetter(EXPECTED)}${at}`) };
    c.args.forEach((cells, i) => {
      if (cells[r] !== undefined) row[FIRST_INPUT + i] = inputCell(cells[r]);
    });
    return row;
  });
}

/**
 * The self-test sheet for a host, ready for any port's addSheet.
 *
 * @example
 * await port.addSheet(selfTestSheet('excel'));
 */
export function selfTestSheet(host: Host, cases: readonly SelfTestCase[] = selfTestCases(host)): SheetSpec {
  const inputs = Math.max(1, ...cases.map((c) => c.args.length));
  const rows: WriteValue[][] = [];
  let top = 3;
  for (const c of cases) {
    rows.push(...caseRows(c, top, host, inputs));
    top += c.expected.length;
  }
  const last = top - 1;
  const pass = `${columnLetter(PASS)}3:${columnLetter(PASS)}${last}`;
  const total: WriteValue[] = new Array(FIRST_INPUT + inputs).fill(null);
  total[0] = 'All checks';
  total[1] = { formula: `=COUNTIF(${pass},"PASS")&" of "&ROWS(${pass})&" checks pass"` };
  total[PASS] = { formula: `=IF(COUNTIF(${pass},"PASS")=ROWS(${pass}),"PASS","FAIL")` };
  const columns = [
    ...FIXED,
    ...Array.from({ length: inputs }, (_, i): ColumnSpec => ({
      key: `input${i + 1}`,
      header: `Input ${i + 1}`,
      width: 14,
    })),
  ];
  return {
    name: SELF_TEST_SHEET,
    columns,
    rows: [total, ...rows],
    formatRows: rows.length + 1,
    frozenRows: 2,
    filter: false,
    highlights: [
      { column: 'pass', equals: 'FAIL', style: 'bad' },
      { column: 'pass', equals: 'PASS', style: 'good' },
    ],
  };
}
