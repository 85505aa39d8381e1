/**
 * How a coach's ID or name is tidied for lookup. Logs name a coach by ID or by name, spelt as
 * the person typing it spelt it; this file imports nothing, so a page that only needs the
 * tidying (the task pane's monthly figures, through clientKey) does not carry the coach lookup.
 */

/** A reference that tidying would leave as it is. */
const TIDY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/** Text all in ASCII, whose only letters and digits are a–z and 0–9 once in lower case. */
const ASCII = /^[\p{ASCII}]*$/u;

/**
 * A coach's ID or name tidied for lookup: case, punctuation and spacing ignored.
 *
 * @example
 * coachKey(' Sam  O’Neil. '); // 'sam oneil'
 */
export function coachKey(text: string): string {
  const lower = text.toLowerCase();
  // Most references are already tidy (plain letters and digits, single spaces): they need
  // none of the Unicode-aware clean-up, the slowest part, and come out as they are.
  if (TIDY.test(lower)) return lower;
  // Plain ASCII ("C-00001", "HW 07."): the same clean-up without Unicode classes, which in
  // ASCII are just letters and digits.
  if (ASCII.test(lower))
    return lower
      .replace(/[^a-z0-9 ]+/g, '')
      .replace(/ +/g, ' ')
      .trim();
  return lower
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
