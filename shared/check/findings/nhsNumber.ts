/**
 * Recognising NHS numbers, so that one typed where a pseudonymous client reference belongs
 * is caught. An NHS number is ten digits whose last is a modulus-11 check digit: multiply
 * the first nine by 10, 9, …, 2, add them up, and the check digit is 11 minus the remainder
 * on dividing by 11 (11 becomes 0; 10 means the number is not valid).
 */

/**
 * Whether ten digits (spaces or dashes allowed between them) form a valid NHS number.
 *
 * @example
 * isNhsNumber('943 476 5919'); // true
 * isNhsNumber('943 476 5918'); // false
 */
export function isNhsNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * Whether text holds at least ten digits: the check runs over every cell of every log, and
 * almost none could hold an NHS number, so they are passed over without a regular expression.
 */
function hasTenDigits(text: string): boolean {
  if (text.length < 10) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits === 10) return true;
  }
  return false;
}

/**
 * Whether a cell could hold an NHS number at all: a whole number of ten digits, or text with
 * ten digits in it. The scan asks this of every cell first, so the rest make nothing.
 *
 * @example
 * mayHoldNhsNumber('C-0012');    // false
 * mayHoldNhsNumber(9434765919); // true
 */
export function mayHoldNhsNumber(value: unknown): boolean {
  if (typeof value === 'number') return value >= 1e9 && value < 1e10 && Number.isInteger(value);
  return typeof value === 'string' && hasTenDigits(value);
}

/** Ten digits, optionally in the 3-3-4 groups the NHS prints, not part of a longer number. */
const CANDIDATE = /(?<![\d-])(\d{3}[ -]?\d{3}[ -]?\d{4})(?![\d-])/g;

/**
 * The valid NHS numbers in a cell (digits only), whether the cell is a number or text
 * with other words around it.
 *
 * @example
 * nhsNumbersIn('Seen with 943 476 5919 today'); // ['9434765919']
 * nhsNumbersIn(9434765919);                     // ['9434765919']
 * nhsNumbersIn('C-0012');                       // []
 */
export function nhsNumbersIn(value: unknown): string[] {
  // Only a whole number of ten digits, or text with ten digits, can hold one: no text is
  // made for any other.
  if (!mayHoldNhsNumber(value)) return [];
  if (typeof value === 'number') return isNhsNumber(String(value)) ? [String(value)] : [];
  return [...(value as string).matchAll(CANDIDATE)].map((m) => m[1].replace(/[\s-]/g, '')).filter(isNhsNumber);
}
