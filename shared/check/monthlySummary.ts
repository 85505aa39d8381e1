/**
 * The monthly summary a PCN and its ICB report: per month and coach, sessions, NHS coaching
 * hours, distinct clients, new referrals, the did-not-attend rate and supervision received by
 * type and format. Worked out from the logs the check has already read, with the rules core's
 * own rule for hours that count, so the figures agree with the tier's hours.
 */
import type { IsoDate } from '../values/dates/calendarDate';
import { countsTowardsHours, type CheckData, type Coach } from './read/model';
import type { MonthlyFigures, SupervisionReceived } from './types';

export type { MonthlyFigures, SupervisionReceived } from './types';

/** The summary covers at most the twelve months up to and including the as-of month. */
const MONTHS_SHOWN = 12;

const monthOf = (date: IsoDate): string => date.slice(0, 7);

/** The month `back` months before `month` (YYYY-MM). */
function monthBefore(month: string, back: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function emptyFigures(month: string, coach: Coach): MonthlyFigures {
  const none = (): SupervisionReceived => ({ individual: 0, group: 0 });
  return {
    month,
    coach: coach.label,
    id: coach.id,
    sessions: 0,
    nhsHours: 0,
    clients: 0,
    newReferrals: 0,
    didNotAttend: 0,
    didNotAttendRate: null,
    supervision: { line: none(), clinical: none(), coaching: none() },
  };
}

/**
 * Did-not-attend sessions over those booked and not cancelled; null when there were none.
 *
 * @example
 * didNotAttendRate(9, 1); // 0.1
 */
export function didNotAttendRate(attended: number, didNotAttend: number): number | null {
  const booked = attended + didNotAttend;
  return booked === 0 ? null : didNotAttend / booked;
}

/**
 * Every coach's figures for each month from the first with any activity (within the twelve
 * months up to the as-of month) to the as-of month, month by month, coaches in sheet order.
 * Nothing dated after the as-of date counts: it has not happened yet.
 *
 * @example
 * monthlySummary(data).find((m) => m.month === '2026-03' && m.coach === 'Sam Jones')?.sessions; // 42
 */
export function monthlySummary(data: CheckData): MonthlyFigures[] {
  const last = monthOf(data.asOf);
  const first = monthBefore(last, MONTHS_SHOWN - 1);
  const inRange = (date: IsoDate | null): date is IsoDate =>
    date !== null && date <= data.asOf && monthOf(date) >= first;
  const rows = new Map<string, MonthlyFigures>();
  const seen = new Map<string, Set<string>>();
  const figures = (coach: Coach, date: IsoDate): MonthlyFigures => {
    const key = `${monthOf(date)}\u0000${coach.key}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyFigures(monthOf(date), coach)));
    return row;
  };
  for (const s of data.sessions) {
    if (!s.coach || !inRange(s.date) || !s.clientSession) continue;
    const row = figures(s.coach, s.date);
    const key = `${row.month}\u0000${s.coach.key}`;
    if (countsTowardsHours(s, data.asOf)) row.nhsHours += s.hours ?? 0;
    if (s.didNotAttend) row.didNotAttend++;
    if (!s.attended) continue;
    row.sessions++;
    if (s.client !== null) seen.set(key, (seen.get(key) ?? new Set()).add(s.client.trim().toLowerCase()));
  }
  for (const c of data.caseload) if (c.coach && inRange(c.referred)) figures(c.coach, c.referred).newReferrals++;
  for (const e of data.supervision) {
    if (e.coach && inRange(e.date))
      figures(e.coach, e.date).supervision[e.type][e.individual ? 'individual' : 'group']++;
  }
  for (const [key, row] of rows) {
    row.didNotAttendRate = didNotAttendRate(row.sessions, row.didNotAttend);
    row.nhsHours = Math.round(row.nhsHours * 100) / 100;
    row.clients = seen.get(key)?.size ?? 0;
  }
  return allMonths(rows, data.coaches, last);
}

/** Every month from the first with activity to `last`, every coach in each, zeros where nothing happened. */
function allMonths(rows: Map<string, MonthlyFigures>, coaches: readonly Coach[], last: string): MonthlyFigures[] {
  const months = [...rows.values()].map((r) => r.month).sort();
  if (months.length === 0) return [];
  const out: MonthlyFigures[] = [];
  for (let month = months[0]; month <= last; month = monthBefore(month, -1)) {
    for (const coach of coaches) out.push(rows.get(`${month}\u0000${coach.key}`) ?? emptyFigures(month, coach));
  }
  return out;
}
