/**
 * The pane's API in the Google Sheets sidebar: every call goes to the server function of the
 * same purpose (names in entryPoints.ts) through google.script.run.
 */
import type { PaneApi } from '../../shared/api';
import type { ServerCall } from './scriptRun';

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
    checkWorkbook: (options) => call('hwbcCheckWorkbook', options),
    signOffPack: (coach, options) => call('hwbcSignOffPack', coach, options),
    listFunctions: () => call('hwbcListFunctions'),
    insertFormula: (formula) => call('hwbcInsertFormula', formula),
    selectCell: (sheet, row, column) => call('hwbcSelectCell', sheet, row, column),
  };
}
