/**
 * London's calendar dates by arithmetic agree with the time-zone database (Node's Intl, as
 * the fake's Utilities reads it) on every day from 1990 to 2060 and in the years after:
 * midnight of each day, instants either side of 01:00 UTC (when the clocks change) and late
 * in the day. Before 1996, when another rule held, the general conversions are asked instead.
 */
import { addDays } from '../../shared/values/dates/calendarDate';
import { LONDON, londonDates, londonOffset } from '../../src/gas/server/londonDates';
import { formatDate, parseDate } from './fake/zoneDates';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The zone database's conversions (the fake's Utilities, on Intl), counting how often asked. */
function counted() {
  let asked = 0;
  const database = {
    toIso: (d: Date) => formatDate(d, LONDON, 'yyyy-MM-dd'),
    toDate: (iso: string) => new Date(parseDate(iso, LONDON, 'yyyy-MM-dd')),
  };
  const dates = londonDates(() => {
    asked++;
    return database;
  });
  return { dates, asked: () => asked };
}

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('London dates by arithmetic', () => {
  it('give midnight of every day from 1996 as the zone database does, without asking it', () => {
    const { dates, asked } = counted();
    for (const iso of [...days('1996-01-01', '2060-12-31'), ...days('2099-01-01', '2100-12-31'), '9999-12-31']) {
      expect(dates.toDate(iso).getTime()).toBe(parseDate(iso, LONDON, 'yyyy-MM-dd'));
    }
    expect(asked()).toBe(0);
  });

  it('read every instant around the clock changes and through the day as the zone database does', () => {
    const { dates, asked } = counted();
    const offsets = [0, MINUTE, HOUR - 1, HOUR, HOUR + 1, 2 * HOUR, 12 * HOUR, 23 * HOUR, 24 * HOUR - 1];
    // Every day of March and October (the clocks change in them), every fifth day otherwise.
    const changing = (iso: string, i: number) => iso[6] === '3' || iso.slice(5, 7) === '10' || i % 5 === 0;
    for (const iso of days('1996-01-01', '2060-12-31').filter(changing)) {
      const utcMidnight = Date.parse(`${iso}T00:00:00Z`);
      for (const at of offsets) {
        const d = new Date(utcMidnight + at);
        expect([iso, at, dates.toIso(d)]).toEqual([iso, at, formatDate(d, LONDON, 'yyyy-MM-dd')]);
      }
    }
    expect(asked()).toBe(0);
  });

  it('keeps summer time from 01:00 UTC on the last Sunday of March to the last Sunday of October', () => {
    expect(londonOffset(Date.UTC(2026, 2, 29, 0, 59))).toBe(0);
    expect(londonOffset(Date.UTC(2026, 2, 29, 1))).toBe(HOUR);
    expect(londonOffset(Date.UTC(2026, 9, 25, 0, 59))).toBe(HOUR);
    expect(londonOffset(Date.UTC(2026, 9, 25, 1))).toBe(0);
  });

  it('leaves dates before 1996 to the zone database, which it asks only then', () => {
    const { dates, asked } = counted();
    for (const iso of days('1968-01-01', '1995-12-31').filter((_, i) => i % 7 === 0)) {
      const d = dates.toDate(iso);
      expect(d.getTime()).toBe(parseDate(iso, LONDON, 'yyyy-MM-dd'));
      expect(dates.toIso(new Date(d.getTime() + 23 * HOUR))).toBe(
        formatDate(new Date(d.getTime() + 23 * HOUR), LONDON, 'yyyy-MM-dd'),
      );
    }
    expect(asked()).toBeGreaterThan(0);
    expect(londonOffset(Date.UTC(1995, 6, 1))).toBeNull();
  });

  it('reads an invalid Date as no date', () => {
    expect(counted().dates.toIso(new Date(NaN))).toBeNull();
  });
});
