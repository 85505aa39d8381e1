/**
 * The pane's API in the Google Sheets sidebar: every call goes to the server function of the
 * same purpose (names in entryPoints.ts) through google.script.run.
 */
import type { PaneApi } from '../../../shared/api';
import { checkWorkbook } from '../../../shared/check';
import type { ServerCall } from './scriptRun';
import { SteppedPort } from './steppedPort';

/**
 * The PaneApi over a server caller.
 *
 * @example
 * mountPane(root, sheetsPaneApi(serverCaller(() => google.script.run)));
 */
export function sheetsPaneApi(call: ServerCall): PaneApi {
  return {
    host: 'sheets',
    listTemplateSheets: () => call('hwbcListTemplateSheets'),
    createTemplates: (options) => call('hwbcCreateTemplates', options),
    newHire: (details) => call('hwbcNewHire', details),
    guessMappings: () => call('hwbcGuessMappings'),
    // Run here, in the sidebar, over short server steps: no one execution nears Apps Script's
    // 6-minute limit, and the panel shows progress and can stop between steps.
    checkWorkbook: (options, watch) => checkWorkbook(new SteppedPort(call, watch), options),
    signOffPack: (coach, options) => call('hwbcSignOffPack', coach, options),
    listFunctions: () => call('hwbcListFunctions'),
    createSelfTest: () => call('hwbcCreateSelfTest'),
    insertFormula: (formula) => call('hwbcInsertFormula', formula),
    selectCell: (sheet, row, column) => call('hwbcSelectCell', sheet, row, column),
  };
}
