// docs/rules.md §2 / Appendix 2 §6: Tier 3 or above, and at least 50 caseload hours in the
// previous 12 months.
import { canSupervise, SUPERVISOR_MIN_CASELOAD_HOURS, SUPERVISOR_MIN_TIER } from './canSupervise';

describe('canSupervise', () => {
  it('uses the two numeric standards of Appendix 2 §6', () => {
    expect(SUPERVISOR_MIN_TIER).toBe(3);
    expect(SUPERVISOR_MIN_CASELOAD_HOURS).toBe(50);
  });

  it.each([
    [3, 50, true],
    [4, 50, true],
    [3, 1000, true],
    [3, 49.99, false],
    [4, 0, false],
    [2, 400, false],
    [0, 50, false],
  ])('Tier %p with %p caseload hours: %p', (t, hours, want) => {
    expect(canSupervise(t, hours)).toBe(want);
  });
});
