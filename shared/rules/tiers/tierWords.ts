/**
 * The tier in the words a person reads (docs/rules.md §1): Tier 0 is "Working towards Tier 1", and
 * a tier held back says by what. The template's "Tier of practice" and "Hours to next tier"
 * formulas (tierFormula.ts) write the same words.
 */
import { hoursToNextTier } from './hoursToNextTier';
import type { TierInWorkbook } from './tierInWorkbook';

/**
 * What a person reads for Tier 0.
 *
 * @example
 * WORKING_TOWARDS_TIER_1; // 'Working towards Tier 1'
 */
export const WORKING_TOWARDS_TIER_1 = 'Working towards Tier 1';

/**
 * A tier number as words: "Working towards Tier 1" for 0, else "Tier N".
 *
 * @example
 * tierName(0); // 'Working towards Tier 1'
 * tierName(3); // 'Tier 3'
 */
export function tierName(tier: number): string {
  return tier === 0 ? WORKING_TOWARDS_TIER_1 : `Tier ${tier}`;
}

/**
 * The tier shown, with what holds it back.
 *
 * @example
 * tierWords({ tier: 1, byHours: 2, heldBackBy: 'evidence', byHoursOnly: false, evidencedTier: null });
 * // 'Tier 1 (Tier 2 by hours; no evidence agreed yet)'
 */
export function tierWords(t: TierInWorkbook): string {
  if (t.byHoursOnly && t.tier > 0) return `${tierName(t.tier)} (by hours only)`;
  if (t.heldBackBy !== 'evidence') return tierName(t.tier);
  const agreed = t.evidencedTier === null ? 'no evidence agreed yet' : `evidence agreed for Tier ${t.evidencedTier}`;
  return `${tierName(t.tier)} (Tier ${t.byHours} by hours; ${agreed})`;
}

/**
 * What stands between the coach and the next tier: hours (a number, 0 at Tier 4), or the words
 * "PCI training needed" or "Evidence for Tier N needed" when the hours are already there.
 *
 * @example
 * nextTierNeeds({ tier: 1, byHours: 2, heldBackBy: 'evidence', … }, 265); // 'Evidence for Tier 2 needed'
 * nextTierNeeds({ tier: 1, byHours: 1, heldBackBy: null, … }, 120);       // 80
 */
export function nextTierNeeds(t: TierInWorkbook, hours: number): number | string {
  if (t.heldBackBy === 'PCI training') return 'PCI training needed';
  if (t.heldBackBy === 'evidence') return `Evidence for Tier ${t.tier + 1} needed`;
  return hoursToNextTier(hours);
}
