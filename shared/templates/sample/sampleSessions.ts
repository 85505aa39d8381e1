/**
 * The demonstration team's Hours log and Caseload: a few hundred sessions over the last four
 * months, with clients under pseudonymous references, some did-not-attends, a group now and
 * then, one day at the limit of five sessions and one day over it.
 */
import { addDays, daysBetween, type IsoDate } from '../../values/dates/calendarDate';
import type { RowValues } from '../sheetLayout';
import type { Random } from './random';
import type { SampleCoach } from './sampleCoaches';

/** One session as generated, before it becomes a row. */
export interface SampleSession {
  date: IsoDate;
  coach: string;
  client: string | null;
  minutes: number;
  kind: 'Initial 1:1' | 'Follow-up 1:1' | 'Group';
  attendance: 'Attended' | 'Did not attend' | 'Cancelled';
  nhs: 'Yes' | 'No';
  supervised: 'Yes' | 'No';
}

function isWeekday(d: IsoDate): boolean {
  const [y, m, day] = d.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The weekday on or before `d`. */
function weekdayBefore(d: IsoDate): IsoDate {
  return isWeekday(d) ? d : weekdayBefore(addDays(d, -1));
}

/** Session dates for a coach: weekdays in the window but `busyDay`, at most four a day. */
function sessionDates(
  coach: SampleCoach,
  startDate: IsoDate,
  today: IsoDate,
  busyDay: IsoDate,
  rnd: Random,
): IsoDate[] {
  const first = startDate > addDays(today, -120) ? addDays(startDate, 3) : addDays(today, -120);
  const span = Math.max(1, daysBetween(first, today) - 1);
  const perDay = new Map<IsoDate, number>();
  const dates: IsoDate[] = [];
  while (dates.length < coach.sessions) {
    const d = weekdayBefore(addDays(first, rnd.int(0, span)));
    if (d < first || d === busyDay || (perDay.get(d) ?? 0) >= 4) continue;
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
    dates.push(d);
  }
  return dates.sort();
}

/**
 * A coach's sessions, with their clients numbered from `firstClient`. The coaches named in
 * Amira and Ben also get a day of five and six sessions, 20 and 30 days ago.
 *
 * @example
 * coachSessions(SAMPLE_COACHES[0], '2020-01-01', '2026-03-20', 1, seededRandom(1)).length; // 70 or more
 */
export function coachSessions(
  coach: SampleCoach,
  startDate: IsoDate,
  today: IsoDate,
  firstClient: number,
  rnd: Random,
) {
  const clients = Array.from(
    { length: Math.ceil(coach.sessions / 7) },
    (_, i) => `C-${String(firstClient + i).padStart(4, '0')}`,
  );
  const seen = new Set<string>();
  const sessions: SampleSession[] = [];
  const add = (date: IsoDate, group: boolean, client: string | null, surely = false) => {
    const initial = client !== null && !seen.has(client);
    const attendance =
      initial || surely
        ? 'Attended'
        : rnd.chance(0.08)
          ? 'Did not attend'
          : rnd.chance(0.04)
            ? 'Cancelled'
            : 'Attended';
    if (client !== null && attendance === 'Attended') seen.add(client);
    sessions.push({
      date,
      coach: coach.id,
      client: group ? null : client,
      minutes: group ? 90 : initial ? rnd.int(60, 75) : rnd.int(40, 55),
      kind: group ? 'Group' : initial ? 'Initial 1:1' : 'Follow-up 1:1',
      attendance,
      nhs: rnd.chance(0.05) ? 'No' : 'Yes',
      supervised: rnd.chance(0.05) ? 'Yes' : 'No',
    });
  };
  // Amira has a day at the limit (five sessions), Ben a day over it (six).
  const busy = coach.id === 'HWBC-001' ? 5 : coach.id === 'HWBC-002' ? 6 : 0;
  const busyDay = weekdayBefore(addDays(today, coach.id === 'HWBC-001' ? -20 : -30));
  sessionDates(coach, startDate, today, busyDay, rnd).forEach((date, i) => {
    const group = rnd.chance(0.06);
    add(date, group, clients[i % clients.length]);
  });
  for (let i = 0; i < busy; i++) add(busyDay, false, clients[i % clients.length], true);
  return { sessions, clients };
}

/**
 * Hours log rows for sessions, in date order.
 *
 * @example
 * hoursLogRows(sessions)[0].date; // { date: '2025-11-24' }
 */
export function hoursLogRows(sessions: readonly SampleSession[]): RowValues[] {
  return [...sessions]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.coach.localeCompare(b.coach)))
    .map((s) => ({ ...s, date: { date: s.date }, notes: s.kind === 'Group' ? 'Group session' : null }));
}
