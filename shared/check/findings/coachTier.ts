/**
 * A coach's tier of practice from what the workbook records, through tierInWorkbook: hours,
 * PCI training (docs/rules.md §1: none means Tier 0) and the evidenced tier (a blank one means no
 * evidence agreed, so at most Tier 1; no column at all, the tier by hours only).
 */
import { readyForReferrals } from '../../rules/readiness/readiness';
import type { Tier } from '../../rules/tiers/tier';
import { type EvidencedTier, tierInWorkbook, type TierInWorkbook } from '../../rules/tiers/tierInWorkbook';
import type { Coach, Done } from '../read/model';

/**
 * A coach's tier, and what it would be on hours alone.
 *
 * @example
 * const t: CoachTier = { tier: 2, byHours: 3, pciTrained: true, standing };
 */
export interface CoachTier {
  /** Null when no hours are recorded and PCI training does not already make it 0. */
  tier: Tier | null;
  /** The tier the hours reach when PCI-trained and nothing caps it. */
  byHours: Tier | null;
  pciTrained: boolean;
  /** The tier as the workbook shows it (docs/rules.md §1), with what holds it back; null without hours. */
  standing: TierInWorkbook | null;
}

/**
 * Whether a training item counts as done, by the readiness rule's own test (a date or TRUE).
 * Undefined (the workbook has no record of the item at all) counts as done: nothing says
 * otherwise, and the tier rule's own default is "PCI trained".
 *
 * @example
 * isDone('2025-10-02'); // true
 * isDone(null);         // false
 */
export function isDone(value: Done): boolean {
  if (value === undefined) return true;
  return readyForReferrals({ pciTraining: value, induction: true, mandatoryTraining: true }).ready;
}

/**
 * What the coach's sheet records of the evidenced tier: the tier, null for a blank cell (no
 * evidence agreed yet), or "no column" when the sheet has nowhere to record it (then the tier
 * is by hours only).
 *
 * @example
 * evidencedTierOf(coach); // null
 */
export function evidencedTierOf(coach: Coach): EvidencedTier {
  return coach.columns.evidencedTier === undefined ? 'no column' : coach.evidencedTier;
}

/**
 * The coach's tier as a workbook shows it (docs/rules.md §1, tierInWorkbook): no PCI training is
 * Tier 0; a blank evidenced tier holds the coach at Tier 1 at most.
 *
 * @example
 * coachTier({ hours: 650, pci: '2024-05-01', evidencedTier: 2, … }); // { tier: 2, byHours: 3, pciTrained: true, … }
 */
export function coachTier(coach: Coach): CoachTier {
  const pciTrained = isDone(coach.pci);
  if (coach.hours === null) return { tier: pciTrained ? null : 0, byHours: null, pciTrained, standing: null };
  const standing = tierInWorkbook(coach.hours, pciTrained, evidencedTierOf(coach));
  return { tier: standing.tier, byHours: standing.byHours, pciTrained, standing };
}
