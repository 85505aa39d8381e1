/**
 * The per-coach summary line (tier, hours to next tier, readiness, supervision, RAG) and
 * the order findings are shown in: workbook notes first, then coach by coach in sheet
 * order, most serious first.
 */
import { hoursToNextTier } from '../../rules/tiers/hoursToNextTier';
import { nextTierNeeds, tierName, tierWords } from '../../rules/tiers/tierWords';
import type { CoachTier } from '../findings/coachTier';
import { hoursToGo } from './hoursShown';
import type { SupervisionLine } from '../findings/supervisionFindings';
import type { Coach } from '../read/model';
import type { CoachSummary, Finding, Severity } from '../types';

/**
 * Most serious first.
 *
 * @example
 * SEVERITY_ORDER.indexOf('warning'); // 1
 */
export const SEVERITY_ORDER: readonly Severity[] = ['action', 'warning', 'note'];

/**
 * Findings counted by severity.
 *
 * @example
 * countBySeverity([{ severity: 'note', … }]); // { action: 0, warning: 0, note: 1 }
 */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { action: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Red with any action, amber with any warning, else green.
 *
 * @example
 * rag({ action: 0, warning: 2, note: 5 }); // 'amber'
 */
export function rag(counts: Record<Severity, number>): CoachSummary['rag'] {
  return counts.action > 0 ? 'red' : counts.warning > 0 ? 'amber' : 'green';
}

const BY_COACH = new WeakMap<readonly Finding[], Map<string | null, Finding[]>>();

/** The findings naming one coach, from the findings grouped by coach once (not filtered per coach). */
function findingsOf(findings: readonly Finding[], label: string): readonly Finding[] {
  let groups = BY_COACH.get(findings);
  if (groups === undefined) {
    groups = new Map();
    for (const f of findings) {
      const list = groups.get(f.coach);
      if (list === undefined) groups.set(f.coach, [f]);
      else list.push(f);
    }
    BY_COACH.set(findings, groups);
  }
  return groups.get(label) ?? [];
}

/**
 * One coach's summary line.
 *
 * @example
 * coachSummary(coach, coachTier(coach), true, lines, findings).rag; // 'red'
 */
export function coachSummary(
  coach: Coach,
  tier: CoachTier,
  ready: boolean | null,
  supervision: SupervisionLine[],
  findings: readonly Finding[],
  groupCoaching: CoachSummary['groupCoaching'] = { last: null, lastThreeMonths: 0 },
): CoachSummary {
  const counts = countBySeverity(findingsOf(findings, coach.label));
  return {
    coach: coach.label,
    id: coach.id,
    sheet: coach.at.sheet,
    row: coach.at.row ?? 0,
    tier: tier.tier,
    tierWords: tier.standing ? tierWords(tier.standing) : tier.tier === null ? null : tierName(tier.tier),
    nextTier: nextTier(tier, coach.hours),
    hoursToNextTier: coach.hours === null ? null : hoursToGo(hoursToNextTier(coach.hours)),
    readyForReferrals: ready,
    supervision,
    groupCoaching,
    rag: rag(counts),
    counts,
  };
}

/** Hours to go as shown (a tenth, rounded up), or the words of what else holds the coach back. */
function nextTier(tier: CoachTier, hours: number | null): number | string | null {
  if (tier.standing === null || hours === null) return null;
  const needs = nextTierNeeds(tier.standing, hours);
  return typeof needs === 'number' ? hoursToGo(needs) : needs;
}

/**
 * Findings in reading order: those about no coach first, then each coach in the order the
 * coaches were listed, most serious first, then by sheet, row and column.
 *
 * @example
 * sortFindings(findings, ['Sam Jones', 'Ali Khan']);
 */
export function sortFindings(findings: readonly Finding[], coachOrder: readonly string[]): Finding[] {
  // Each coach's place looked up once, not searched for in every comparison (4,000 coaches
  // and 30,000 findings made that billions of string comparisons).
  const place = new Map<string, number>();
  coachOrder.forEach((label, i) => {
    if (!place.has(label)) place.set(label, i);
  });
  const rank = (f: Finding) => (f.coach === null ? -1 : (place.get(f.coach) ?? coachOrder.length));
  // The collator localeCompare would make on every call, made once.
  const compare = new Intl.Collator().compare;
  const text = (a: string | null, b: string | null) => compare(a ?? '', b ?? '');
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      text(a.sheet, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      text(a.column, b.column) ||
      text(a.rule, b.rule),
  );
}
