/**
 * How big the synthetic workbook is. A coach brings 100 log rows on average, in the
 * proportions a practice's workbook has after about four months: mostly Hours log sessions,
 * then Caseload clients, Supervision log sessions and Evidence log entries.
 */

/**
 * Log rows per coach, by template sheet. They add up to 100, so 1,000 coaches make
 * 100,000 log rows and 100 coaches make 10,000.
 *
 * @example
 * PER_COACH['Hours log']; // 80
 */
export const PER_COACH = {
  'Hours log': 80,
  Caseload: 10,
  'Supervision log': 6,
  'Evidence log': 4,
} as const;

/** A sheet that holds log rows. */
export type LogSheet = keyof typeof PER_COACH;

/**
 * The log sheets, in the order the tables list them.
 *
 * @example
 * LOG_SHEETS[0]; // 'Hours log'
 */
export const LOG_SHEETS = Object.keys(PER_COACH) as LogSheet[];

/**
 * Log rows a coach brings, all sheets together.
 *
 * @example
 * LOG_ROWS_PER_COACH; // 100
 */
export const LOG_ROWS_PER_COACH = LOG_SHEETS.reduce((sum, sheet) => sum + PER_COACH[sheet], 0);

/**
 * The number of coaches for a number of log rows (at least one).
 *
 * @example
 * coachesFor(10_000); // 100
 */
export function coachesFor(logRows: number): number {
  return Math.max(1, Math.round(logRows / LOG_ROWS_PER_COACH));
}

/**
 * The log rows each sheet holds for a team of `coaches`.
 *
 * @example
 * logRowCounts(1000); // { 'Hours log': 80000, Caseload: 10000, 'Supervision log': 6000, 'Evidence log': 4000 }
 */
export function logRowCounts(coaches: number): Record<LogSheet, number> {
  return Object.fromEntries(LOG_SHEETS.map((s) => [s, PER_COACH[s] * coaches])) as Record<LogSheet, number>;
}
