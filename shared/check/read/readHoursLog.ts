/**
 * Reading an hours log: one row a session or activity. Only dated, attended NHS time with
 * clients counts towards tier hours (docs/rules.md §1, countsTowardsHours); what the words of
 * attendance, NHS and kind say is read in hours/answers.ts.
 * A session with no date counts for nothing and is reported (undatedSession).
 */
import { CellReader, NUMBER_RULES } from './cellReader';
import { Answers, ANSWER_WORDS } from './hours/answers';
import { ANSWER, LoggedSession } from './hours/loggedSession';
import type { CoachIndex } from './coachIndex';
import type { MappedRow, MappedRows } from './rows/mappedRows';
import type { Session } from './model';
import type { Finding } from '../types';
import { undatedSession } from './undatedSession';
import { WordsReadOtherwise } from './hours/wordsReadOtherwise';

/**
 * One hours-log row as a session.
 *
 * @example
 * readSession(rows, 0, rows.row(0), reader, index, findings, new Answers(), new WordsReadOtherwise()); // { coach, date: '2026-03-04', hours: 0.75, attended: true, … }
 */
function readSession(
  rows: MappedRows,
  i: number,
  row: MappedRow,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
  answers: Answers,
  otherwise: WordsReadOtherwise,
): Session {
  const text = reader.text(row, 'coach', null);
  const coach = index.resolve(text, row, findings);
  const label = coach?.label ?? text;
  const hours = reader.number(row, 'hours', label, NUMBER_RULES.hours);
  const minutes = hours === null ? reader.number(row, 'minutes', label, NUMBER_RULES.hours) : null;
  const kind = reader.text(row, 'kind', label);
  const attendance = row.value('attendance');
  const date = reader.date(row, 'date', label);
  const said =
    (answers.yes(attendance, ANSWER_WORDS.notAttended) ? ANSWER.attended : 0) |
    (answers.yes(attendance, ANSWER_WORDS.didNotAttend) ? 0 : ANSWER.didNotAttend) |
    (answers.yes(row.value('nhs'), ANSWER_WORDS.notNhs) ? ANSWER.nhs : 0) |
    (kind === null || !answers.says(kind, ANSWER_WORDS.notClientTime) ? ANSWER.clientSession : 0);
  // An answer read as "no" that the template's formulas would read as yes (rare: a set look-up).
  if ((said & ANSWER.attended) === 0) otherwise.see('attendance', attendance, row, coach);
  if ((said & ANSWER.nhs) === 0) otherwise.see('nhs', row.value('nhs'), row, coach);
  if ((said & ANSWER.clientSession) === 0) otherwise.see('kind', kind, row, coach);
  const client = reader.text(row, 'client', label);
  if (hours !== null || minutes === null) return new LoggedSession(coach, date, hours, client, said, rows, i);
  return new LoggedSession(coach, date, minutes, client, said | ANSWER.inMinutes, rows, i);
}

/**
 * Every row of an hours log; a finding for each session left out for want of a date.
 *
 * @example
 * readHoursLog(rows, reader, index, findings).length; // 312
 */
export function readHoursLog(rows: MappedRows, reader: CellReader, index: CoachIndex, findings: Finding[]): Session[] {
  const noDateColumn = new Set<string>();
  const answers = new Answers();
  const otherwise = new WordsReadOtherwise();
  const sessions: Session[] = [];
  for (let i = 0; i < rows.length; i++) {
    // The row is made for this reading only: the session keeps its place in the list.
    const row = rows.row(i);
    const session = readSession(rows, i, row, reader, index, findings, answers, otherwise);
    const undated = undatedSession(row, session, noDateColumn);
    if (undated) findings.push(undated);
    sessions.push(session);
  }
  for (const f of otherwise.findings()) findings.push(f);
  return sessions;
}
