/**
 * The middle one of a few timed runs, each a whole measurement taken in a process of its own.
 * On a shared machine one process can run a third slower than the next for reasons of its own
 * (another job, the host's other guests): the best of a few runs inside one process does not
 * remove that, since the whole process is slow. The run whose ratio is the middle one is kept
 * whole, so the times shown beside the ratio are the times it was worked out from.
 */

/** The middle run, with every run's ratio beside it for the table to show. */
export interface MedianRun<T> {
  /** The run with the median ratio (the lower middle one of an even count). */
  run: T;
  /** Each run's ratio, lowest first. */
  ratios: number[];
}

/**
 * The run with the median of `ratio`, and the ratios of all of them, each worked out once.
 *
 * @example
 * medianRun([{ check: 9, read: 3 }, { check: 8, read: 4 }, { check: 5, read: 2 }], (r) => r.check / r.read);
 * // { run: { check: 5, read: 2 }, ratios: [2, 2.5, 3] }
 */
export function medianRun<T>(runs: readonly T[], ratio: (run: T) => number): MedianRun<T> {
  if (runs.length === 0) throw new Error('medianRun needs at least one run.');
  const sorted = runs.map((run) => ({ run, ratio: ratio(run) })).sort((a, b) => a.ratio - b.ratio);
  return { run: sorted[Math.floor((sorted.length - 1) / 2)].run, ratios: sorted.map((r) => r.ratio) };
}
