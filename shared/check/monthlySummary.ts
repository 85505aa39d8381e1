/** The value of the decimal digits at `from` up to `to` in `text`. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * A month ("2026-03", or the month of "2026-03-20") as one number, counted from year 0: read
 * from the digits where they stand, so no month text is made for each log row.
 *
 * @example
 * monthNumber('2026-03-20'); // 24314
 */
function monthNumber(isoDateOrMonth: string): number {
  return digitsAt(isoDateOrMonth, 0, 4) * 12 + digitsAt(isoDateOrMonth, 5, 7) - 1;
}

/**
 * The monthly summary a PCN and its ICB report: per month and coach, sessions, NHS coaching
 * hours, distinct clients, new referrals, the did-not-attend rate and supervision received by
 * type and format. Worked out from the logs the check has already read, with the rules core's
 * own rule for hours that count, so the figures agree with the tier's hours.
 */
import type { IsoDate } from '../values/dates/calendarDate';
import { didNotAttendRate, monthBefore, monthOf, MONTHS_SHOWN } from '../rules/caseload/monthlyFigures';
import { countsTowardsHours, type CheckData, type Coach } from './read/model';
import { coachGroups } from './read/rowsOfCoach';
import type { MonthlyFigures, SupervisionReceived } from './types';
import { remembered } from '../values/remembered';
import { clientKey } from './read/references/clientKey';

export type { MonthlyFigures, SupervisionReceived } from './types';
export { didNotAttendRate } from '../rules/caseload/monthlyFigures';

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
  const firstMonth = monthNumber(first);
  // The first month's first day: an ISO date compares as text, so no month text is made per row.
  const firstDay = `${first}-01`;
  const inRange = (date: IsoDate | null): date is IsoDate => date !== null && date <= data.asOf && date >= firstDay;
  // Each coach's months as twelve slots, the first shown month first: a month is found by
  // arithmetic on its digits, with no key text and no map per log row.
  const months = new Map<string, CoachMonths>();
  const monthsOf = (coach: Coach): CoachMonths => {
    let ofCoach = months.get(coach.key);
    if (!ofCoach)
      months.set(coach.key, (ofCoach = { rows: new Array(MONTHS_SHOWN), clients: new Array(MONTHS_SHOWN) }));
    return ofCoach;
  };
  const slot = (ofCoach: CoachMonths, coach: Coach, date: IsoDate): number => {
    const i = monthNumber(date) - firstMonth;
    ofCoach.rows[i] ??= emptyFigures(monthOf(date), coach);
    return i;
  };
  // A coach at a time, from the sessions grouped once by coach (coachGroups, kept for the whole
  // check; sessions naming no coach count for nobody): the coach's months, and their clients'
  // tidied references in a small map for that coach alone, are at hand for all their rows. A
  // small map is found in the processor's cache, where one map of every client of a PCN (tens
  // of thousands) costs a trip to memory on every log row.
  for (const [coach, sessions] of coachGroups(data.sessions)) {
    if (coach === null) continue;
    const ofCoach = monthsOf(coach);
    const keyOfClient = remembered(clientKey);
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i];
      if (!inRange(s.date) || !s.clientSession) continue;
      const at = slot(ofCoach, coach, s.date);
      const row = ofCoach.rows[at] as MonthlyFigures;
      if (countsTowardsHours(s, data.asOf)) row.nhsHours += s.hours ?? 0;
      if (s.didNotAttend) row.didNotAttend++;
      if (!s.attended) continue;
      row.sessions++;
      if (s.client !== null) (ofCoach.clients[at] ??= new Set()).add(keyOfClient(s.client));
    }
  }
  const figures = (coach: Coach, date: IsoDate): MonthlyFigures => {
    const of = monthsOf(coach);
    return of.rows[slot(of, coach, date)] as MonthlyFigures;
  };
  for (const c of data.caseload) if (c.coach && inRange(c.referred)) figures(c.coach, c.referred).newReferrals++;
  for (const e of data.supervision) {
    if (e.coach && inRange(e.date))
      figures(e.coach, e.date).supervision[e.type][e.individual ? 'individual' : 'group']++;
  }
  let firstShown = MONTHS_SHOWN;
  for (const of of months.values()) {
    for (let i = 0; i < MONTHS_SHOWN; i++) {
      const row = of.rows[i];
      if (row === undefined) continue;
      firstShown = Math.min(firstShown, i);
      row.didNotAttendRate = didNotAttendRate(row.sessions, row.didNotAttend);
      row.nhsHours = Math.round(row.nhsHours * 100) / 100;
      row.clients = of.clients[i]?.size ?? 0;
    }
  }
  return allMonths(months, data.coaches, firstShown, first);
}

/** One coach's figures and distinct clients, a slot per month shown. */
interface CoachMonths {
  rows: (MonthlyFigures | undefined)[];
  clients: (Set<string> | undefined)[];
}

/** Every month from the first with activity to the last shown, every coach in each, zeros where nothing happened. */
function allMonths(
  months: Map<string, CoachMonths>,
  coaches: readonly Coach[],
  firstShown: number,
  first: string,
): MonthlyFigures[] {
  const out: MonthlyFigures[] = [];
  for (let i = firstShown; i < MONTHS_SHOWN; i++) {
    const month = monthBefore(first, -i);
    for (const coach of coaches) out.push(months.get(coach.key)?.rows[i] ?? emptyFigures(month, coach));
  }
  return out;
}
