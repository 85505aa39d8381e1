// Day numbers by arithmetic must agree with JavaScript's own UTC calendar on every day the
// spreadsheets show, leap years and the years 1–99 included.
import { dayNumberOf, daysInMonth, isoDayNumber, isoOfDayNumber, isoText } from './dayNumber';

const MS_PER_DAY = 86_400_000;

function utcDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / MS_PER_DAY;
}

describe('dayNumberOf and isoOfDayNumber', () => {
  it('agree with Date on the first of every month from year 1 to 9999, sampled', () => {
    for (let year = 1; year <= 9999; year += 7) {
      for (let month = 1; month <= 12; month++) {
        const n = dayNumberOf(year, month, 1);
        expect(n).toBe(utcDayNumber(year, month, 1));
        expect(isoOfDayNumber(n)).toBe(isoText(year, month, 1));
      }
    }
  });

  it('round-trip every day of four years around a century leap rule', () => {
    for (let n = dayNumberOf(1899, 1, 1); n <= dayNumberOf(1901, 12, 31); n++) {
      const iso = isoOfDayNumber(n);
      expect(isoDayNumber(iso)).toBe(n);
      expect(new Date(n * MS_PER_DAY).toISOString().slice(0, 10)).toBe(iso);
    }
    expect(isoOfDayNumber(dayNumberOf(9999, 12, 31))).toBe('9999-12-31');
    expect(isoOfDayNumber(dayNumberOf(1, 1, 1))).toBe('0001-01-01');
  });

  it('rolls a day past the month end into the next month, as Date.UTC does', () => {
    expect(isoOfDayNumber(dayNumberOf(2026, 2, 30))).toBe('2026-03-02');
  });
});

describe('daysInMonth', () => {
  it.each([
    [2028, 2, 29],
    [2026, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isoDayNumber', () => {
  it.each(['15/03/2026', '2026-3-15', '2026-03-1x', ' 2026-03-15', '2026/03/15', ''])('refuses %p', (text) => {
    expect(isoDayNumber(text)).toBeNaN();
  });
});
