// Reading a date argument (issue 2, "one place that reads cell values"): serials in the
// workbook's date system, JavaScript Dates in the spreadsheet's zone, ISO and UK text.
import { readContext } from '../context';
import { HwbcError } from '../errors';
import { readDate } from './readDate';

const london = readContext('2026-06-01');

function error(value: unknown, ctx = london): HwbcError {
  try {
    readDate('last_date', value, ctx);
  } catch (e) {
    if (e instanceof HwbcError) return e;
    throw e;
  }
  throw new Error(`expected ${String(value)} to be refused`);
}

describe('readDate', () => {
  it.each([null, undefined, '', '   '])('reads a blank (%p) as null', (blank) => {
    expect(readDate('last_date', blank, london)).toBeNull();
  });

  it.each([
    ['2026-03-15', '2026-03-15'],
    [' 2026-03-15 ', '2026-03-15'],
    ['2026-3-5', '2026-03-05'],
    ['2026-03-15T00:00:00.000Z', '2026-03-15'],
    ['2026-03-15 09:30', '2026-03-15'],
    ['2026-03-15 9:30am', '2026-03-15'],
    ['2026-03-15t10:00', '2026-03-15'],
    ['2026-03-15T', '2026-03-15'],
    ['2026-03-15  10:00', '2026-03-15'],
    ['2026-03-15 10:00 to 11:00', '2026-03-15'],
    ['2028-02-29', '2028-02-29'],
  ])('reads ISO text %p', (text, want) => {
    expect(readDate('last_date', text, london)).toBe(want);
  });

  it.each([
    ['15/03/2026', '2026-03-15'],
    ['03/04/2026', '2026-04-03'], // UK order: 3 April, not 4 March
    ['5/3/2026', '2026-03-05'],
    ['15-03-2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['29/02/2028', '2028-02-29'],
  ])('reads UK dd/mm/yyyy text %p', (text, want) => {
    expect(readDate('last_date', text, london)).toBe(want);
  });

  it.each(['2026-02-30', '31/04/2026', '29/02/2026', '03/15/2026'])('says %p is not a real calendar date', (text) => {
    const e = error(text);
    expect(e.kind).toBe('VALUE');
    expect(e.message).toBe(`last_date is not a real calendar date, got "${text}"`);
  });

  it.each([
    '12h',
    'next Tuesday',
    '2026-03-15 to 2026-04-01',
    '15 March 2026',
    '2026/03/15x',
    '2026-03-15 10',
    '2026-03-15 :30',
    '2026-03-15Z',
  ])('refuses %p, naming the argument, showing the value and what is expected', (text) => {
    const e = error(text);
    expect(e.kind).toBe('VALUE');
    expect(e.message).toBe(`last_date must be a date, such as 2026-03-15 or 15/03/2026, got ${JSON.stringify(text)}`);
  });

  it('reads serial numbers in the workbook date system', () => {
    expect(readDate('last_date', 46096, london)).toBe('2026-03-15');
    expect(readDate('last_date', 46096.5, london)).toBe('2026-03-15');
    expect(readDate('last_date', 46096, readContext('2026-06-01', { dateSystem: 'sheets' }))).toBe('2026-03-15');
    expect(readDate('last_date', 46096 - 1462, readContext('2026-06-01', { dateSystem: '1904' }))).toBe('2026-03-15');
  });

  it.each([0, -1, 0.5, NaN, Infinity, -Infinity, 2958466])('refuses the serial %p', (n) => {
    expect(error(n).message).toMatch(/^last_date must be a date/);
  });

  it('refuses serial 60 in the 1900 system, and serials past 9999 in the 1904 system', () => {
    expect(error(60).message).toMatch(/29 February 1900/);
    expect(error(2958000, readContext('2026-06-01', { dateSystem: '1904' })).message).toMatch(/must be a date/);
  });

  it.each([
    ['ISO text', '0001-01-01'],
    ['UK text', '01/01/0001'],
    ['a two-digit year typed as four', '15/03/0026'],
    ['the last day of 1899', '1899-12-31'],
    ['a Date in year 26 (as Sheets passes one)', new Date('0026-03-15T12:00:00Z')],
  ])('refuses a date before 1900 given as %s, asking for the year to be checked', (_, value) => {
    const e = error(value);
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/^last_date must be a date in 1900 or later, got .*; check the year/);
  });

  it('refuses a Sheets serial before 1900 and reads 1 January 1900 in every system', () => {
    const sheets = readContext('2026-06-01', { dateSystem: 'sheets' });
    expect(error(1, sheets).message).toMatch(/in 1900 or later, got 1;/);
    expect(readDate('last_date', 2, sheets)).toBe('1900-01-01');
    expect(readDate('last_date', 1, london)).toBe('1900-01-01');
    expect(readDate('last_date', '01/01/1900', london)).toBe('1900-01-01');
  });

  it("reads a Date as the day it shows in the spreadsheet's zone", () => {
    const summerMidnight = new Date('2026-06-30T23:00:00Z');
    const winterMidnight = new Date('2026-01-15T00:00:00Z');
    expect(readDate('last_date', summerMidnight, london)).toBe('2026-07-01');
    expect(readDate('last_date', winterMidnight, london)).toBe('2026-01-15');
    const kiritimati = readContext('2026-06-01', { timeZone: 'Pacific/Kiritimati' });
    expect(readDate('last_date', new Date('2026-06-30T10:00:00Z'), kiritimati)).toBe('2026-07-01');
  });

  it('refuses an invalid Date', () => {
    expect(error(new Date(NaN)).message).toBe(
      'last_date must be a date, such as 2026-03-15 or 15/03/2026, got an invalid date',
    );
  });

  it.each([true, false, {}, [], [['2026-03-15']]])('refuses %p', (v) => {
    expect(error(v).message).toMatch(/^last_date must be a date/);
  });
});
