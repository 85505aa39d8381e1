/**
 * The cases of the functions self-test, generated from the function table: each function's
 * documented example, then the edge cases hosts are known to get wrong — each optional
 * argument left as an empty cell, dates at month ends and on the days the clocks change, the
 * first argument as a range with an empty cell in it, and (Excel only) a cell holding #N/A.
 * The expected answer is the rules core's own, on a fixed date.
 */
import { evaluate, FUNCTIONS, type ExampleArg, type FunctionSpec, type Host } from '../functions';
import { readContext } from '../values/context';
import type { IsoDate } from '../values/dates/calendarDate';

/** The day every case is judged on (passed as as_of, so none depends on today): after every edge date. */
export const SELF_TEST_DAY: IsoDate = '2028-06-01' as IsoDate;

/** An input cell: a value, an empty cell (null), a cell holding #N/A, or an argument left out. */
export type InputCell = ExampleArg | { error: '#N/A' } | { omit: true };

/** What a result cell must show: a value ('' for a blank) or an error. */
export type Expected = { value: string | number | boolean; date?: boolean } | { error: string };

export interface SelfTestCase {
  spec: FunctionSpec;
  /** What the case checks, in plain words. */
  checks: string;
  /** Per parameter: one cell, or (for the range case) a column of cells. */
  args: InputCell[][];
  /** One per result row. */
  expected: Expected[];
}

/** Dates at month ends, around 29 February, and on the days UK clocks change in 2026. */
const EDGE_DATES: readonly { date: IsoDate; why: string }[] = [
  { date: '2026-01-31' as IsoDate, why: 'a month end (31 January)' },
  { date: '2028-02-29' as IsoDate, why: '29 February in a leap year' },
  { date: '2026-03-29' as IsoDate, why: 'the day the clocks go forward' },
  { date: '2026-10-25' as IsoDate, why: 'the day the clocks go back' },
];

const coreValue = (cell: InputCell): unknown =>
  cell === null ? null : typeof cell === 'object' ? ('date' in cell ? cell.date : null) : cell;

/**
 * Types whose empty cell every host passes on as empty: Excel for Windows and Mac sends an
 * empty cell as 0, which the add-in reads as blank only for dates and yes/no (elsewhere 0 is
 * a value, as in SUM). Other arguments are tested by leaving them out of the formula.
 */
const EMPTY_CELL_TYPES = new Set(['date', 'boolean']);

function expectedOf(spec: FunctionSpec, args: InputCell[][], rows: number): Expected[] {
  const values = args.map((cells) => (cells.length === 1 ? coreValue(cells[0]) : cells.map((c) => [coreValue(c)])));
  const result = evaluate(spec, values, readContext(SELF_TEST_DAY));
  return Array.from({ length: rows }, (_, r) => {
    const outcome = result.cells[r]?.[0] ?? result.cells[0][0];
    if (!outcome.ok) return { error: outcome.error.kind === 'NUM' ? '#NUM!' : '#VALUE!' };
    if (outcome.value === null) return { value: '' };
    return spec.result === 'date' ? { value: outcome.value as string, date: true } : { value: outcome.value };
  });
}

function example(spec: FunctionSpec): InputCell[] {
  const args: InputCell[] = spec.params.map((_, i) => spec.example[i] ?? null);
  // A function that falls back on today is always given the day, so the answer is fixed.
  if (spec.usesToday) args[args.length - 1] = { date: SELF_TEST_DAY };
  return args;
}

function caseOf(spec: FunctionSpec, checks: string, args: InputCell[][]): SelfTestCase {
  const rows = Math.max(...args.map((a) => a.length));
  return { spec, checks, args, expected: expectedOf(spec, args, rows) };
}

function casesFor(spec: FunctionSpec, host: Host): SelfTestCase[] {
  const base = example(spec);
  const single = (args: InputCell[]) => args.map((a) => [a]);
  const cases = [caseOf(spec, 'the documented example', single(base))];
  spec.params.forEach((p, i) => {
    const lastIsToday = spec.usesToday && i === spec.params.length - 1;
    if ((p.optional || p.blankAllowed) && base[i] !== null && !lastIsToday) {
      const args = [...base];
      const emptyCell = EMPTY_CELL_TYPES.has(p.type);
      args[i] = emptyCell ? null : { omit: true };
      cases.push(caseOf(spec, `${p.name} ${emptyCell ? 'left as an empty cell' : 'left out'}`, single(args)));
    }
    if (p.type === 'date' && !lastIsToday && base[i] !== null) {
      for (const { date, why } of EDGE_DATES) {
        const args = [...base];
        args[i] = { date };
        cases.push(caseOf(spec, `${p.name} on ${why}`, single(args)));
      }
    }
  });
  if (spec.params.length > 0) {
    const args = single(base);
    const first = spec.params[0];
    const middle = EMPTY_CELL_TYPES.has(first.type) ? null : typeof base[0] === 'number' ? 0 : base[0];
    args[0] = [base[0], middle, base[0]];
    const what = middle === null ? 'the middle one empty' : `the middle one ${String(middle)}`;
    cases.push(caseOf(spec, `${first.name} as a range of 3 cells, ${what}`, args));
    if (host === 'excel') {
      const errored = single(base);
      errored[0] = [{ error: '#N/A' }];
      cases.push({ spec, checks: `${spec.params[0].name} holding #N/A`, args: errored, expected: [{ error: '#N/A' }] });
    }
  }
  return cases;
}

/**
 * Every case of the self-test for a host. Functions returning a table (COMPETENCIES) are
 * left out: a table has no single answer to compare.
 *
 * @example
 * selfTestCases('excel')[0].checks; // 'the documented example'
 */
export function selfTestCases(host: Host, functions: readonly FunctionSpec[] = FUNCTIONS): SelfTestCase[] {
  return functions.filter((f) => f.result !== 'table').flatMap((f) => casesFor(f, host));
}
