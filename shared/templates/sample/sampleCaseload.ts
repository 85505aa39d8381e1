/**
 * The demonstration team's Caseload: every client seen on the Hours log, referred a week or
 * three before their first session, reviewed after their sixth session when they had more,
 * plus a few clients still waiting for a first session.
 */
import { addDays, type IsoDate } from '../../values/dates/calendarDate';
import type { RowValues } from '../sheetLayout';
import type { Random } from './random';
import type { SampleSession } from './sampleSessions';
import { REFERRAL_SOURCES } from '../sheets/caseloadSheet';

const MEASURE = 'WEMWBS';

/**
 * One Caseload row per client of each coach, in client order.
 *
 * @example
 * caseloadRows([{ coach: 'HWBC-001', clients: ['C-0001'] }], sessions, '2026-03-20', rnd)[0].client; // 'C-0001'
 */
export function caseloadRows(
  coaches: readonly { coach: string; clients: readonly string[] }[],
  sessions: readonly SampleSession[],
  today: IsoDate,
  rnd: Random,
): RowValues[] {
  const rows: RowValues[] = [];
  for (const { coach, clients } of coaches) {
    for (const client of clients) {
      const seen = sessions
        .filter((s) => s.client === client && s.attendance === 'Attended')
        .map((s) => s.date)
        .sort();
      const first = seen[0] ?? addDays(today, -rnd.int(3, 20));
      const last = seen[seen.length - 1];
      const start = rnd.int(30, 45);
      rows.push({
        client,
        coach,
        referralDate: { date: seen.length > 0 ? addDays(first, -rnd.int(7, 21)) : first },
        referralSource: rnd.pick(REFERRAL_SOURCES),
        status: seen.length === 0 ? 'Waiting' : last < addDays(today, -45) ? 'Discharged' : 'Active',
        // Reviewed on the day of the sixth session when there have been more since.
        lastReview: seen.length > 7 ? { date: seen[5] } : null,
        outcome: seen.length > 0 ? MEASURE : null,
        startScore: seen.length > 0 ? start : null,
        latestScore: seen.length >= 3 ? start + rnd.int(0, 12) : null,
      });
    }
  }
  return rows;
}
