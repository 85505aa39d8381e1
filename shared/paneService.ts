/**
 * The part of the pane's API that works on any workbook port: every host (Excel in the pane,
 * Apps Script on the server, the demo page in memory) answers the pane through this, and adds
 * only what needs the host itself (inserting a formula, selecting a cell).
 */
import type { FunctionInfo, PaneApi, SelfTestResult } from './api';
import { checkWorkbook, guessMappings } from './check';
import { evaluate, exampleFormula, exampleValues, FUNCTIONS, Host } from './functions';
import { SELF_TEST_SHEET, selfTestSheet } from './selftest';
import { addNewHire, createTemplates, TEMPLATE_SHEET_NAMES } from './templates';
import { readContext } from './values/context';
import type { WorkbookPort } from './workbook';

export type PortMethods = Omit<PaneApi, 'host' | 'insertFormula' | 'selectCell' | 'openHireWorkbook'>;

function showResult(value: unknown): string {
  if (value === null) return '(blank)';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * The function reference for a host's spelling, each with its example and what it gives.
 *
 * @example
 * listFunctions('sheets')[0].name; // 'HWBC_TIER'
 */
export function listFunctions(host: Host, today = '2026-04-01'): FunctionInfo[] {
  return FUNCTIONS.map((f) => {
    const r = evaluate(f, exampleValues(f), readContext(today));
    const first = r.cells[0][0];
    const exampleResult =
      f.result === 'table'
        ? `a table of ${r.cells.length - 1} rows with a header`
        : first.ok
          ? showResult(first.value)
          : first.error.message;
    return {
      name: host === 'excel' ? `HWBC.${f.name}` : `HWBC_${f.name}`,
      help: f.help,
      params: f.params.map((p) => ({ name: p.name, help: p.help, optional: p.optional === true })),
      example: exampleFormula(f, host),
      exampleResult,
    };
  });
}

/**
 * Adds the functions self-test sheet for a host's spelling; never replaces a sheet of that name.
 *
 * @example
 * await createSelfTest(port, 'excel'); // { message: 'Added the sheet HWBC Self-test with 49 checks. …' }
 */
export async function createSelfTest(port: WorkbookPort, spelling: Host): Promise<SelfTestResult> {
  if ((await port.sheetNames()).includes(SELF_TEST_SHEET)) {
    throw new Error(`There is already a sheet called ${SELF_TEST_SHEET}. Delete or rename it, then try again.`);
  }
  const sheet = selfTestSheet(spelling);
  await port.addSheet(sheet);
  return {
    message:
      `Added the sheet ${SELF_TEST_SHEET} with ${sheet.rows.length - 1} checks. Row 2 says PASS when every ` +
      'function gives its expected answer here; a FAIL row shows which one does not.',
  };
}

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
    checkWorkbook: (options) => checkWorkbook(port, options),
    listFunctions: async () => listFunctions(spelling),
    createSelfTest: () => createSelfTest(port, spelling),
  };
}
