/**
 * The one error type the rules core throws. `kind` follows the spreadsheet error a host
 * shows: VALUE for a value of the wrong sort ("12h" for hours), NUM for a number out of
 * range (hours of -1, a WTE of 1.5).
 */
export type ErrorKind = 'VALUE' | 'NUM';

/**
 * An error whose message is fit to show a practice manager as it is.
 *
 * @example
 * throw new HwbcError('VALUE', 'hours must be a number ≥ 0, got "12h"');
 */
export class HwbcError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    // A bad value is the user's to mend, not a fault of the add-in, so no call stack is gathered
    // for it: that is most of what making an error costs, and a log of 100,000 rows or a column
    // of a custom function may hold thousands of bad cells. (stackTraceLimit is V8's, as in
    // Excel on Windows and the web and in Apps Script; elsewhere setting it changes nothing.)
    const ErrorType = Error as { stackTraceLimit?: number };
    const limit = ErrorType.stackTraceLimit;
    if (limit !== undefined) ErrorType.stackTraceLimit = 0;
    super(message);
    if (limit !== undefined) ErrorType.stackTraceLimit = limit;
    this.name = 'HwbcError';
    this.kind = kind;
    // Keeps `instanceof` working when compiled to older targets.
    Object.setPrototypeOf(this, HwbcError.prototype);
  }
}

/**
 * True when `e` is the core's own error.
 *
 * @example
 * isHwbcError(new HwbcError('NUM', 'x')); // true
 */
export function isHwbcError(e: unknown): e is HwbcError {
  return e instanceof HwbcError;
}
