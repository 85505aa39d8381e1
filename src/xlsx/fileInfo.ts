/**
 * What a workbook file tells the core about itself when the command line reads it: its date
 * system (from the file), and this machine's time zone and today, since a file has no clock.
 * One place for the .xlsx ports (the whole workbook, and the cells read for the check).
 */
import type { HostInfo } from '../../shared/workbook';
import { localToday } from './localToday';

/**
 * A file's host information: its date system, this machine's zone and today, unless `given`
 * (a test's or `--as-of`'s) says otherwise.
 *
 * @example
 * fileHostInfo(false, { today: '2026-03-20' }); // { dateSystem: '1900', timeZone: 'Europe/London', today: '2026-03-20' }
 */
export function fileHostInfo(date1904: boolean, given: Partial<HostInfo> = {}): HostInfo {
  return {
    dateSystem: date1904 ? '1904' : '1900',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    today: localToday(),
    ...given,
  };
}
