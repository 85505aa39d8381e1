/**
 * Hours-log rows with no date. A session counts towards NHS coaching hours only when it is
 * dated on or before the as-of date (countsTowardsHours), so an undated one is left out of
 * every count — hours, sessions in a day, sessions since a client's review. Left out silently
 * it would just make a coach's hours look short, so each such row gets a finding saying why.
 */
import type { FieldKey } from '../../fields';
import { isBlank } from '../../values/cells/blank';
import { whereOf } from './cellReader';
import { finding } from '../findings/findingRules';
import type { MappedRow } from './rows/mappedRows';
import { CHECK_MESSAGES } from '../messages';
import type { Session } from './model';
import { NOT_A_COACH } from './readCoaches';
import type { Finding } from '../types';

/** What makes a row a session rather than a note: a coach, a client or some time. */
const SESSION_FIELDS: readonly FieldKey<'hoursLog'>[] = ['coach', 'client', 'minutes', 'hours'];

/** A totals or average line under a log, which is arithmetic, not a session. */
function isTotalsRow(row: MappedRow): boolean {
  let totals = false;
  row.eachCell((value) => {
    if (!totals && typeof value === 'string' && NOT_A_COACH.test(value.trim())) totals = true;
  });
  return totals;
}

/**
 * A `data.undated-session` finding for a row that would count if it had a date: the client
 * came and it was time with clients. A date that is there but unreadable is already a
 * `data.bad-value` finding, and a formula date is the sheet's own working, so neither gets a
 * second finding. When the sheet has no date column at all, one finding for the sheet (the
 * first time `reported` sees it) says so instead of one per row.
 *
 * @example
 * undatedSession(row, session, new Set());
 * // { rule: 'data.undated-session', sheet: 'Sessions', row: 12, column: 'A', severity: 'warning', … }
 */
export function undatedSession(row: MappedRow, session: Session, reported: Set<string>): Finding | null {
  if (session.date !== null || !session.attended || !session.clientSession) return null;
  if (SESSION_FIELDS.every((f) => isBlank(row.value(f))) || isTotalsRow(row)) return null;
  const date = row.get('date');
  const coach = session.coach?.label ?? null;
  if (date === null) {
    if (reported.has(row.sheet)) return null;
    reported.add(row.sheet);
    const where = { sheet: row.sheet, row: null, column: null };
    return finding('data.undated-session', where, null, CHECK_MESSAGES.noDateColumn(row.sheet));
  }
  if (!isBlank(date.value) || date.formula) return null;
  const where = whereOf(row, 'date');
  return finding('data.undated-session', where, coach, CHECK_MESSAGES.undatedSession(where));
}
