import { dateOfDayNumber, dayNumber, IsoDate } from './calendarDate';
import { HwbcError } from '../errors';
import { RULE_MESSAGES } from '../messages';

/**
 * How a spreadsheet numbers its days. Excel's 1900 system counts a fictitious
 * 29 February 1900 (serial 60) for Lotus 1-2-3 compatibility; the 1904 system (old Mac
 * workbooks) starts at 1 January 1904; Google Sheets counts from 30 December 1899 with no
 * fictitious day.
 */
export type DateSystem = '1900' | '1904' | 'sheets';

/** Day numbers of each system's day 0, worked out once: serials are converted by the column. */
const EPOCH: Record<DateSystem, number> = {
  '1900': dayNumber('1899-12-30'),
  '1904': dayNumber('1904-01-01'),
  sheets: dayNumber('1899-12-30'),
};
/** Serials 1–59 of the 1900 system sit before its fictitious 29 February 1900. */
const BEFORE_FICTITIOUS_DAY = dayNumber('1899-12-31');

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
    if (day < 60) return dateOfDayNumber(BEFORE_FICTITIOUS_DAY + day);
  }
  return dateOfDayNumber(EPOCH[system] + day);
}

/**
 * The spreadsheet serial number of a calendar date.
 *
 * @example
 * isoToSerial('2026-03-15', '1900'); // 46096
 */
export function isoToSerial(d: IsoDate, system: DateSystem = '1900'): number {
  const days = dayNumber(d);
  const n = days - EPOCH[system];
  if (system === '1900' && n < 61) return days - BEFORE_FICTITIOUS_DAY;
  return n;
}
