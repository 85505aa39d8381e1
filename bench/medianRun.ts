/**
 * The middle one of a few timed runs, each a whole measurement taken in a process of its own.
 * On a shared machine one process can run a third slower than the next for reasons of its own
 * (another job, the host's other guests): the best of a few runs inside one process does not
 * remove that, since the whole process is slow. The run whose ratio is the middle one is kept
 * whole, so the times shown beside the ratio are the times it was worked out from.
 */

/**
 * The run with the median of `ratio` (the lower middle one of an even count).
 *
 * @example
 * medianRun([{ check: 9, read: 3 }, { check: 8, read: 4 }, { check: 5, read: 2 }], (r) => r.check / r.read);
 * // { check: 5, read: 2 }: ratios 3, 2 and 2.5
 */
export function medianRun<T>(runs: readonly T[], ratio: (run: T) => number): T {
  if (runs.length === 0) throw new Error('medianRun needs at least one run.');
  const sorted = [...runs].sort((a, b) => ratio(a) - ratio(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
