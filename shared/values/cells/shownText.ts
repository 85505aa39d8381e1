/**
 * Text as a terminal, a task pane or a report cell may show it. A cell can hold anything: a
 * terminal escape that clears the screen, a line break that forges a row of a table, a
 * right-to-left override that reverses what follows, or 50,000 characters. What is shown is
 * made safe and short here; the data itself is never changed.
 */

/**
 * Characters that steer a display rather than show something: C0 and C1 controls, DEL, and
 * the invisible direction and isolate marks that reorder the text around them.
 */
// eslint-disable-next-line no-control-regex
const STEERING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Line breaks and tabs: shown as one space, so one value stays on one line. */
const BREAKS = /[\t\n\r\u2028\u2029]+/g;

/**
 * How long a value may be when shown inside a message or a table cell.
 *
 * @example
 * shownText('x'.repeat(500)).length; // SHOWN_LENGTH
 */
export const SHOWN_LENGTH = 120;

/**
 * Text safe to show: controls replaced by "�", line breaks and tabs by a space, and cut to
 * `max` characters ending in "…" (never splitting a surrogate pair).
 *
 * @example
 * shownText('Sam\u001b[2JJones'); // 'Sam�[2JJones'
 * shownText('a\nb');              // 'a b'
 * shownText('abcdef', 4);         // 'abc…'
 */
export function shownText(text: string, max = SHOWN_LENGTH): string {
  // Look at a little more than `max` only: a 1 MB name costs no more than a short one.
  const head = text.length > max + 1 ? text.slice(0, max + 1) : text;
  const safe = head.replace(BREAKS, ' ').replace(STEERING, '\uFFFD');
  if (safe.length <= max && head.length === text.length) return safe;
  let cut = Math.max(0, max - 1);
  const code = safe.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${safe.slice(0, cut)}…`;
}
