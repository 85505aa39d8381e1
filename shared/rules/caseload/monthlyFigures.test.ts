import { didNotAttendRate, monthBefore, monthOf, MONTHS_SHOWN } from './monthlyFigures';

describe('monthly figures (docs/rules.md §8)', () => {
  it('covers the twelve calendar months up to the as-of month', () => {
    expect(MONTHS_SHOWN).toBe(12);
    expect(monthOf('2026-03-20')).toBe('2026-03');
    expect(monthBefore('2026-03', MONTHS_SHOWN - 1)).toBe('2025-04');
    expect(monthBefore('2026-01', 1)).toBe('2025-12');
    expect(monthBefore('2025-12', -1)).toBe('2026-01');
    expect(monthBefore('2024-02', 0)).toBe('2024-02');
  });

  it('gives the did-not-attend rate of sessions booked and not cancelled, or none', () => {
    expect(didNotAttendRate(9, 1)).toBeCloseTo(0.1);
    expect(didNotAttendRate(0, 3)).toBe(1);
    expect(didNotAttendRate(4, 0)).toBe(0);
    expect(didNotAttendRate(0, 0)).toBeNull();
  });
});
