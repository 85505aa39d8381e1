/**
 * A small seeded random number generator (mulberry32) so the demonstration team is the same
 * every time for a given day: tests can re-derive it, and two runs give identical workbooks.
 */

/** Random helpers over one seeded stream. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
  /** TRUE with probability `p`. */
  chance(p: number): boolean;
}

/**
 * A seeded generator: the same seed gives the same sequence.
 *
 * @example
 * seededRandom(7).int(1, 6); // always the same roll for seed 7
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}
