/**
 * The PCN's figures at a glance: coaches by tier, supervision status by type and each month's
 * totals. The report's summary sheet, the command line's table and the charts all count here.
 */
import { didNotAttendRate, type MonthlyFigures } from '../check/monthlySummary';
import type { CoachSummary } from '../check/types';
import type { SupervisionType } from '../rules/supervision/supervisionType';

/** @example const t: TierCount = { tier: 2, coaches: 3 }; */
export interface TierCount {
  /** 0–4, or null when the tier could not be worked out. */
  tier: number | null;
  coaches: number;
}

/**
 * Coaches at each tier, Tier 0 to 4, then "not known" when any coach has no tier.
 *
 * @example
 * coachesByTier([{ tier: 1 }, { tier: 1 }, { tier: null }]); // [{ tier: 0, coaches: 0 }, { tier: 1, coaches: 2 }, …, { tier: null, coaches: 1 }]
 */
export function coachesByTier(coaches: readonly Pick<CoachSummary, 'tier'>[]): TierCount[] {
  const out: TierCount[] = [0, 1, 2, 3, 4].map((tier) => ({ tier, coaches: 0 }));
  let unknown = 0;
  for (const c of coaches) {
    const at = out.find((t) => t.tier === c.tier);
    if (at) at.coaches++;
    else unknown++;
  }
  return unknown > 0 ? [...out, { tier: null, coaches: unknown }] : out;
}

/** @example const s: StatusCount = { type: 'clinical', ok: 3, dueSoon: 1, overdue: 2, unknown: 0 }; */
export interface StatusCount {
  type: SupervisionType;
  ok: number;
  dueSoon: number;
  overdue: number;
  unknown: number;
}

/**
 * Coaches by supervision status, for each type of supervision.
 *
 * @example
 * supervisionByType(coaches)[1]; // { type: 'clinical', ok: 3, dueSoon: 1, overdue: 2, unknown: 0 }
 */
export function supervisionByType(coaches: readonly Pick<CoachSummary, 'supervision'>[]): StatusCount[] {
  return (['line', 'clinical', 'coaching'] as const).map((type) => {
    const count: StatusCount = { type, ok: 0, dueSoon: 0, overdue: 0, unknown: 0 };
    for (const c of coaches) {
      const status = c.supervision.find((s) => s.type === type)?.status ?? null;
      if (status === 'OK') count.ok++;
      else if (status === 'Due soon') count.dueSoon++;
      else if (status === 'Overdue') count.overdue++;
      else count.unknown++;
    }
    return count;
  });
}

/**
 * One month across the PCN.
 *
 * @example
 * const t: MonthTotal = { month: '2026-03', sessions: 120, nhsHours: 96.5, clients: 70, newReferrals: 14, didNotAttend: 9, didNotAttendRate: 0.07, supervision: 11 };
 */
export type MonthTotal = Omit<MonthlyFigures, 'coach' | 'id' | 'supervision'> & {
  /** Supervision sessions received, every type and format. */
  supervision: number;
};

/**
 * Each month's figures added up over every coach, months in order. Clients are added up coach
 * by coach: a client seen by two coaches in a month counts for each.
 *
 * @example
 * monthTotals(monthly)[0].month; // '2025-04'
 */
export function monthTotals(monthly: readonly MonthlyFigures[]): MonthTotal[] {
  const byMonth = new Map<string, MonthTotal>();
  for (const m of monthly) {
    const t = byMonth.get(m.month) ?? {
      month: m.month,
      sessions: 0,
      nhsHours: 0,
      clients: 0,
      newReferrals: 0,
      didNotAttend: 0,
      didNotAttendRate: null,
      supervision: 0,
    };
    t.sessions += m.sessions;
    t.nhsHours += m.nhsHours;
    t.clients += m.clients;
    t.newReferrals += m.newReferrals;
    t.didNotAttend += m.didNotAttend;
    for (const s of Object.values(m.supervision)) t.supervision += s.individual + s.group;
    byMonth.set(m.month, t);
  }
  return [...byMonth.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((t) => ({
      ...t,
      nhsHours: Math.round(t.nhsHours * 100) / 100,
      didNotAttendRate: didNotAttendRate(t.sessions, t.didNotAttend),
    }));
}
