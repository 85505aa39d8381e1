/**
 * A coach's tier of practice from what the workbook records, through the tier rule:
 * hours, PCI training (docs/rules.md §1: none means Tier 0) and the evidenced tier (a cap).
 */
import { readyForReferrals } from '../../rules/readiness';
import { Tier, tier } from '../../rules/tier';
import type { Coach, Done } from '../read/model';

/**
 * A coach's tier, and what it would be on hours alone.
 *
 * @example
 * const t: CoachTier = { tier: 2, byHours: 3, pciTrained: true };
 */
export interface CoachTier {
  /** Null when no hours are recorded and PCI training does not already make it 0. */
  tier: Tier | null;
  /** The tier the hours reach when PCI-trained and nothing caps it. */
  byHours: Tier | null;
  pciTrained: boolean;
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
 * The coach's tier by the tier rule.
 *
 * @example
 * coachTier({ hours: 650, pci: '2024-05-01', evidencedTier: 2, … }); // { tier: 2, byHours: 3, pciTrained: true }
 */
export function coachTier(coach: Coach): CoachTier {
  const pciTrained = isDone(coach.pci);
  if (!pciTrained) return { tier: 0, byHours: coach.hours === null ? null : tier(coach.hours), pciTrained };
  if (coach.hours === null) return { tier: null, byHours: null, pciTrained };
  return { tier: tier(coach.hours, true, coach.evidencedTier), byHours: tier(coach.hours), pciTrained };
}
