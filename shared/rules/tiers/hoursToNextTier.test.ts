// docs/rules.md §1: next threshold minus hours; 0 at Tier 4.
import { hoursToNextTier } from './hoursToNextTier';

describe('hoursToNextTier', () => {
  it.each([
    [0, 50],
    [49.5, 0.5],
    [50, 150],
    [120, 80],
    [199.99, 0.01],
    [200, 300],
    [350, 150],
    [500, 500],
    [999, 1],
    [1000, 0],
    [1500, 0],
  ])('at %p hours, %p more are needed', (hours, want) => {
    expect(hoursToNextTier(hours)).toBe(want);
  });

  it('never says 0 to a coach a hair below a threshold', () => {
    expect(hoursToNextTier(199.9999999)).toBeGreaterThan(0);
    expect(hoursToNextTier(999.99999999)).toBeGreaterThan(0);
  });
});
