import { addDays, daysBetween, IsoDate } from './calendarDate';
import { HwbcError } from './errors';
import { RULE_MESSAGES } from './messages';

/**
 * How a spreadsheet numbers its days. Excel's 1900 system counts a fictitious
 * 29 February 1900 (serial 60) for Lotus 1-2-3 compatibility; the 1904 system (old Mac
 * workbooks) starts at 1 January 1904; Google Sheets counts from 30 December 1899 with no
 * fictitious day.
 */
export type DateSystem = '1900' | '1904' | 'sheets';

const EPOCH: Record<DateSystem, IsoDate> = {
  '1900': '1899-12-30',
  '1904': '1904-01-01',
  sheets: '1899-12-30',
};

/**
 * The calendar date of a spreadsheet serial number (the fraction, a time of day, is dropped).
 *
 * @example
 * serialToIso(46096, '1900'); // '2026-03-15'
 */
export function serialToIso(serial: number, system: DateSystem = '1900'): IsoDate {
  const day = Math.floor(serial);
  if (system === '1900') {
    if (day === 60) throw new HwbcError('VALUE', RULE_MESSAGES.fictitiousDate);
    // Serials 1–59 sit before the fictitious day, so they count from 31 Dec 1899.
    if (day < 60) return addDays('1899-12-31', day);
  }
  return addDays(EPOCH[system], day);
}

/**
 * The spreadsheet serial number of a calendar date.
 *
 * @example
 * isoToSerial('2026-03-15', '1900'); // 46096
 */
export function isoToSerial(d: IsoDate, system: DateSystem = '1900'): number {
  const n = daysBetween(EPOCH[system], d);
  if (system === '1900' && n < 61) return daysBetween('1899-12-31', d);
  return n;
}
