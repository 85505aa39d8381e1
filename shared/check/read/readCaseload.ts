/**
 * Reading a caseload: one row a client. Closed clients (discharged, completed, declined)
 * need no review and do not count as the coach taking clients.
 */
import { isBlank } from '../../values/cells/blank';
import type { IsoDate } from '../../values/dates/calendarDate';
import type { ReadContext } from '../../values/context';
import { readDate } from '../../values/dates/readDate';
import { CellReader, NUMBER_RULES, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import type { MappedRow, MappedRows } from './rows/mappedRows';
import type { CaseloadEntry } from './model';
import type { Finding } from '../types';

/** Statuses of a client not (or no longer, or not yet) being seen. */
const NOT_OPEN =
  /closed|discharged|complete|ended|finished|inactive|declined|withdrawn|not started|transferred|did not engage|waiting/i;

/**
 * The referral date when it reads as a date, else null. Only the monthly summary counts it, so
 * an unreadable one is left out of the count rather than reported: the check has never asked
 * for referral dates, and it does not start finding fault with them here.
 */
function referralDate(row: MappedRow, ctx: ReadContext): IsoDate | null {
  const value = row.value('referralDate');
  if (isBlank(value)) return null;
  try {
    return readDate('referralDate', value, ctx);
  } catch {
    return null;
  }
}

/**
 * One caseload row, as typed (sessions since review are worked out in caseloadFindings).
 *
 * @example
 * readCaseloadRow(row, reader, index, findings); // { open: true, sinceReview: 7, … }
 */
export function readCaseloadRow(
  row: MappedRow,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
): CaseloadEntry {
  const text = reader.text(row, 'coach', null);
  const coach = index.resolve(text, row, findings);
  const label = coach?.label ?? text;
  const status = reader.text(row, 'status', label);
  const lastReview = reader.date(row, 'lastReview', label);
  return {
    coach,
    open: status === null || !NOT_OPEN.test(status),
    sinceReview: reader.number(row, 'sinceReview', label, NUMBER_RULES.count),
    sessions: reader.number(row, 'sessions', label, NUMBER_RULES.count),
    lastReview,
    reviewsRecorded: row.column('lastReview') !== null,
    client: reader.text(row, 'client', label),
    referred: referralDate(row, reader.ctx),
    at: whereOf(
      row,
      row.column('sinceReview') !== null ? 'sinceReview' : row.column('sessions') !== null ? 'sessions' : 'client',
    ),
  };
}

/**
 * Every client row of a caseload.
 *
 * @example
 * readCaseload(rows, reader, index, findings).filter((c) => c.open).length; // 23
 */
export function readCaseload(
  rows: MappedRows,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
): CaseloadEntry[] {
  return rows.map((row) => readCaseloadRow(row, reader, index, findings));
}
