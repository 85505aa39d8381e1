/**
 * Whether each coach's health coaching supervisor meets the two numeric minimum standards
 * (Appendix 2 §6, through canSupervise): Tier 3 or above (an action: §4.2.3 says "must"),
 * and 50 caseload hours in the last 12 months (a warning). The supervisor is looked up among
 * the coaches (their tier and their hours-log hours), else read from supervisor columns.
 */
import { canSupervise, SUPERVISOR_MIN_CASELOAD_HOURS, SUPERVISOR_MIN_TIER } from '../../rules/supervision/canSupervise';
import { addMonths } from '../../values/dates/calendarDate';
import { coachTier } from './coachTier';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import { CheckData, Coach, countsTowardsHours } from '../read/model';
import { coachCell } from './tierFindings';
import type { Finding } from '../types';
import { rowsOfCoach } from '../read/rowsOfCoach';

/** The coach's health coaching supervisor: the coaches sheet, else the latest log entry. */
function supervisorOf(data: CheckData, coach: Coach): string | null {
  if (coach.supervisors.coaching) return coach.supervisors.coaching;
  const logged = rowsOfCoach(data.supervision, coach)
    .filter((e) => e.type === 'coaching' && e.supervisor !== null && e.date <= data.asOf)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return logged.length > 0 ? logged[logged.length - 1].supervisor : null;
}

/**
 * Caseload hours in the 12 months up to the as-of date, from the hours log.
 *
 * @example
 * caseloadHoursLastYear(data, supervisor); // 64.5
 */
export function caseloadHoursLastYear(data: CheckData, coach: Coach): number {
  const from = addMonths(data.asOf, -12);
  return rowsOfCoach(data.sessions, coach)
    .filter((s) => countsTowardsHours(s, data.asOf) && s.date !== null && s.date > from)
    .reduce((sum, s) => sum + (s.hours ?? 0), 0);
}

/**
 * Named contacts (docs/rules.md §2): a coaches sheet with a clinical supervisor column and none
 * named for this coach is a warning: they need a named clinical contact.
 *
 * @example
 * namedContacts(coach); // [{ rule: 'contacts.clinical-supervisor', severity: 'warning', … }]
 */
export function namedContacts(coach: Coach): Finding[] {
  if (coach.columns.clinicalSupervisor === undefined || coach.supervisors.clinical !== null) return [];
  const where = coachCell(coach, 'clinicalSupervisor');
  return [finding('contacts.clinical-supervisor', where, coach.label, CHECK_MESSAGES.clinicalSupervisorBlank)];
}

/**
 * Supervisor findings for one coach.
 *
 * @example
 * supervisorFindings(data, coach); // [{ rule: 'supervisor.below-tier3', severity: 'action', … }]
 */
export function supervisorFindings(data: CheckData, coach: Coach): Finding[] {
  const contacts = namedContacts(coach);
  const typed = supervisorOf(data, coach);
  if (typed === null) return contacts;
  const supervisor = data.index.find(typed);
  if (supervisor === coach) return contacts;
  const who = supervisor?.label ?? typed;
  const standing = supervisor ? coachTier(supervisor) : null;
  const tier = standing ? standing.tier : coach.supervisorTier;
  const hours =
    supervisor && data.sources.has('hoursLog') ? caseloadHoursLastYear(data, supervisor) : coach.supervisorHours;
  const where = coachCell(coach, 'coachingSupervisor');
  const out: Finding[] = [...contacts];
  // docs/rules.md §1: no one is confirmed as a health coaching supervisor on hours alone.
  if (standing?.standing?.byHoursOnly && tier !== null && tier >= SUPERVISOR_MIN_TIER) {
    out.push(finding('supervisor.by-hours-only', where, coach.label, CHECK_MESSAGES.supervisorByHoursOnly(who, tier)));
  }
  // Each standard is checked on its own, with the other set to its minimum.
  if (tier !== null && !canSupervise(tier, SUPERVISOR_MIN_CASELOAD_HOURS)) {
    out.push(finding('supervisor.below-tier3', where, coach.label, CHECK_MESSAGES.supervisorTier(who, tier)));
  }
  if (hours !== null && !canSupervise(SUPERVISOR_MIN_TIER, hours)) {
    out.push(finding('supervisor.caseload-hours', where, coach.label, CHECK_MESSAGES.supervisorHours(who, hours)));
  }
  return out;
}
