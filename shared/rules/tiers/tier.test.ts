// docs/rules.md §1: 0 without PCI training; else the highest tier whose threshold (50, 200, 500,
// 1000 hours, inclusive) the hours reach; capped at max(evidencedTier, 1) when given.
import { tier, TIER_THRESHOLDS } from './tier';

describe('tier by hours', () => {
  it('starts the tiers at 50, 200, 500 and 1000 hours', () => {
    expect(TIER_THRESHOLDS).toEqual([
      { tier: 1, hours: 50 },
      { tier: 2, hours: 200 },
      { tier: 3, hours: 500 },
      { tier: 4, hours: 1000 },
    ]);
  });

  it.each([
    [0, 0],
    [49.99, 0],
    [50, 1],
    [120, 1],
    [199.99, 1],
    [200, 2],
    [499.5, 2],
    [500, 3],
    [750, 3],
    [999.99, 3],
    [1000, 4],
    [5000, 4],
  ])('%p hours is Tier %p', (hours, want) => {
    expect(tier(hours)).toBe(want);
    expect(tier(hours, true)).toBe(want);
  });
});

describe('PCI training', () => {
  it.each([0, 50, 350, 1000, 5000])('is Tier 0 without PCI training at %p hours', (hours) => {
    expect(tier(hours, false)).toBe(0);
    expect(tier(hours, false, 4)).toBe(0);
  });
});

describe('evidenced tier', () => {
  it('caps the tier at the evidenced tier', () => {
    expect(tier(1200, true, 2)).toBe(2);
    expect(tier(1200, true, 3)).toBe(3);
    expect(tier(600, true, 2)).toBe(2);
  });

  it('never raises the tier above what the hours reach', () => {
    expect(tier(300, true, 4)).toBe(2);
    expect(tier(30, true, 4)).toBe(0);
  });

  it('caps at no lower than Tier 1: Tier 1 needs only training and hours', () => {
    expect(tier(80, true, 0)).toBe(1);
    expect(tier(600, true, 0)).toBe(1);
    expect(tier(600, true, 1)).toBe(1);
    expect(tier(30, true, 0)).toBe(0);
  });

  it('does not cap when no evidenced tier is given', () => {
    expect(tier(1200, true, null)).toBe(4);
    expect(tier(1200, true, undefined)).toBe(4);
  });
});
