/**
 * Calendar dates and Dates in a spreadsheet's zone: JavaScript's Intl is used whenever it
 * knows the zone, with no service call at all; Apps Script's Utilities only when it does not.
 */
import { addDays } from '../../shared/values/dates/calendarDate';
import type { DateUtilities } from '../../src/gas/server/sheetsDates';
import { zoneDates } from '../../src/gas/server/zoneDates';
import { formatDate, parseDate } from './fake/zoneDates';

/** A zone Apps Script knows and Node's Intl does not: the fake's Utilities reads it as London. */
const UNKNOWN_TO_INTL = 'Etc/Not-In-Intl';
const real = (tz: string) => (tz === UNKNOWN_TO_INTL ? 'Europe/London' : tz);

function countingUtilities() {
  const calls: string[] = [];
  const utilities: DateUtilities = {
    formatDate: (d, tz, pattern) => {
      calls.push('formatDate');
      return formatDate(new Date(d.getTime()), real(tz), pattern);
    },
    parseDate: (text, tz, pattern) => {
      calls.push('parseDate');
      return new Date(parseDate(text, real(tz), pattern));
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
      for (const iso of DAYS) {
        const d = dates.toDate(iso);
        expect(d.getTime()).toBe(parseDate(iso, zone, 'yyyy-MM-dd'));
        expect(dates.toIso(d)).toBe(iso);
        expect(formatDate(d, zone, 'yyyy-MM-dd HH:mm:ss')).toBe(`${iso} 00:00:00`);
        // An hour before the next midnight is still the same day.
        expect(dates.toIso(new Date(dates.toDate(addDays(iso, 1)).getTime() - 3_600_000))).toBe(iso);
      }
      expect(calls).toEqual([]);
    });
  },
);

describe('when Intl does not know the zone', () => {
  it('asks Utilities instead, once a date, and gives its answers', () => {
    expect(() => new Intl.DateTimeFormat('en-GB', { timeZone: UNKNOWN_TO_INTL })).toThrow(RangeError);
    const { utilities, calls } = countingUtilities();
    const dates = zoneDates(UNKNOWN_TO_INTL, utilities);
    expect(dates.toDate('2026-07-01').toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(dates.toDate('2026-07-01').toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(dates.toIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-06-30');
    expect(dates.toIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(calls).toEqual(['parseDate', 'formatDate', 'formatDate']);
  });

  it('gives null for an invalid Date either way', () => {
    expect(zoneDates('Europe/London', countingUtilities().utilities).toIso(new Date(NaN))).toBeNull();
    expect(zoneDates(UNKNOWN_TO_INTL, countingUtilities().utilities).toIso(new Date(NaN))).toBeNull();
  });
});

describe('a column of repeated dates', () => {
  it('hands out a fresh Date for each cell, so changing one changes no other', () => {
    const dates = zoneDates('Europe/London', countingUtilities().utilities);
    const a = dates.toDate('2026-03-15');
    a.setTime(0);
    expect(dates.toDate('2026-03-15').toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });
});
