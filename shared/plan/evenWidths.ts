/**
 * Neighbouring columns of nearly the same width are given the same width: the run's widest,
 * so no column gets narrower than it asked for. Google Sheets sets widths one run of equal
 * widths per call, so a sheet of 39 columns in a dozen widths costs a dozen calls, not 39,
 * and every host shows the same widths because the plan decides them.
 */

/** How many characters a column may be widened to match its neighbours. */
export const WIDTH_TOLERANCE = 4;

/**
 * The widths with each run of near-equal neighbours (at most WIDTH_TOLERANCE apart) made
 * equal to its widest; a column without a width ends a run.
 *
 * @example
 * evenWidths([13, 11, 11, 9, 30, undefined, 10]); // [13, 13, 13, 13, 30, undefined, 10]
 */
export function evenWidths(widths: readonly (number | undefined)[]): (number | undefined)[] {
  const out = [...widths];
  let start = 0;
  const close = (end: number) => {
    const run = widths.slice(start, end) as number[];
    if (run.length > 0) out.fill(Math.max(...run), start, end);
  };
  for (let i = 0; i <= widths.length; i++) {
    const w = widths[i];
    const run = widths.slice(start, i) as number[];
    const fits = w !== undefined && (run.length === 0 || Math.max(w, ...run) - Math.min(w, ...run) <= WIDTH_TOLERANCE);
    if (i < widths.length && fits) continue;
    close(i);
    start = w === undefined ? i + 1 : i;
  }
  return out;
}
