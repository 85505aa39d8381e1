/**
 * Utilities.formatDate and Utilities.parseDate for the fake, on Node's Intl time zones: never
 * the machine's own zone, so the tests mean the same under TZ=America/Los_Angeles.
 */

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
type Field = (typeof FIELDS)[number];

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(ms: number, timeZone: string): Record<Field, number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const out = {} as Record<Field, number>;
  for (const field of FIELDS) out[field] = Number(parts.find((p) => p.type === field)?.value);
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Utilities.formatDate for the patterns the add-on uses (yyyy MM dd HH mm ss, 'quoted'). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const tokens: Record<string, string> = {
    yyyy: pad(w.year, 4),
    MM: pad(w.month),
    dd: pad(w.day),
    HH: pad(w.hour),
    mm: pad(w.minute),
    ss: pad(w.second),
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (m, literal) => literal ?? tokens[m]);
}

/**
 * The instant at which a wall-clock time happens in a zone: guess with the offset at the
 * wall-clock time read as UTC, then correct with the offset at the guess (right on both sides
 * of a clock change, including half-hour ones such as Lord Howe Island's).
 */
export function zonedInstant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  timeZone: string,
): number {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetAt = (ms: number) => {
    const w = wallClock(ms, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms;
  };
  return asUtc - offsetAt(asUtc - offsetAt(asUtc));
}

/** Utilities.parseDate for 'yyyy-MM-dd' and 'yyyy-MM-dd HH:mm:ss'. */
export function parseDate(text: string, timeZone: string, pattern: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!m || !/^yyyy-MM-dd( HH:mm:ss)?$/.test(pattern)) {
    throw new Error(`Unparseable date: "${text}" with pattern "${pattern}"`);
  }
  const n = m.slice(1).map((x) => Number(x ?? 0));
  return zonedInstant(n[0], n[1], n[2], n[3], n[4], n[5], timeZone);
}
