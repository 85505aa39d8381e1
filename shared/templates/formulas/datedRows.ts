/**
 * A log read down to its last dated row rather than whole: the summary's counts use these
 * ranges. Why: LibreOffice reads a whole column to its last row (over a million) for a
 * criterion that an empty cell meets, such as "<>Cancelled", so whole-column COUNTIFS on every
 * summary row cost most of the workbook's recalculation. Every count with a date criterion,
 * which an undated row never meets, counts the same rows read down to the last dated row,
 * however long the log.
 */

/**
 * A whole column's rows from row 2 down to the row held in `rowsCell` (a "rows read" cell
 * worked out once by lastDatedRowFormula).
 *
 * @example
 * rowsRead("'Hours log'!$E:$E", '$R$2'); // "'Hours log'!$E$2:INDEX('Hours log'!$E:$E,$R$2)"
 */
export function rowsRead(wholeColumn: string, rowsCell: string): string {
  const sheet = wholeColumn.slice(0, wholeColumn.indexOf('!') + 1);
  const letter = wholeColumn.slice(wholeColumn.indexOf('$') + 1, wholeColumn.indexOf(':'));
  return `${sheet}$${letter}$2:INDEX(${wholeColumn},${rowsCell})`;
}

/**
 * The last dated row of a log's date column (2 when it has none): MATCH of a very large number,
 * which finds the last number in a column however many blanks lie between.
 *
 * @example
 * lastDatedRowFormula("'Hours log'!$A:$A"); // "=MAX(2,IFERROR(MATCH(9.99E+307,'Hours log'!$A:$A),2))"
 */
export function lastDatedRowFormula(dateColumn: string): string {
  return `=MAX(2,IFERROR(MATCH(9.99E+307,${dateColumn}),2))`;
}
