/**
 * The error values a spreadsheet shows in a cell. Excel's and Sheets' hosts hand an error
 * over as its text ("#N/A"), exceljs as { error: "#N/A" }: either way it is an error, not a
 * value and not a blank, whether a formula's cached result or typed in (both programs turn
 * a typed "#N/A" into the error itself).
 */
const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
  // Google Sheets' own.
  '#ERROR!',
]);

/**
 * The error a cell shows ("#N/A", "#REF!"…), or null when the value is not an error.
 *
 * @example
 * spreadsheetError('#N/A');              // '#N/A'
 * spreadsheetError({ error: '#REF!' });  // '#REF!'
 * spreadsheetError('N/A');               // null
 */
export function spreadsheetError(value: unknown): string | null {
  const text =
    typeof value === 'string'
      ? value
      : value !== null && typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string'
        ? (value as { error: string }).error
        : null;
  // Every error starts with "#": text without one is not an error, and most cells are not.
  if (text === null || !text.includes('#')) return null;
  const t = text.trim().toUpperCase();
  return ERRORS.has(t) ? t : null;
}
