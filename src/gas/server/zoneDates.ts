/**
 * Calendar dates <-> Dates at midnight in the spreadsheet's zone, for whole blocks of cells.
 * JavaScript's Intl does it without a service call; Apps Script's Utilities does it with one a
 * date. Apps Script's V8 runtime carries the same IANA zone data as its Utilities, so Intl is
 * used whenever it knows the spreadsheet's zone, and Utilities (remembered per date) only when
 * it does not: a custom function then makes no service call for its dates at all. Each
 * distinct date is worked out once a conversion (columns repeat the same days). London's
 * dates from 1996 on need neither (londonDates.ts): no time-zone database is loaded for them.
 */
import { type IsoDate, isIsoDate } from '../../../shared/values/dates/calendarDate';
import { LONDON, londonDates } from './londonDates';
import { type DateUtilities, dateToIso, isoToDate } from './sheetsDates';

/** Converts between a zone's calendar dates and Dates. */
export interface ZoneDates {
  toIso(date: Date): IsoDate | null;
  toDate(iso: IsoDate): Date;
}

/** Made once per execution (per Utilities object, so tests with fresh fakes start afresh). */
const known = new WeakMap<DateUtilities, Map<string, ZoneDates>>();
/** Distinct dates remembered per zone; a column of a million dates holds a few thousand. */
const REMEMBERED = 50_000;

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
  return {
    toIso: (date) => dateToIso(date, timeZone, utilities),
    toDate: (iso) => isoToDate(iso, timeZone, utilities),
  };
}

/** The same conversions, each distinct date worked out once (a fresh Date handed out each time). */
function remembered(dates: ZoneDates): ZoneDates {
  const isos = new Map<number, IsoDate | null>();
  const times = new Map<IsoDate, number>();
  return {
    toIso(date) {
      const time = date.getTime();
      let iso = isos.get(time);
      if (iso === undefined) {
        if (isos.size >= REMEMBERED) isos.clear();
        isos.set(time, (iso = dates.toIso(date)));
      }
      return iso;
    },
    toDate(iso) {
      let time = times.get(iso);
      if (time === undefined) {
        if (times.size >= REMEMBERED) times.clear();
        times.set(iso, (time = dates.toDate(iso).getTime()));
      }
      return new Date(time);
    },
  };
}

/** Intl's conversions for the zone, or null when this runtime's Intl does not know it. */
function intlDatesIfKnown(timeZone: string): ZoneDates | null {
  try {
    return intlDates(timeZone);
  } catch {
    return null;
  }
}

/**
 * The date conversions for a zone: Intl's when it knows the zone, else Apps Script's.
 *
 * @example
 * zoneDates('Europe/London', Utilities).toDate('2026-07-01').toISOString(); // '2026-06-30T23:00:00.000Z'
 */
export function zoneDates(timeZone: string, utilities: DateUtilities): ZoneDates {
  let zones = known.get(utilities);
  if (!zones) known.set(utilities, (zones = new Map()));
  let dates = zones.get(timeZone);
  if (!dates) {
    const general = () => intlDatesIfKnown(timeZone) ?? utilitiesDates(timeZone, utilities);
    let made: ZoneDates | null = null;
    // London's dates need no Intl (and no time-zone database loaded) from 1996 on.
    dates = remembered(timeZone === LONDON ? londonDates(() => (made ??= general())) : general());
    zones.set(timeZone, dates);
  }
  return dates;
}
