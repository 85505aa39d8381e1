/**
 * The bench's one table, in Markdown so it can be pasted into the README as it is printed.
 */

/** One row of the table: what was measured, on how much, and the result. */
export interface TableRow {
  measurement: string;
  size: string;
  result: string;
}

const HEADER: TableRow = { measurement: 'Measurement', size: 'Size', result: 'Result' };
const KEYS: readonly (keyof TableRow)[] = ['measurement', 'size', 'result'];

/** Pipes inside a cell would start a new column. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * A Markdown table with its columns padded to line up in a terminal too.
 *
 * @example
 * markdownTable([{ measurement: 'Check', size: '100 rows', result: '5 ms' }]);
 * // '| Measurement | Size     | Result |\n| ----------- | -------- | ------ |\n| Check       | 100 rows | 5 ms   |'
 */
export function markdownTable(rows: readonly TableRow[]): string {
  const all = [HEADER, ...rows].map((row) => KEYS.map((k) => cell(row[k])));
  const widths = KEYS.map((_, i) => Math.max(3, ...all.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n');
}
