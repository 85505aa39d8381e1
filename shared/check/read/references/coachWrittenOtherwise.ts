/**
 * Log rows that name a coach otherwise than by the ID on the Coaches sheet (docs/rules.md §9).
 * The check finds a coach by ID or name, case, punctuation and spacing aside (coachKey), so
 * "Sam Jones" and "HWBC001" are the coach HWBC-001 to it. The template's formulas match a
 * coach by ID as written, case aside (SUMIFS, COUNTIFS, MAXIFS on the Coaches sheet, the
 * Monthly summary, the Hours log's day load), so those rows are left out of the sheet's hours,
 * tier, supervision dates, training and monthly figures, and of what the check takes from the
 * sheet's worked-out totals (mergeLogs.ts reads a log only where the sheet is silent). Said only
 * for a coach whose Coaches row works its tier out with a formula: a practice's own sheet,
 * typed by hand, has no formula to leave a row out.
 */
import { finding } from '../../findings/findingRules';
import { CHECK_MESSAGES } from '../../messages';
import type { Finding } from '../../types';
import type { Coach } from '../model';
import type { MappedRow } from '../rows/mappedRow';
import { RowsByKey } from '../rows/rowsByKey';

/**
 * What a coach index (coachIndex.ts) has seen of coaches named otherwise than by their ID.
 *
 * @example
 * const otherwise = new CoachWrittenOtherwise();
 * otherwise.judge('Sam Jones', sam); // Sam's ID is HWBC-001 and the Coaches sheet works out Sam's tier
 * otherwise.see('Sam Jones', sam, row);
 * otherwise.findings(); // [{ rule: 'data.coach-written-otherwise', sheet: 'Hours log', … }]
 */
export class CoachWrittenOtherwise {
  /** The texts, as typed, that name a coach otherwise than by the ID a formula matches. */
  private readonly texts = new Set<string>();
  /** The rows of each sheet naming a coach one other way: the text first written and the coach. */
  private readonly rows = new RowsByKey<{ text: string; coach: Coach }>();

  /** Decides, once for each text as typed, whether it names `coach` otherwise than a formula would. */
  judge(text: string, coach: Coach): void {
    if (coach.id !== null && coach.tierWorkedOut && text.toLowerCase() !== coach.id.toLowerCase()) this.texts.add(text);
  }

  /**
   * Counts the row when its text (trimmed, as the check reads it) is one judged otherwise, or
   * when the cell as written has spaces around the ID, which a formula matches as written too.
   * A set look-up, and for a coach the formulas count, one more read of the row's cell.
   */
  see(text: string, coach: Coach, row: MappedRow): void {
    if (this.texts.size > 0 && this.texts.has(text)) return this.count(text, coach, row);
    // An ID written with spaces on the Coaches sheet has a warning of its own (idWrittenWithSpaces).
    if (coach.id === null || !coach.tierWorkedOut || coach.idWritten !== undefined) return;
    const written = row.value('coach');
    if (typeof written === 'string' && written.length !== text.length) this.count(written, coach, row);
  }

  private count(written: string, coach: Coach, row: MappedRow): void {
    // "Sam Jones" and "sam jones" are one way to a formula (case aside): one warning.
    this.rows.add(`${row.sheet}\u0000${written.toLowerCase()}`, row, 'coach', () => ({ text: written, coach }));
  }

  /** A warning for each sheet and way of naming a coach otherwise (case aside), at its first row. */
  findings(): Finding[] {
    return [...this.rows.values()].map(({ of: { text, coach }, ...w }) =>
      finding(
        'data.coach-written-otherwise',
        { sheet: w.sheet, row: w.first, column: w.column },
        coach.label,
        CHECK_MESSAGES.coachWrittenOtherwise(w.sheet, text, coach.id ?? '', w.first, w.last, w.count),
      ),
    );
  }
}

/**
 * A warning at a Coaches ID written with spaces around it, on a row that works its tier out
 * with formulas: those formulas match log rows to the ID as written, so rows naming the ID
 * without the spaces are left out. Null for any other coach.
 *
 * @example
 * idWrittenWithSpaces(coach); // { rule: 'data.coach-written-otherwise', sheet: 'Coaches', row: 4, column: 'A', … }
 */
export function idWrittenWithSpaces(coach: Coach): Finding | null {
  if (coach.id === null || coach.idWritten === undefined || !coach.tierWorkedOut) return null;
  const where = { sheet: coach.at.sheet, row: coach.at.row, column: coach.columns.id ?? null };
  return finding(
    'data.coach-written-otherwise',
    where,
    coach.label,
    CHECK_MESSAGES.coachIdWithSpaces(coach.idWritten, coach.id),
  );
}
