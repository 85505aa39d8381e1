/**
 * What crosses google.script.run must be plain data: a Date anywhere in a result makes the
 * sidebar receive null. The shared code returns ISO text already; this is the safety net.
 */
import { isDate } from './sheetsDates';

/**
 * A copy of `value` with every Date replaced by `dateText(date)`; other values unchanged.
 *
 * @example
 * plainData({ due: someDate }, (d) => '2026-04-15'); // { due: '2026-04-15' }
 */
export function plainData(value: unknown, dateText: (d: Date) => string | null): unknown {
  if (isDate(value)) return dateText(value);
  if (Array.isArray(value)) return value.map((v) => plainData(v, dateText));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainData(v, dateText);
    return out;
  }
  return value;
}
