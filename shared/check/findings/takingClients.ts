/**
 * Whether a coach is seeing clients, which readiness and renewal findings both ask: kept apart
 * so that neither finding's file needs the other.
 */
import type { CheckData, Coach } from '../read/model';
import { rowsOfCoach } from '../read/rowsOfCoach';

/**
 * Whether the coach is seeing clients: an open caseload row, or an attended client session
 * in the hours log on or before the as-of date.
 *
 * @example
 * takingClients(data, coach); // true
 */
export function takingClients(data: CheckData, coach: Coach): boolean {
  return (
    rowsOfCoach(data.caseload, coach).some((c) => c.open) ||
    rowsOfCoach(data.sessions, coach).some((s) => s.attended && s.clientSession && (s.date ?? '') <= data.asOf)
  );
}
