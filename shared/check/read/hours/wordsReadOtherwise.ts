/**
 * Hours log answers the check reads more widely than the template's formulas (docs/rules.md §1).
 * The check reads a practice's own words: "DNA" or "no-show" as did not attend, "Private" as
 * not NHS, "CPD" or "Supervision" as not time with clients. The template's formulas (the
 * Coaches sheet's hours and tier, the day load, the Monthly summary) leave out only
 * "Did not attend" and "Cancelled", and NHS "No", and count every kind of row; its drop-downs
 * warn of other words but accept them. So such a row is left out by the check's own reading and
 * counted by the sheet, and by the check too where it takes the sheet's worked-out hours as they
 * are (mergeLogs.ts). Said only for a coach whose Coaches row works its tier out with a formula.
 */
import { finding } from '../../findings/findingRules';
import { CHECK_MESSAGES } from '../../messages';
import type { Finding } from '../../types';
import type { Coach } from '../model';
import type { MappedRow } from '../rows/mappedRow';
import { RowsByKey } from '../rows/rowsByKey';
import { NOT_ATTENDED, NOT_NHS } from '../../../rules/tiers/hoursThatCount';

/** The answers whose words the template's formulas read narrowly. */
export type NarrowAnswer = 'attendance' | 'nhs' | 'kind';

/** The words each answer's formulas leave out (case aside); none for the kind, which they never read. */
const TEMPLATE_WORDS: Record<NarrowAnswer, ReadonlySet<string>> = {
  attendance: new Set(NOT_ATTENDED.map((w) => w.toLowerCase())),
  nhs: new Set([NOT_NHS.toLowerCase()]),
  kind: new Set(),
};

/** Those words as the template's drop-downs write them. */
const EXACT: Record<NarrowAnswer, readonly (string | undefined)[]> = {
  attendance: NOT_ATTENDED,
  nhs: [NOT_NHS],
  kind: [],
};

/**
 * What a reading of an hours log has seen of answers the template's formulas read otherwise.
 *
 * @example
 * const otherwise = new WordsReadOtherwise();
 * otherwise.see('attendance', 'DNA', row, sam); // the check reads "DNA" as did not attend
 * otherwise.findings(); // [{ rule: 'data.answer-read-otherwise', sheet: 'Hours log', … }]
 */
export class WordsReadOtherwise {
  /** The rows of each sheet giving one answer in one word: the answer, its header and the word first written. */
  private readonly rows = new RowsByKey<{ answer: NarrowAnswer; header: string; shown: string }>();
  /** Whether each value, as typed, is one of the words the formulas read: asked once a value and answer. */
  private readonly templateWord: Record<NarrowAnswer, Map<unknown, boolean>> = {
    attendance: new Map(),
    nhs: new Map(),
    kind: new Map(),
  };

  /**
   * A row whose `answer` the check reads as "no" (not attended, not NHS, not time with clients):
   * counted when the template's formulas would read it as yes, for a coach whose Coaches row has them.
   */
  see(answer: NarrowAnswer, value: unknown, row: MappedRow, coach: Coach | null): void {
    // The template's own words as its drop-downs write them, nearly every "no" of a template
    // log, are let go by comparing them, before any look-up.
    if (value === EXACT[answer][0] || value === EXACT[answer][1]) return;
    if (coach === null || !coach.tierWorkedOut) return;
    const known = this.templateWord[answer];
    let word = known.get(value);
    if (word === undefined) {
      word = typeof value === 'string' && TEMPLATE_WORDS[answer].has(value.toLowerCase());
      known.set(value, word);
    }
    if (word) return;
    const shown = String(value);
    const key = `${row.sheet}\u0000${answer}\u0000${shown.toLowerCase()}`;
    this.rows.add(key, row, answer, () => ({ answer, header: row.header(answer), shown }));
  }

  /**
   * A warning for each sheet, answer and word (case aside), at its first row: one for the log,
   * not one a coach, since the word is the log's habit.
   */
  findings(): Finding[] {
    return [...this.rows.values()].map(({ of: { answer, header, shown }, ...w }) =>
      finding(
        'data.answer-read-otherwise',
        { sheet: w.sheet, row: w.first, column: w.column },
        null,
        CHECK_MESSAGES.answerReadOtherwise(w.sheet, header, answer, shown, w.first, w.last, w.count),
      ),
    );
  }
}
