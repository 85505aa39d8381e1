/**
 * The synthetic team's Coaches rows: the ten typed-in columns of the template, with starts
 * spread over eight years, part-time posts, prior hours across every tier, and now and then
 * a WTE typed as hours a week, as practice managers sometimes do.
 */
import type { Random } from '../../shared/templates/sample/random';
import type { RowValues } from '../../shared/templates/sheetLayout';
import { addMonths, type IsoDate } from '../../shared/values/dates/calendarDate';
import { coachId, coachName, ORGANISATIONS, SUPERVISORS } from './people';

/** What the logs need to know about a coach. */
export interface SyntheticCoach {
  id: string;
  start: IsoDate;
  wte: number;
  /** Hours log sessions this coach has in the workbook. */
  sessions: number;
}

const WTE = [1, 1, 1, 0.8, 0.6, 0.5, 0.4] as const;
const EVIDENCED = [null, null, 1, 2, 2, 3, 4] as const;

/**
 * The coaches, each with their share of `sessionsEach` Hours log sessions: coaches are
 * paired so one has as many more as the other has fewer, and the total stays exact.
 *
 * @example
 * syntheticCoaches(4, 80, '2026-03-20', rnd).reduce((n, c) => n + c.sessions, 0); // 320
 */
export function syntheticCoaches(count: number, sessionsEach: number, today: IsoDate, rnd: Random): SyntheticCoach[] {
  const spread = Math.floor(sessionsEach / 2);
  const offsets = Array.from({ length: count }, () => 0);
  for (let i = 0; i + 1 < count; i += 2) {
    const k = rnd.int(0, spread);
    offsets[i] = k;
    offsets[i + 1] = -k;
  }
  return offsets.map((offset, i) => ({
    id: coachId(i),
    // Everyone started before the four months the logs cover.
    start: addMonths(today, -rnd.int(8, 96)),
    wte: rnd.pick(WTE),
    sessions: sessionsEach + offset,
  }));
}

/**
 * One Coaches row per coach, by the template's column keys.
 *
 * @example
 * coachRows(coaches, rnd)[0].id; // 'HWBC-0001'
 */
export function coachRows(coaches: readonly SyntheticCoach[], rnd: Random): RowValues[] {
  return coaches.map((coach, i) => ({
    id: coach.id,
    name: coachName(i),
    organisation: rnd.pick(ORGANISATIONS),
    startDate: { date: coach.start },
    // One coach in a hundred has hours a week typed in the WTE column.
    wte: rnd.chance(0.01) ? Math.round(coach.wte * 37.5) : coach.wte,
    priorHours: rnd.chance(0.2) ? 0 : rnd.int(0, 1100),
    lineManager: rnd.pick(SUPERVISORS.line),
    clinicalSupervisor: rnd.pick(SUPERVISORS.clinical),
    coachingSupervisor: rnd.pick(SUPERVISORS.coaching),
    evidencedTier: rnd.pick(EVIDENCED),
  }));
}
