/**
 * A range's answers worked out once per distinct value: how a call over a million cells costs
 * about a thousand computations (the rules are pure, and a column holds few distinct values).
 */
import type { ArgGrid } from './grid';
import type { CellOutcome, ResultValue } from './types';

/**
 * Outcomes by value, one object for each distinct good value of a call: a column of a
 * million cells has a few thousand distinct answers, and outcomes are only ever read.
 *
 * @example
 * const outcome = outcomes();
 * outcome(3) === outcome(3); // true: one { ok: true, value: 3 } for the call
 */
export function outcomes(): (value: ResultValue) => CellOutcome {
  const seen = new Map<ResultValue, CellOutcome>();
  return (value) => {
    let outcome = seen.get(value);
    if (outcome === undefined) seen.set(value, (outcome = { ok: true, value }));
    return outcome;
  };
}

/** Outcomes kept per cell value within one call: a column holds a few thousand distinct days. */
const REMEMBERED = 100_000;

/**
 * The outcome of cell (r, c). When one argument is a range and every other a single value,
 * a cell's outcome depends on that range's cell alone, and the rules are pure: a cell value
 * already met gives the outcome already worked out, so a million dates over three years cost
 * about a thousand computations and a million map look-ups. (Objects, such as Dates, are
 * worked out each time: two Dates of one day are not one key.)
 *
 * @example
 * const at = byCellValue([toGrid([[46096], [46096]]), toGrid('line')], compute);
 * at(1, 0); // compute(0, 0)'s outcome, not computed again
 */
export function byCellValue(
  grids: readonly ArgGrid[],
  compute: (r: number, c: number) => CellOutcome,
): (r: number, c: number) => CellOutcome {
  const ranges = grids.filter((g) => g.rows * g.cols > 1);
  if (ranges.length !== 1) return compute;
  const [range] = ranges;
  const seen = new Map<unknown, CellOutcome>();
  return (r, c) => {
    const raw = range.at(r, c);
    if (typeof raw === 'object' && raw !== null) return compute(r, c);
    let known = seen.get(raw);
    if (known === undefined) {
      if (seen.size >= REMEMBERED) seen.clear();
      seen.set(raw, (known = compute(r, c)));
    }
    return known;
  };
}
