/**
 * Hours as the check shows them, to a tenth of an hour: hours worked out from minutes (50
 * minutes = 0.8333… h) are never read to the hundredth. Rounded so that what is shown is
 * never more than was done, and never less than is still needed: hours done round down,
 * hours still to go round up (never to 0 while any are needed), and the two shown side by
 * side add up to the tier's threshold (265.47 done + 234.53 to go → 265.4 + 234.6 = 500).
 * The coach summary (pane, report, `hwbc check` table and JSON) and the messages all use them.
 */

/** Float sums of minutes / 60 land a hair either side of a tenth (0.7 + 0.1 = 0.7999…). */
const SLIP = 1e-6;

/**
 * Hours done, rounded down to a tenth of an hour.
 *
 * @example
 * hoursDone(265.4666); // 265.4
 * hoursDone(0.7 + 0.1); // 0.8
 */
export function hoursDone(hours: number): number {
  return Math.floor(hours * 10 + SLIP) / 10;
}

/**
 * Hours still to go, rounded up to a tenth of an hour; 0 only when none are needed.
 *
 * @example
 * hoursToGo(234.5333); // 234.6
 * hoursToGo(0.0001);   // 0.1
 * hoursToGo(0);        // 0
 */
export function hoursToGo(hours: number): number {
  if (!(hours > 0)) return 0;
  return Math.max(0.1, Math.ceil(hours * 10 - SLIP) / 10);
}
