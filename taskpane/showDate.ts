/**
 * How the pane shows a date to people: "25 Nov 2026". Never ISO text ("2026-11-25"), which
 * reads as a code, nor a numeric date, which an American browser would write month first.
 * It is the HWBC Report sheet's own formatter, so the pane, the report and the findings'
 * messages write a date alike; every date the pane shows goes through it.
 *
 * @example
 * showDate('2026-11-25'); // '25 Nov 2026'
 * showDate('2026-03-05'); // '5 Mar 2026'
 */
export { showDate } from '../shared/check/messages';
