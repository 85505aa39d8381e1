import { TIER_THRESHOLDS } from './tier';

/**
 * NHS coaching hours still needed to reach the next tier by hours alone; 0 at Tier 4.
 *
 * @example
 * hoursToNextTier(120);  // 80
 * hoursToNextTier(1000); // 0
 */
export function hoursToNextTier(hours: number): number {
  const next = TIER_THRESHOLDS.find((t) => hours < t.hours);
  if (!next) return 0;
  const gap = next.hours - hours;
  // Rounded so 199.99 hours shows 0.01, not 0.010000000000002; but a coach a hair below a
  // threshold still needs some hours, so the answer is never 0 before Tier 4.
  const rounded = Math.round(gap * 1e6) / 1e6;
  return rounded > 0 ? rounded : gap;
}
