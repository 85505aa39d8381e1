/**
 * How much one server step of the sidebar's work reads. Apps Script stops an execution after
 * 6 minutes and the sidebar can show progress and stop only between steps, so a step is kept
 * to a second or two of work however large the workbook; a step costs a round trip of its own,
 * so it is not made much smaller than that either.
 */

/**
 * Rows per step: 2,000 rows of a dozen columns is one getValues and one getFormulas of about
 * 24,000 cells, a second or two of an execution Apps Script allows 6 minutes.
 *
 * @example
 * new SteppedPort(server, {}, ROWS_PER_STEP);
 */
export const ROWS_PER_STEP = 2000;

/**
 * Values the first step reads ahead, of the sheets that fit whole: about what a step of rows
 * reads (ROWS_PER_STEP rows of a dozen columns), so the first step is no longer than the
 * others and progress shows as soon as it would without it.
 *
 * @example
 * server.hwbcStepStart(READ_AHEAD_CELLS);
 */
export const READ_AHEAD_CELLS = 24_000;
