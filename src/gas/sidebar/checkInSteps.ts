/**
 * "Check this workbook" driven from the sidebar, a short server step at a time: the sheets'
 * rows are read in blocks (server/stepServer.ts), then one last step checks them and writes
 * the report on the server. The sidebar only shows progress and, before every step, stops if
 * the user pressed Cancel, so a Cancel leaves the workbook as it was (no report written).
 * None of the check is in the sidebar's page: it stays light to load.
 */
import type { CheckOptions, WorkWatch } from '../../../shared/api';
import type { CheckResult } from '../../../shared/check/types';
import type { SidebarCalls } from '../common/sidebarServer';
import type { RowBlock, SheetBox, StepSheet } from '../common/stepTypes';

/**
 * Rows per step: 2,000 rows of a dozen columns is one getValues and one getFormulas of about
 * 24,000 cells, a second or two of an execution Apps Script allows 6 minutes.
 */
export const ROWS_PER_STEP = 2000;

/** Thrown when the user stopped the work between two steps. */
export class StepsCancelled extends Error {
  constructor() {
    super('Stopped. Nothing more was read or written after you pressed Cancel.');
    this.name = 'StepsCancelled';
  }
}

/**
 * Checks the workbook in steps over the server's calls.
 *
 * @example
 * await checkInSteps(server, { asOf: '2026-03-20' }, { progress: show, cancelled: () => stop });
 * // { asOf, coaches, findings, mappings, reportSheet: 'HWBC Report' }
 */
export async function checkInSteps(
  server: SidebarCalls,
  options: CheckOptions,
  watch: WorkWatch = {},
  rowsPerStep: number = ROWS_PER_STEP,
): Promise<CheckResult> {
  const step = <T>(work: () => Promise<T>): Promise<T> =>
    watch.cancelled?.() ? Promise.reject(new StepsCancelled()) : work();
  const names = (await step(() => server.hwbcStepStart())).sheets;
  const read: StepSheet[] = [];
  let rowsRead = 0;
  for (const sheet of names) {
    const pieces: StepSheet['pieces'] = [];
    // The first step finds where the sheet's data is; each step then reads the next rows of it.
    let rest: SheetBox[] | null = null;
    do {
      const from: SheetBox[] | null = rest;
      const block: RowBlock = await step(() => server.hwbcStepRead(sheet, from, rowsPerStep));
      for (const piece of block.pieces) {
        pieces.push(piece);
        rowsRead += piece.values.length;
      }
      rest = block.rest;
      const sheetsRead = read.length + (rest.length > 0 ? 0 : 1);
      watch.progress?.({ sheetsRead, sheets: names.length, rowsRead, sheet });
    } while (rest.length > 0);
    read.push({ name: sheet, pieces });
  }
  return step(() => server.hwbcStepCheck(read, options));
}
