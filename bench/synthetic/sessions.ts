/**
 * The synthetic Hours log and Caseload: each coach's sessions on weekdays of the last four
 * months (so a busy day of five or six sessions turns up now and then), spread over their
 * clients, with did-not-attends, groups, the odd non-NHS session and the odd minutes typed
 * as text; and one Caseload row per client, reviewed after the sixth session.
 */
import type { Random } from '../../shared/templates/sample/random';
import { REFERRAL_SOURCES } from '../../shared/templates/sheets/caseloadSheet';
import type { RowValues } from '../../shared/templates/sheetLayout';
import { addDays, type IsoDate } from '../../shared/values/dates/calendarDate';
import type { SyntheticCoach } from './coaches';

/** The weekdays (Monday to Friday) of the `days` days before `today`. */
export function weekdaysBefore(today: IsoDate, days: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let k = days; k >= 1; k--) {
    const d = addDays(today, -k);
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(d);
  }
  return out;
}

function attendance(rnd: Random): string {
  const r = rnd.next();
  return r < 0.88 ? 'Attended' : r < 0.96 ? 'Did not attend' : 'Cancelled';
}

/**
 * A coach's Hours log rows (`coach.sessions` of them, in date order) with their clients
 * `clients`: a client's first session is their initial 1:1, a group has no client.
 *
 * @example
 * hoursLogRows(coach, ['C-00001', 'C-00002'], weekdays, rnd).length; // coach.sessions
 */
export function hoursLogRows(coach: SyntheticCoach, clients: readonly string[], days: readonly IsoDate[], rnd: Random) {
  const dates = Array.from({ length: coach.sessions }, () => rnd.pick(days)).sort();
  const seen = new Set<string>();
  return dates.map((date): RowValues => {
    const group = rnd.chance(0.06);
    const client = group ? null : rnd.pick(clients);
    const initial = client !== null && !seen.has(client);
    if (client !== null) seen.add(client);
    const minutes = group ? 90 : initial ? rnd.int(60, 75) : rnd.int(40, 55);
    return {
      date: { date },
      coach: coach.id,
      client,
      // One session in two hundred has its minutes typed with a unit, which the check reports.
      minutes: rnd.chance(0.005) ? `${minutes} mins` : minutes,
      kind: group ? 'Group' : initial ? 'Initial 1:1' : 'Follow-up 1:1',
      attendance: initial ? 'Attended' : attendance(rnd),
      nhs: rnd.chance(0.05) ? 'No' : 'Yes',
      supervised: rnd.chance(0.05) ? 'Yes' : 'No',
      notes: group ? 'Group session' : null,
    };
  });
}

/**
 * One Caseload row per client, from the coach's own Hours log rows.
 *
 * @example
 * caseloadRows('HWBC-0001', ['C-00001'], sessions, '2026-03-20', rnd)[0].status; // 'Active'
 */
export function caseloadRows(
  coach: string,
  clients: readonly string[],
  sessions: readonly RowValues[],
  today: IsoDate,
  rnd: Random,
): RowValues[] {
  return clients.map((client) => {
    const seen = sessions
      .filter((s) => s.client === client && s.attendance === 'Attended')
      .map((s) => (s.date as { date: IsoDate }).date);
    const first = seen[0] ?? addDays(today, -rnd.int(3, 20));
    const start = rnd.int(30, 45);
    return {
      client,
      coach,
      referralDate: { date: addDays(first, -rnd.int(7, 21)) },
      referralSource: rnd.pick(REFERRAL_SOURCES),
      status: seen.length === 0 ? 'Waiting' : seen[seen.length - 1] < addDays(today, -45) ? 'Discharged' : 'Active',
      lastReview: seen.length > 7 ? { date: seen[5] } : null,
      outcome: seen.length > 0 ? 'WEMWBS' : null,
      startScore: seen.length > 0 ? start : null,
      latestScore: seen.length >= 3 ? start + rnd.int(0, 12) : null,
    };
  });
}
