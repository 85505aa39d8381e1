/**
 * What the pane asks of the workbook check, in one place for both hosts' panes: the Excel task
 * pane (paneService.ts) and the Google Sheets sidebar (src/gas/sidebar/sidebarApi.ts) run the
 * same check and must ask it the same thing.
 */
import type { CheckOptions } from './api';

/**
 * The check's options as the pane runs it: what the user chose, with no monthly figures. The
 * pane shows none, and a year of figures for every coach is a tenth of a large team's check
 * (and would weigh down the answer Google Sheets sends to its sidebar). The PCN overview and
 * `hwbc check` ask for them.
 *
 * @example
 * paneCheckOptions({ asOf: '2026-03-20' }); // { asOf: '2026-03-20', monthly: false }
 */
export function paneCheckOptions(options: CheckOptions): CheckOptions {
  return { ...options, monthly: false };
}
