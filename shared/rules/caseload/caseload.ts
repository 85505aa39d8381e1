/** How full a coach's day is (docs/rules.md §3). */
export type DayLoad = 'OK' | 'At limit' | 'Over';

/** Most sessions in one day before a day is "Over" ("four to five sessions per day", §5.1). */
export const MAX_SESSIONS_PER_DAY = 5;

/** Sessions after which a client review is due (§5.1). */
export const SESSIONS_PER_REVIEW = 6;

/**
 * Sessions in one day by one coach: 4 or fewer OK, 5 At limit, more Over.
 *
 * @example
 * dayLoad(5); // 'At limit'
 */
export function dayLoad(sessions: number): DayLoad {
  if (sessions > MAX_SESSIONS_PER_DAY) return 'Over';
  return sessions === MAX_SESSIONS_PER_DAY ? 'At limit' : 'OK';
}

/**
 * A client review is due once six or more sessions have passed since the last review.
 *
 * @example
 * reviewDue(6); // true
 */
export function reviewDue(sessionsSinceReview: number): boolean {
  return sessionsSinceReview >= SESSIONS_PER_REVIEW;
}
