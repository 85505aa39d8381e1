/**
 * Reading an hours log: one row a session or activity. Only dated, attended NHS time with
 * clients counts towards tier hours (docs/rules.md §1, countsTowardsHours); a blank attendance or
 * NHS cell is taken as attended and NHS, since a logged session is usually one that happened.
 * A session with no date counts for nothing and is reported (undatedSession).
 */
import { isBlank } from '../../values/cells/blank';
import { CellReader, NUMBER_RULES, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import type { MappedRow } from './mappedRows';
import type { Session } from './model';
import type { Finding } from '../types';
import { undatedSession } from './undatedSession';

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
class Answers {
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

/**
 * One hours-log row as a session.
 *
 * @example
 * readSession(row, reader, index, findings, new Answers()); // { coach, date: '2026-03-04', hours: 0.75, attended: true, … }
 */
function readSession(
  row: MappedRow,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
  answers: Answers,
): Session {
  const text = reader.text(row, 'coach', null);
  const coach = index.resolve(text, row, findings);
  const label = coach?.label ?? text;
  const hours = reader.number(row, 'hours', label, NUMBER_RULES.hours);
  const minutes = hours === null ? reader.number(row, 'minutes', label, NUMBER_RULES.hours) : null;
  const kind = reader.text(row, 'kind', label);
  const attendance = row.value('attendance');
  return {
    coach,
    date: reader.date(row, 'date', label),
    hours: hours ?? (minutes === null ? null : minutes / 60),
    attended: answers.yes(attendance, 0),
    didNotAttend: !answers.yes(attendance, 1),
    nhs: answers.yes(row.value('nhs'), 2),
    clientSession: kind === null || !answers.says(kind, 3),
    client: reader.text(row, 'client', label),
    at: whereOf(row, 'date'),
  };
}

/**
 * Every row of an hours log; a finding for each session left out for want of a date.
 *
 * @example
 * readHoursLog(rows, reader, index, findings).length; // 312
 */
export function readHoursLog(
  rows: readonly MappedRow[],
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
): Session[] {
  const noDateColumn = new Set<string>();
  const answers = new Answers();
  const sessions: Session[] = [];
  for (const row of rows) {
    const session = readSession(row, reader, index, findings, answers);
    const undated = undatedSession(row, session, noDateColumn);
    if (undated) findings.push(undated);
    sessions.push(session);
  }
  return sessions;
}
