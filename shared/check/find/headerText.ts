/**
 * Header text reduced to what it means: lower case, words only. "NHS Coaching Hours (to
 * date)", "nhs_coaching_hours" and "NHS coaching-hours to date" all become the same words,
 * so the synonym table needs one spelling of each.
 */

/** Words that carry no meaning in a header: "Date of start" is "start date". */
const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'a', 'an', 'in', 'for', 'yes', 'no', 'y', 'n', 'e', 'g']);

/**
 * The meaningful words of a header, in order.
 *
 * @example
 * headerWords('NHS Coaching-Hours (to date)'); // ['nhs', 'coaching', 'hour', 'to', 'date']
 * headerWords('Client ref.');                  // ['client', 'ref']
 */
export function headerWords(header: string): string[] {
  return headerForms(header).words;
}

/**
 * A header's words, and the same joined with spaces and run together.
 *
 * @example
 * headerForms('Start date'); // { words: ['start', 'date'], spaced: 'start date', compact: 'startdate' }
 */
export interface HeaderForms {
  words: string[];
  spaced: string;
  compact: string;
}

/**
 * A header's words in the forms matching compares, worked out once per header text.
 *
 * @example
 * headerForms('Start-Date').compact; // 'startdate'
 */
export function headerForms(header: string): HeaderForms {
  const known = remembered.get(header);
  if (known) return known;
  // Headers repeat across rows, sheets and synonyms: remember a bounded number of them.
  if (remembered.size > 5000) remembered.clear();
  const words = splitWords(header);
  const forms = { words, spaced: words.join(' '), compact: words.join('') };
  remembered.set(header, forms);
  return forms;
}

const remembered = new Map<string, HeaderForms>();

function splitWords(header: string): string[] {
  return header
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b1\s*:\s*1\b/g, ' one to one ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .map(singular);
}

/** "Hours" and "hour", "sessions" and "session" are the same word to a header. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * A header as one comparable string: its words joined by single spaces.
 *
 * @example
 * normaliseHeader('  Last  CS: ');     // 'last cs'
 * normaliseHeader('Sessions (1:1)'); // 'session one to one'
 */
export function normaliseHeader(header: string): string {
  return headerWords(header).join(' ');
}

/**
 * Levenshtein distance between two short strings (headers are short, so the plain
 * two-row algorithm is plenty).
 *
 * @example
 * editDistance('supervison', 'supervision'); // 1
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * How many typing slips a word of this length may carry and still count: none for short
 * words (abbreviations such as "cs" and "lm" must match exactly), one from five letters,
 * two from twelve. Ten-letter words get only one, or "supervisor" would pass for
 * "supervision".
 *
 * @example
 * slipsAllowed('hours'); // 1
 */
export function slipsAllowed(word: string): number {
  return word.length >= 12 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Whether two header words are the same word, allowing a typing slip in longer words.
 *
 * @example
 * sameWord('clincal', 'clinical'); // true
 * sameWord('cs', 'hcs');           // false
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const slips = Math.min(slipsAllowed(a), slipsAllowed(b));
  if (slips === 0 || Math.abs(a.length - b.length) > slips) return false;
  return slips === 1 ? oneSlip(a, b) : withinDistance(a, b, slips);
}

/** Distance at most 1, in one pass: one letter changed, added or left out. */
function oneSlip(a: string, b: string): boolean {
  if (a.length === b.length) {
    let differences = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++differences > 1) return false;
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Levenshtein distance at most `limit`, giving up as soon as a row is all over the limit. */
function withinDistance(a: string, b: string, limit: number): boolean {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return false;
    prev = cur;
  }
  return prev[b.length] <= limit;
}
