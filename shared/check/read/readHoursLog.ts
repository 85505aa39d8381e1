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

/**
 * Whether an attendance or NHS cell says yes: blank and anything but a "no" word is yes.
 *
 * @example
 * saysYes('Did not attend', NOT_ATTENDED); // false
 */
function saysYes(value: unknown, no: RegExp): boolean {
  if (isBlank(value)) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return !no.test(String(value));
}

/**
 * One hours-log row as a session.
 *
 * @example
 * readSession(row, reader, index, findings); // { coach, date: '2026-03-04', hours: 0.75, attended: true, … }
 */
export function readSession(row: MappedRow, reader: CellReader, index: CoachIndex, findings: Finding[]): Session {
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
    attended: saysYes(attendance, NOT_ATTENDED),
    didNotAttend: !saysYes(attendance, DID_NOT_ATTEND),
    nhs: saysYes(row.value('nhs'), NOT_NHS),
    clientSession: kind === null || !NOT_CLIENT_TIME.test(kind),
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
  return rows.map((row) => {
    const session = readSession(row, reader, index, findings);
    const undated = undatedSession(row, session, noDateColumn);
    if (undated) findings.push(undated);
    return session;
  });
}
