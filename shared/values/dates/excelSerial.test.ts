// Spreadsheet serial numbers. Facts of the three systems (not of this code): Excel's 1900
// system has serial 1 = 1 Jan 1900 and a fictitious 29 Feb 1900 at 60, so serials from 61 on
// count from 30 Dec 1899; the 1904 system has 0 = 1 Jan 1904, 1462 days after the 1900 one;
// Google Sheets counts from 30 Dec 1899 with no fictitious day. 1 Jan 2000 is 36526 in Excel.
import { HwbcError } from '../errors';
import { isoToSerial, serialToIso } from './excelSerial';

describe("Excel's 1900 system", () => {
  it.each([
    [1, '1900-01-01'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [46096, '2026-03-15'],
    [2958465, '9999-12-31'],
  ])('serial %i is %s, both ways', (serial, iso) => {
    expect(serialToIso(serial, '1900')).toBe(iso);
    expect(isoToSerial(iso, '1900')).toBe(serial);
  });

  it('refuses serial 60, 29 February 1900, a day that never existed', () => {
    expect(() => serialToIso(60, '1900')).toThrow(HwbcError);
    expect(() => serialToIso(60.5, '1900')).toThrow(/29 February 1900/);
  });

  it('never gives serial 60 for a real date', () => {
    expect(isoToSerial('1900-02-28', '1900')).toBe(59);
    expect(isoToSerial('1900-03-01', '1900')).toBe(61);
  });

  it('drops the time of day', () => {
    expect(serialToIso(46096.999, '1900')).toBe('2026-03-15');
    expect(serialToIso(46096.25, '1900')).toBe('2026-03-15');
  });

  it('is the default system', () => {
    expect(serialToIso(46096)).toBe('2026-03-15');
    expect(isoToSerial('2026-03-15')).toBe(46096);
  });
});

describe("Excel's 1904 system", () => {
  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [46096 - 1462, '2026-03-15'],
    [36526 - 1462, '2000-01-01'],
  ])('serial %i is %s, both ways', (serial, iso) => {
    expect(serialToIso(serial, '1904')).toBe(iso);
    expect(isoToSerial(iso, '1904')).toBe(serial);
  });

  it('has no fictitious day: serial 60 is a real date', () => {
    expect(serialToIso(60, '1904')).toBe('1904-03-01');
  });
});

describe('Google Sheets', () => {
  it.each([
    [0, '1899-12-30'],
    [1, '1899-12-31'],
    [2, '1900-01-01'],
    [60, '1900-02-28'],
    [61, '1900-03-01'],
    [46096, '2026-03-15'],
  ])('serial %i is %s, both ways', (serial, iso) => {
    expect(serialToIso(serial, 'sheets')).toBe(iso);
    expect(isoToSerial(iso, 'sheets')).toBe(serial);
  });

  it('agrees with Excel from 1 March 1900 on', () => {
    for (const iso of ['1900-03-01', '1970-01-01', '2026-03-15', '2099-12-31']) {
      expect(isoToSerial(iso, 'sheets')).toBe(isoToSerial(iso, '1900'));
    }
  });
});
