/**
 * The pane's API in the Google Sheets sidebar: most calls go to the server function of the
 * same purpose (common/sidebarServer.ts) through google.script.run. The check, guessing what
 * each sheet holds and the sign-off pack run here, in the sidebar, over short server steps,
 * with their code loaded the first time one of them is asked for (lazyCheck.ts).
 */
import type { PaneApi } from '../../../shared/api';
import { paneCheckOptions } from '../../../shared/paneCheckOptions';
import type { SidebarCalls } from '../common/sidebarServer';
import { checkFromServer, lazyCheck, type LoadCheck } from './lazyCheck';
import { SteppedPort } from './steppedPort';
import { ROWS_PER_STEP } from './stepSizes';
import { createTemplatesInSteps } from './templatesInSteps';

/**
 * The PaneApi over the server's calls; `loadCheck` gives the check's code (by default the
 * server's SidebarCheck file, run in this page once).
 *
 * @example
 * mountPane(root, sheetsPaneApi(serverCalls(serverCaller(() => google.script.run))));
 */
export function sheetsPaneApi(
  server: SidebarCalls,
  loadCheck: LoadCheck = lazyCheck(checkFromServer(server)),
): PaneApi {
  return {
    host: 'sheets',
    listTemplateSheets: () => server.hwbcListTemplateSheets(),
    // In steps, like the check: each sheet is made in a short execution of its own, with progress and Cancel.
    createTemplates: (options, watch) => createTemplatesInSteps(server, options, watch),
    newHire: (details) => server.hwbcNewHire(details),
    // The guess reads values only (a long sheet's too): it needs no formulas.
    guessMappings: async () =>
      (await loadCheck()).guessMappings(new SteppedPort(server, {}, ROWS_PER_STEP, true, false)),
    // Run here, in the sidebar, over short server steps: no one execution nears Apps Script's
    // 6-minute limit, and the panel shows progress and can stop between steps.
    // Asked as the Excel pane asks it (paneCheckOptions: no monthly figures).
    checkWorkbook: async (options, watch) =>
      (await loadCheck()).checkWorkbook(new SteppedPort(server, watch), paneCheckOptions(options)),
    signOffPack: async (coach, options) =>
      (await loadCheck()).createSignOffPack(new SteppedPort(server, {}, ROWS_PER_STEP, false), coach, options.asOf),
    listFunctions: () => server.hwbcListFunctions(),
    createSelfTest: () => server.hwbcCreateSelfTest(),
    insertFormula: (formula) => server.hwbcInsertFormula(formula),
    selectCell: (sheet, row, column) => server.hwbcSelectCell(sheet, row, column),
  };
}
