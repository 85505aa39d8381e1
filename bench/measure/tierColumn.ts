/**
 * The column the custom-function measurements pass: 10,000 coaches' NHS coaching hours, as
 * a one-column range (rows of one cell), and the tiers the rules give for them.
 */
import { tier } from '../../shared/rules/tiers/tier';

/**
 * Hours from 0 to about 1,300 (every tier), with halves; the same every run.
 *
 * @example
 * hoursColumn(3); // [[0], [137.5], [275]]
 */
export function hoursColumn(rows: number): number[][] {
  return Array.from({ length: rows }, (_, i) => [((i * 275) % 2600) / 2]);
}

/**
 * Throws unless `result` is one tier per row, as the rules give them (PCI-trained, no cap).
 *
 * @example
 * expectTiers(hoursColumn(2), [[0], [1]]);
 */
export function expectTiers(hours: readonly (readonly number[])[], result: unknown, where: string): void {
  const rows = Array.isArray(result) ? (result as unknown[][]) : [];
  const wrong = hours.findIndex((h, i) => rows[i]?.length !== 1 || rows[i][0] !== tier(h[0]));
  if (rows.length !== hours.length || wrong >= 0) {
    throw new Error(`${where} gave ${JSON.stringify(rows[wrong])} for ${hours[wrong]?.[0]} hours (row ${wrong + 1}).`);
  }
}
