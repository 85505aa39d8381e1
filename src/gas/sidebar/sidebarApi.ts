/**
 * The pane's API in the Google Sheets sidebar: every call goes to the server function of the
 * same purpose (common/sidebarServer.ts) through google.script.run.
 */
import type { PaneApi } from '../../../shared/api';
import { checkWorkbook } from '../../../shared/check';
import type { SidebarCalls } from '../common/sidebarServer';
import { SteppedPort } from './steppedPort';
import { createTemplatesInSteps } from './templatesInSteps';

/**
 * The PaneApi over the server's calls.
 *
 * @example
 * mountPane(root, sheetsPaneApi(serverCalls(serverCaller(() => google.script.run))));
 */
export function sheetsPaneApi(server: SidebarCalls): PaneApi {
  return {
    host: 'sheets',
    listTemplateSheets: () => server.hwbcListTemplateSheets(),
    // In steps, like the check: each sheet is made in a short execution of its own, with progress and Cancel.
    createTemplates: (options, watch) => createTemplatesInSteps(server, options, watch),
    newHire: (details) => server.hwbcNewHire(details),
    guessMappings: () => server.hwbcGuessMappings(),
    // Run here, in the sidebar, over short server steps: no one execution nears Apps Script's
    // 6-minute limit, and the panel shows progress and can stop between steps.
    checkWorkbook: (options, watch) => checkWorkbook(new SteppedPort(server, watch), options),
    signOffPack: (coach, options) => server.hwbcSignOffPack(coach, options),
    listFunctions: () => server.hwbcListFunctions(),
    createSelfTest: () => server.hwbcCreateSelfTest(),
    insertFormula: (formula) => server.hwbcInsertFormula(formula),
    selectCell: (sheet, row, column) => server.hwbcSelectCell(sheet, row, column),
  };
}
