/**
 * Cell references for template formulas: column keys become A1 references, and sheet names
 * are quoted as formulas need them, so a formula on one sheet can point at another sheet's
 * columns by name. Not rules: the formulas that mirror rules live beside them in shared/rules.
 */
import { columnLetter, type ColumnSpec } from '../../workbook';

/**
 * The sheet name as it must appear before "!" in a formula, quoted when it holds a space.
 *
 * @example
 * sheetPrefix('Hours log'); // "'Hours log'!"
 * sheetPrefix('Coaches');   // 'Coaches!'
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * The 0-based position of a column, or an error naming the sheet's columns.
 *
 * @example
 * columnIndex(COACHES_COLUMNS, 'id'); // 0
 */
export function columnIndex(columns: readonly ColumnSpec[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`No column "${key}" among ${columns.map((c) => c.key).join(', ')}.`);
  return i;
}

/**
 * A cell on the same sheet, relative: `cell(COACHES_COLUMNS, 'startDate', 2)` is 'D2'.
 *
 * @example
 * cell(COACHES_COLUMNS, 'startDate', 2); // 'D2'
 */
export function cell(columns: readonly ColumnSpec[], key: string, row: number): string {
  return `${columnLetter(columnIndex(columns, key))}${row}`;
}

/**
 * A whole column on another (or the same) sheet, absolute: `'Hours log'!$E:$E`.
 *
 * @example
 * wholeColumn('Hours log', HOURS_LOG_COLUMNS, 'hours'); // "'Hours log'!$E:$E"
 */
export function wholeColumn(sheet: string, columns: readonly ColumnSpec[], key: string): string {
  const letter = columnLetter(columnIndex(columns, key));
  return `${sheetPrefix(sheet)}$${letter}:$${letter}`;
}

/**
 * A whole column on the formula's own sheet, absolute: `$B:$B`.
 *
 * @example
 * ownColumn(HOURS_LOG_COLUMNS, 'coach'); // '$B:$B'
 */
export function ownColumn(columns: readonly ColumnSpec[], key: string): string {
  const letter = columnLetter(columnIndex(columns, key));
  return `$${letter}:$${letter}`;
}

/**
 * A cell on another sheet: `Coaches!A7`, or with `absolute` `Coaches!$A$2`.
 *
 * @example
 * sheetCell('Coaches', COACHES_COLUMNS, 'id', 2, true); // 'Coaches!$A$2'
 */
export function sheetCell(sheet: string, columns: readonly ColumnSpec[], key: string, row: number, absolute = false) {
  const letter = columnLetter(columnIndex(columns, key));
  return absolute ? `${sheetPrefix(sheet)}$${letter}$${row}` : `${sheetPrefix(sheet)}${letter}${row}`;
}

/**
 * A fixed block of one column on the formula's own sheet: `$H$2:$H$91`.
 *
 * @example
 * ownRange(COMPETENCIES_COLUMNS, 'neededFrom', 2, 91); // '$H$2:$H$91'
 */
export function ownRange(columns: readonly ColumnSpec[], key: string, first: number, last: number): string {
  const letter = columnLetter(columnIndex(columns, key));
  return `$${letter}$${first}:$${letter}$${last}`;
}

/**
 * A column of another sheet from row 2 down to the row a cell holds (a log's last row), for
 * array arithmetic that would otherwise run to the sheet's last row.
 *
 * @example
 * usedRange('Training', TRAINING_COLUMNS, 'item', 'Settings!$V$4'); // 'Training!$D$2:INDEX(Training!$D:$D,Settings!$V$4)'
 */
export function usedRange(sheet: string, columns: readonly ColumnSpec[], key: string, lastRow: string): string {
  const whole = wholeColumn(sheet, columns, key);
  const letter = columnLetter(columnIndex(columns, key));
  return `${sheetPrefix(sheet)}$${letter}$2:INDEX(${whole},${lastRow})`;
}

/**
 * Several columns of a log, each from row 2 down to the row a cell holds, by key: the ranges a
 * total reads a log through (the Training sheet for the Coaches sheet, the Evidence log for
 * the Competencies sheet).
 *
 * @example
 * usedRanges('Training', TRAINING_COLUMNS, ['coach', 'item'], 'Settings!$V$4').item;
 * // 'Training!$D$2:INDEX(Training!$D:$D,Settings!$V$4)'
 */
export function usedRanges<K extends string>(
  sheet: string,
  columns: readonly ColumnSpec[],
  keys: readonly K[],
  lastRow: string,
): Record<K, string> {
  const ranges = {} as Record<K, string>;
  for (const key of keys) ranges[key] = usedRange(sheet, columns, key, lastRow);
  return ranges;
}
