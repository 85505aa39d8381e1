/**
 * The Check panel's own sentences, kept apart from its markup so their wording, plurals and
 * dates can be read (and tested) in one place. Findings' messages come from the check itself.
 */
import type { CheckResult } from '../../shared/check/types';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import { plural } from '../plural';
import { showDate } from '../showDate';

/** The as-of box's hint: blank is the usual choice, and says which day is then used. */
export const AS_OF_HINT = 'Leave blank to use the as-of date on the Settings sheet, or today if there is none.';

/** Said when no sheet looks like coach data. */
export const NO_DATA =
  'No sheet with coach data was found. Create the template sheets on the Templates tab, or give your own sheet a header row with columns such as Name, Start date and WTE.';

/**
 * Said when the sheets to check have been found.
 *
 * @example
 * foundMessage(1); // 'Found 1 sheet to check. Confirm what each column holds.'
 */
export function foundMessage(sheets: number): string {
  return `Found ${plural(sheets, 'sheet', 'sheets')} to check. Confirm what each column holds.`;
}

/**
 * Said when a check is done, with the day it was actually checked as of.
 *
 * @example
 * checkedMessage({ asOf: '2026-11-25', coaches: [c], findings: [f] });
 * // 'Checked 1 coach as of 25 Nov 2026: 1 finding.'
 */
export function checkedMessage(result: Pick<CheckResult, 'asOf' | 'coaches' | 'findings'>): string {
  const coaches = plural(result.coaches.length, 'coach', 'coaches');
  const findings = plural(result.findings.length, 'finding', 'findings');
  return `Checked ${coaches} as of ${showDate(result.asOf)}: ${findings}.`;
}

/**
 * The results' heading.
 *
 * @example
 * summaryHeading('2026-11-25'); // 'Summary as of 25 Nov 2026'
 */
export function summaryHeading(asOf: IsoDate): string {
  return `Summary as of ${showDate(asOf)}`;
}
