/**
 * Rows met under a key, as a warning that names them wants: the first and last row, how many,
 * and what the first row said. A warning said once for each way of writing something (a
 * coach named otherwise, an answer in other words) keeps one such tally a way, and nothing per
 * row beyond a count.
 */
import type { MappedRow } from './mappedRow';

/** The rows under one key, with what the first of them said. */
export interface KeyedRows<T> {
  /** The sheet and column of the first row, and what the tally keeps of it. */
  sheet: string;
  column: string | null;
  of: T;
  first: number;
  last: number;
  count: number;
}

/**
 * Tallies rows by key.
 *
 * @example
 * const tally = new RowsByKey<string>();
 * tally.add('hours log\u0000dna', row, 'coach', () => 'DNA');
 * [...tally.values()][0]; // { sheet: 'Hours log', column: 'F', of: 'DNA', first: 2, last: 2, count: 1 }
 */
export class RowsByKey<T> {
  private readonly rows = new Map<string, KeyedRows<T>>();

  /** Counts `row` under `key`; the first row under a key keeps its sheet, its `field`'s column and `of()`. */
  add(key: string, row: MappedRow, field: Parameters<MappedRow['column']>[0], of: () => T): void {
    const known = this.rows.get(key);
    if (known !== undefined) {
      known.count++;
      known.last = row.row;
    } else {
      this.rows.set(key, {
        sheet: row.sheet,
        column: row.column(field),
        of: of(),
        first: row.row,
        last: row.row,
        count: 1,
      });
    }
  }

  /** Each key's rows, in the order the keys were first met. */
  values(): IterableIterator<KeyedRows<T>> {
    return this.rows.values();
  }
}
