/**
 * Timing for the bench: a warm-up run first (so the JIT has compiled the code and caches are
 * filled), then the best of a few runs, which is the least disturbed by the machine's other work.
 */

/**
 * Milliseconds between two `process.hrtime.bigint()` readings.
 *
 * @example
 * elapsedMs(start, process.hrtime.bigint()); // 12.5
 */
export function elapsedMs(start: bigint, end: bigint): number {
  return Number(end - start) / 1e6;
}

/** How to run one measurement. */
export interface BestOfOptions {
  /** Timed runs after the warm-up (default 3). */
  runs?: number;
  /** Untimed work after every run, such as putting the workbook back as it was. */
  after?: () => Promise<void> | void;
}

/**
 * The fastest of `runs` timed runs of `work`, after one untimed warm-up, in milliseconds.
 *
 * @example
 * const ms = await bestOf(() => checkWorkbook(wb, { asOf }), { runs: 3 });
 */
export async function bestOf(work: () => Promise<unknown> | unknown, options: BestOfOptions = {}): Promise<number> {
  const runs = options.runs ?? 3;
  let best = Infinity;
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    const ms = elapsedMs(start, process.hrtime.bigint());
    if (i > 0) best = Math.min(best, ms);
    await options.after?.();
  }
  return best;
}

/**
 * A duration as people read it: milliseconds below a second, else seconds.
 *
 * @example
 * formatMs(2512.3); // '2.51 s'
 * formatMs(31.7);   // '31.7 ms'
 */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

/**
 * A whole number with thousands separators.
 *
 * @example
 * count(100000); // '100,000'
 */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}
