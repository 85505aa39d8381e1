/**
 * Calendar dates <-> Dates at midnight in the spreadsheet's zone, for whole blocks of cells.
 * JavaScript's Intl does it without a service call per cell; Apps Script's Utilities does it
 * with one. Intl is checked against Utilities once per execution, on two instants where the
 * zone's offset matters (a winter and a summer night); if they disagree, or Intl has no such
 * zone, every conversion goes through Utilities instead (remembered per date). Either way the
 * answer is Apps Script's own, and never depends on the server's zone.
 */
import { type IsoDate, isIsoDate } from '../../shared/values/calendarDate';
import { type DateUtilities, dateToIso, isoToDate } from './sheetsDates';

/** Converts between a zone's calendar dates and Dates. */
export interface ZoneDates {
  toIso(date: Date): IsoDate | null;
  toDate(iso: IsoDate): Date;
}

const PROBES = ['2026-01-15T23:30:00Z', '2026-07-15T23:30:00Z'];
/** Checked once per execution (per Utilities object, so tests with fresh fakes start afresh). */
const known = new WeakMap<DateUtilities, Map<string, ZoneDates>>();

function intlDates(timeZone: string): ZoneDates {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const wall = (ms: number) => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(ms))) parts[p.type] = Number(p.value);
    return parts;
  };
  const offsetAt = (ms: number) => {
    const w = wall(ms);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms;
  };
  return {
    toIso(date) {
      if (isNaN(date.getTime())) return null;
      const w = wall(date.getTime());
      const iso = `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
      return isIsoDate(iso) ? iso : null;
    },
    toDate(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      const asUtc = Date.UTC(y, m - 1, d);
      const first = asUtc - offsetAt(asUtc);
      return new Date(asUtc - offsetAt(first));
    },
  };
}

function utilitiesDates(timeZone: string, utilities: DateUtilities): ZoneDates {
  const dates = new Map<string, Date>();
  return {
    toIso: (date) => dateToIso(date, timeZone, utilities),
    toDate(iso) {
      let d = dates.get(iso);
      if (!d) dates.set(iso, (d = isoToDate(iso, timeZone, utilities)));
      return new Date(d.getTime());
    },
  };
}

function intlAgrees(candidate: ZoneDates, timeZone: string, utilities: DateUtilities): boolean {
  return PROBES.every((probe) => {
    const instant = new Date(probe);
    const iso = candidate.toIso(instant);
    return (
      iso === utilities.formatDate(instant, timeZone, 'yyyy-MM-dd') &&
      iso !== null &&
      candidate.toDate(iso).getTime() === utilities.parseDate(iso, timeZone, 'yyyy-MM-dd').getTime()
    );
  });
}

/** Intl's conversions for the zone, if Intl knows it and agrees with Apps Script. */
function checkedIntlDates(timeZone: string, utilities: DateUtilities): ZoneDates | null {
  try {
    const candidate = intlDates(timeZone);
    return intlAgrees(candidate, timeZone, utilities) ? candidate : null;
  } catch {
    return null;
  }
}

/**
 * The date conversions for a zone, checked once per execution.
 *
 * @example
 * zoneDates('Europe/London', Utilities).toDate('2026-07-01').toISOString(); // '2026-06-30T23:00:00.000Z'
 */
export function zoneDates(timeZone: string, utilities: DateUtilities): ZoneDates {
  let zones = known.get(utilities);
  if (!zones) known.set(utilities, (zones = new Map()));
  let dates = zones.get(timeZone);
  if (!dates) {
    dates = checkedIntlDates(timeZone, utilities) ?? utilitiesDates(timeZone, utilities);
    zones.set(timeZone, dates);
  }
  return dates;
}
