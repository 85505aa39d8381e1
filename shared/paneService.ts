/**
 * The part of the pane's API that works on any workbook port: Excel's pane and the demo page
 * answer the pane through this, and add only what needs the host itself (inserting a formula,
 * selecting a cell). Google Sheets uses its parts apart: the server the templates, new hire,
 * function list and self-test; the sidebar the check, the guess and the sign-off pack.
 */
import type { PaneApi } from './api';
import { checkWorkbook, guessMappings } from './check';
import { listFunctions } from './functions/listFunctions';
import { paneCheckOptions } from './paneCheckOptions';
import type { Host } from './functions/naming';
import { createSelfTest } from './selftest/createSelfTest';
import { addNewHire, createTemplates, TEMPLATE_SHEET_NAMES } from './templates';
import { createSignOffPack } from './pack/createSignOffPack';
import type { WorkbookPort } from './workbook';

export { createSelfTest, listFunctions };

export type PortMethods = Omit<PaneApi, 'host' | 'insertFormula' | 'selectCell' | 'openHireWorkbook'>;

/**
 * The pane's workbook actions over a port.
 *
 * @example
 * const api = { host: 'demo', ...paneService(memoryWorkbook, 'sheets'), insertFormula, selectCell };
 */
export function paneService(port: WorkbookPort, spelling: Host): PortMethods {
  return {
    listTemplateSheets: async () => [...TEMPLATE_SHEET_NAMES],
    createTemplates: (options) => createTemplates(port, options),
    newHire: (details) => addNewHire(port, details),
    guessMappings: () => guessMappings(port),
    // The pane shows no monthly figures: none are worked out, and none weigh down the answer
    // Google Sheets sends to its sidebar.
    checkWorkbook: async (options) => {
      const { monthly: _monthly, ...shown } = await checkWorkbook(port, paneCheckOptions(options));
      return shown;
    },
    signOffPack: (coach, options) => createSignOffPack(port, coach, options.asOf),
    listFunctions: async () => listFunctions(spelling),
    createSelfTest: () => createSelfTest(port, spelling),
  };
}
