/**
 * Recognising a person's name where a pseudonymous client reference belongs ("Jane Smith",
 * "Mrs Smith", "J. Smith", "Smith, Jane"). References such as "C-0012", "HW123" or a single
 * code word are never flagged; a few words that start references ("Client A", "Group 3")
 * are known not to be names. This is a prompt to look, so it errs towards the obvious.
 */

const TITLE = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev)\.?\s+\p{Lu}\p{Ll}/iu;
/** A capitalised name word: Smith, O'Neil, McDonald, Mary-Jane, Zoë. */
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:['’-]?\p{Lu}?\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;

/** Words that make a cell a description, not a person. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'client',
  'patient',
  'group',
  'session',
  'new',
  'unknown',
  'anonymous',
  'anon',
  'test',
  'referral',
  'initial',
  'follow',
  'self',
  'admin',
  'none',
  'team',
  'practice',
  'surgery',
  'service',
  'pcn',
  'nhs',
  'gp',
]);

/**
 * Whether a cell's text looks like a person's name.
 *
 * @example
 * looksLikePersonName('Jane Smith'); // true
 * looksLikePersonName('Mrs Smith');  // true
 * looksLikePersonName('C-0012');     // false
 * looksLikePersonName('Client A');   // false
 */
export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  if (t === '' || /\d/.test(t)) return false;
  if (TITLE.test(t)) return true;
  const words = t.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 4) return false;
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, '')))) return false;
  const full = words.filter((w) => NAME_WORD.test(w) && w.length >= 2);
  return (
    full.length >= 1 && words.every((w) => NAME_WORD.test(w) || INITIAL.test(w)) && words.length - full.length <= 1
  );
}
