/**
 * Calendar dates and Dates in a spreadsheet's zone: JavaScript's Intl is used only when it
 * agrees with Apps Script's Utilities, and then no per-date service call is made.
 */
import { addDays } from '../../shared/values/calendarDate';
import type { DateUtilities } from '../../src/gas/sheetsDates';
import { zoneDates } from '../../src/gas/zoneDates';
import { formatDate, parseDate } from './fake/zoneDates';

function countingUtilities(shiftHours = 0) {
  const calls: string[] = [];
  const utilities: DateUtilities = {
    formatDate: (d, tz, pattern) => {
      calls.push('formatDate');
      return formatDate(new Date(d.getTime() + shiftHours * 3_600_000), tz, pattern);
    },
    parseDate: (text, tz, pattern) => {
      calls.push('parseDate');
      return new Date(parseDate(text, tz, pattern) - shiftHours * 3_600_000);
    },
  };
  return { utilities, calls };
}

const DAYS = Array.from({ length: 366 * 2 }, (_, i) => addDays('2026-01-01', i)).concat(['2028-02-29', '1999-12-31']);

describe.each(['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Australia/Lord_Howe'])(
  'in %s',
  (zone) => {
    it('gives midnight of every day as Apps Script does, with no call per date', () => {
      const { utilities, calls } = countingUtilities();
      const dates = zoneDates(zone, utilities);
      const probes = calls.length;
      for (const iso of DAYS) {
        const d = dates.toDate(iso);
        expect(d.getTime()).toBe(parseDate(iso, zone, 'yyyy-MM-dd'));
        expect(dates.toIso(d)).toBe(iso);
        expect(formatDate(d, zone, 'yyyy-MM-dd HH:mm:ss')).toBe(`${iso} 00:00:00`);
        // An hour before the next midnight is still the same day.
        expect(dates.toIso(new Date(dates.toDate(addDays(iso, 1)).getTime() - 3_600_000))).toBe(iso);
      }
      expect(calls.length).toBe(probes);
      expect(probes).toBeLessThanOrEqual(4);
    });
  },
);

describe('when Intl disagrees with Apps Script', () => {
  it('asks Utilities instead, and gives its answers', () => {
    // A Utilities an hour out from Intl stands for a runtime whose Intl lacks the zone data.
    const { utilities, calls } = countingUtilities(1);
    const dates = zoneDates('Europe/London', utilities);
    const before = calls.length;
    const d = dates.toDate('2026-07-01');
    expect(d.getTime()).toBe(utilities.parseDate('2026-07-01', 'Europe/London', 'yyyy-MM-dd').getTime());
    expect(dates.toIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(calls.length).toBeGreaterThan(before + 1);
  });

  it('gives null for an invalid Date either way', () => {
    expect(zoneDates('Europe/London', countingUtilities().utilities).toIso(new Date(NaN))).toBeNull();
    expect(zoneDates('Europe/London', countingUtilities(1).utilities).toIso(new Date(NaN))).toBeNull();
  });
});
