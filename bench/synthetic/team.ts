/**
 * The synthetic team: a deterministic workbook's worth of rows for the template sheets, at
 * any size, from a seeded random stream. The same size and day always give the same rows.
 */
import { seededRandom } from '../../shared/templates/sample/random';
import type { SampleTeam } from '../../shared/templates/sample/sampleTeam';
import type { RowValues } from '../../shared/templates/sheetLayout';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import { coachRows, syntheticCoaches } from './coaches';
import { clientRef } from './people';
import { evidenceRows, supervisionRows } from './records';
import { caseloadRows, hoursLogRows, weekdaysBefore } from './sessions';
import { PER_COACH } from './sizes';

/** The seed: any fixed number will do; this one is the NHS's birthday, 5 July 1948. */
const SEED = 19480705;

/** By date, then coach: the order a practice logs sessions in. */
const byDate = (a: RowValues, b: RowValues) => {
  const [x, y] = [(a.date as { date: string }).date, (b.date as { date: string }).date];
  return x < y ? -1 : x > y ? 1 : String(a.coach).localeCompare(String(b.coach));
};

/**
 * Rows for every template sheet for `coaches` coaches and their logs (PER_COACH rows each),
 * in the shape `templateSheet` takes the demonstration team in.
 *
 * @example
 * syntheticTeam(1000, '2026-03-20').rows['Hours log'].length; // 80000
 */
export function syntheticTeam(coaches: number, today: IsoDate): SampleTeam {
  const rnd = seededRandom(SEED);
  const team = syntheticCoaches(coaches, PER_COACH['Hours log'], today, rnd);
  const days = weekdaysBefore(today, 120);
  const rows: Record<string, RowValues[]> = {
    Coaches: coachRows(team, rnd),
    'Hours log': [],
    Caseload: [],
    'Supervision log': [],
    'Evidence log': [],
  };
  let nextClient = 1;
  for (const coach of team) {
    const clients = Array.from({ length: PER_COACH.Caseload }, () => clientRef(nextClient++));
    const sessions = hoursLogRows(coach, clients, days, rnd);
    rows['Hours log'].push(...sessions);
    rows.Caseload.push(...caseloadRows(coach.id, clients, sessions, today, rnd));
    rows['Supervision log'].push(...supervisionRows(coach, PER_COACH['Supervision log'], today, rnd));
    rows['Evidence log'].push(...evidenceRows(coach, PER_COACH['Evidence log'], today, rnd));
  }
  rows['Hours log'].sort(byDate);
  rows['Supervision log'].sort(byDate);
  rows['Evidence log'].sort(byDate);
  return { settings: { organisation: 'Synthetic PCN' }, rows };
}
