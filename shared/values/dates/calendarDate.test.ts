// Calendar arithmetic on plain dates (docs/rules.md conventions): "+ N months" clamps to the
// month's last day, and nothing shifts by a day whatever the machine's time zone. The suite
// runs twice, under TZ=Europe/London and TZ=Pacific/Kiritimati (scripts/test-all.sh).
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, isIsoDate, isoDate } from './calendarDate';
import { HwbcError } from '../errors';

describe('isoDate', () => {
  it.each([
    [2026, 3, 15, '2026-03-15'],
    [2028, 2, 29, '2028-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [9999, 12, 31, '9999-12-31'],
    [1900, 1, 1, '1900-01-01'],
    [50, 6, 1, '0050-06-01'],
  ])('builds %i-%i-%i', (y, m, d, want) => {
    expect(isoDate(y, m, d)).toBe(want);
  });

  it.each([
    [2026, 2, 29],
    [1900, 2, 29], // 1900 was not a leap year (Excel's serial 60 pretends it was)
    [2026, 4, 31],
    [2026, 13, 1],
    [2026, 0, 1],
    [2026, 1, 0],
    [0, 1, 1],
    [10000, 1, 1],
    [2026.5, 1, 1],
    [2026, 1, NaN],
  ])('refuses %s-%s-%s', (y, m, d) => {
    expect(isoDate(y, m, d)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts only real YYYY-MM-DD text', () => {
    expect(isIsoDate('2026-03-15')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2026-3-15',
      ' 2026-03-15',
      '15/03/2026',
      '2026-03-15T00:00',
      '',
      20260315,
      null,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
});

describe('addMonths (clamps to the month end)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-10', 3, '2026-04-10'],
    ['2026-01-10', 12, '2027-01-10'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-03-15', 0, '2026-03-15'],
    ['2026-10-25', 1, '2026-11-25'], // across the end of British Summer Time
  ])('%s + %i months = %s', (from, n, want) => {
    expect(addMonths(from, n)).toBe(want);
  });
});

describe('dates past 9999', () => {
  it('are a NUM error, not a five-digit year', () => {
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(() => addMonths('9999-12-15', 1)).toThrow(HwbcError);
    expect(() => addDays('9999-12-31', 1)).toThrow(/outside the years 1 to 9999/);
    try {
      addMonths('9999-12-15', 1);
    } catch (e) {
      expect((e as HwbcError).kind).toBe('NUM');
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-04-15', -7, '2026-04-08'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'], // clocks go forward in the UK on 29 March 2026
    ['2026-10-25', 1, '2026-10-26'], // and back on 25 October 2026
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s %+i days = %s', (from, n, want) => {
    expect(addDays(from, n)).toBe(want);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2026-03-01', '2026-04-01', 31], // a 23-hour day in between in London
    ['2026-10-01', '2026-11-01', 31], // a 25-hour day in between in London
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-03-15', '2026-03-15', 0],
    ['2026-03-15', '2026-03-08', -7],
  ])('from %s to %s is %i days', (a, b, want) => {
    expect(daysBetween(a, b)).toBe(want);
  });
});

describe('addMonths is date-fns addMonths on a UTC date, by arithmetic', () => {
  // date-fns is the reference the arithmetic is held to: the same day, or the same NUM error.
  const MS_PER_DAY = 86_400_000;
  const byDateFns = (from: string, months: number): string | 'NUM' => {
    const day = Math.floor(
      addMonthsFns(new UTCDateMini(Date.parse(`${from}T00:00:00Z`)), months).getTime() / MS_PER_DAY,
    );
    if (!Number.isFinite(day)) return 'NUM';
    const text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    return /^\d{4}-/.test(text) && text >= '0001-01-01' && text <= '9999-12-31' ? text : 'NUM';
  };
  const ours = (from: string, months: number): string | 'NUM' => {
    try {
      return addMonths(from, months);
    } catch (e) {
      if (e instanceof HwbcError) return 'NUM';
      throw e;
    }
  };
  const isoDates = fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('agrees on whole months, month ends and leap days included', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -130_000, max: 130_000 }), (from, months) => {
        expect(ours(from, months)).toBe(byDateFns(from, months));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on the awkward amounts: fractions, zero, not a number', () => {
    const amounts = fc.oneof(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.constantFrom(0, -0, NaN, 0.5, -0.5, 11.9),
    );
    fc.assert(
      fc.property(isoDates, amounts, (from, months) => {
        expect(ours(from, months)).toBe(byDateFns(from, months));
      }),
      { numRuns: 2000 },
    );
  });
});
