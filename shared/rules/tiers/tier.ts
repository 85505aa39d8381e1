/** The tiers of practice (docs/rules.md §1): 0 working towards Tier 1, then 1–4. */
export type Tier = 0 | 1 | 2 | 3 | 4;

/** NHS coaching hours at which each tier starts (inclusive), Tier 1 to Tier 4. */
export const TIER_THRESHOLDS: readonly { tier: Tier; hours: number }[] = [
  { tier: 1, hours: 50 },
  { tier: 2, hours: 200 },
  { tier: 3, hours: 500 },
  { tier: 4, hours: 1000 },
];

/**
 * Tier of practice from NHS coaching hours (docs/rules.md §1). A coach without PCI training is
 * Tier 0 whatever their hours. When an evidenced tier is given the result is capped at it,
 * but never below 1: Tier 1 needs only training and hours, no competency evidence.
 *
 * @example
 * tier(750);           // 3
 * tier(350, false);    // 0
 * tier(1200, true, 2); // 2
 * tier(80, true, 0);   // 1
 */
export function tier(hours: number, pciTrained = true, evidencedTier?: number | null): Tier {
  if (!pciTrained) return 0;
  let byHours: Tier = 0;
  for (const t of TIER_THRESHOLDS) if (hours >= t.hours) byHours = t.tier;
  if (evidencedTier === undefined || evidencedTier === null) return byHours;
  return Math.min(byHours, Math.max(evidencedTier, 1)) as Tier;
}
