/**
 * The answers an hours log gives in words (attendance, NHS, kind of session), read as yes or no.
 * A blank attendance or NHS cell is taken as attended and NHS, since a logged session is
 * usually one that happened; practices' own words count as the template's (DNA, no-show,
 * private, admin…).
 */
import { isBlank } from '../../../values/cells/blank';

/**
 * Attendance words of a session that did not happen: the template's "Did not attend" and
 * "Cancelled" (hoursThatCount's NOT_ATTENDED) and practices' own (DNA, no-show, "no").
 */
const NOT_ATTENDED = /did not attend|\bdna\b|cancel|no[- ]show|not attended|^\s*(no|n|false)\s*$/i;
/** Attendance words of a client who did not come, as opposed to a session cancelled. */
const DID_NOT_ATTEND = /did not attend|\bdna\b|no[- ]show|not attended|^\s*(no|n|false)\s*$/i;
/** NHS answers that are not NHS work: the template's "No" (NOT_NHS) and practices' own words. */
const NOT_NHS = /non[- ]?nhs|private|not nhs|^\s*(no|n|false)\s*$/i;
/** Logged time that is not with clients: supervision received, CPD, training, admin. */
const NOT_CLIENT_TIME = /supervis|\bcpd\b|training|admin|meeting|study|induction|leave/i;

/**
 * The word lists, in the order `Answers` numbers them.
 *
 * @example
 * ANSWER_WORDS.notAttended; // 0
 */
export const ANSWER_WORDS = { notAttended: 0, didNotAttend: 1, notNhs: 2, notClientTime: 3 } as const;

/** Each answer's "no" words, as bits: which of the word lists above the text matches. */
const WORDS = [NOT_ATTENDED, DID_NOT_ATTEND, NOT_NHS, NOT_CLIENT_TIME];
/** The most answers remembered: a log's answers are a few words, not free text on every row. */
const MOST_REMEMBERED = 1000;

/**
 * What each answer text says, worked out once per text: a log of 100,000 sessions repeats the
 * same few words ("Attended", "Yes", "1:1 session"), and four regular expressions a row add up.
 *
 * @example
 * new Answers().says('Did not attend', 0); // true
 */
export class Answers {
  private readonly known = new Map<string, number>();

  /** Whether `text` matches the `list`th of WORDS. */
  says(text: string, list: number): boolean {
    let bits = this.known.get(text);
    if (bits === undefined) {
      bits = 0;
      for (let i = 0; i < WORDS.length; i++) if (WORDS[i].test(text)) bits |= 1 << i;
      if (this.known.size < MOST_REMEMBERED) this.known.set(text, bits);
    }
    return (bits & (1 << list)) !== 0;
  }

  /**
   * Whether an attendance or NHS cell says yes: blank and anything but a "no" word is yes.
   *
   * @example
   * answers.yes('Did not attend', 0); // false
   */
  yes(value: unknown, no: number): boolean {
    if (isBlank(value)) return true;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value !== 0;
    return !this.says(String(value), no);
  }
}
