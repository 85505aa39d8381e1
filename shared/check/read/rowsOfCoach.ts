/**
 * A log's rows grouped by coach, made once per log and kept for the whole check. Findings ask
 * for one coach's rows at a time; filtering the whole log for each coach made the check's time
 * grow with coaches × rows (a PCN of 4,000 coaches and 400,000 rows took 12 times as long as
 * reading them). Grouped once, each question costs only that coach's rows.
 */
import type { Coach } from './model';

/** Rows of a log that name a coach (or fail to: null). */
type CoachRow = { readonly coach: Coach | null };

const GROUPS = new WeakMap<readonly CoachRow[], Map<Coach | null, CoachRow[]>>();
const NONE: readonly never[] = [];

/**
 * The rows of `log` that belong to `coach`, in the log's order. The log is grouped the first
 * time it is asked about; it must not change afterwards (the check builds its logs once,
 * before any finding).
 *
 * @example
 * rowsOfCoach(data.sessions, coach).length; // 80
 */
export function rowsOfCoach<T extends CoachRow>(log: readonly T[], coach: Coach | null): readonly T[] {
  return (groupsOf(log).get(coach) as T[] | undefined) ?? NONE;
}

/**
 * Every group of `log`'s rows, each coach's (and the rows naming none, under null), in the
 * order each first appears: for a finding that visits every row a coach at a time, with no
 * need to know beforehand which coaches the log names.
 *
 * @example
 * coachGroups(data.sessions).forEach((rows, coach) => count(rows)); // 1,000 coaches, then null
 */
export function coachGroups<T extends CoachRow>(log: readonly T[]): ReadonlyMap<Coach | null, readonly T[]> {
  return groupsOf(log) as Map<Coach | null, T[]>;
}

/** The log's groups, made the first time the log is asked about. */
function groupsOf(log: readonly CoachRow[]): Map<Coach | null, CoachRow[]> {
  let groups = GROUPS.get(log);
  if (groups === undefined) {
    groups = new Map();
    for (let i = 0; i < log.length; i++) {
      const row = log[i];
      const rows = groups.get(row.coach);
      if (rows === undefined) groups.set(row.coach, [row]);
      else rows.push(row);
    }
    GROUPS.set(log, groups);
  }
  return groups;
}
