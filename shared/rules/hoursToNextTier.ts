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
  // Rounded to the minute's worth of precision so 199.99 hours shows 0.01, not 0.010000000000002.
  return next ? Math.round((next.hours - hours) * 1e6) / 1e6 : 0;
}
