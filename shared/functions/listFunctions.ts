/**
 * The function reference the pane shows: every spreadsheet function in a host's spelling, with
 * its example and what the example gives. Kept apart from the pane's other actions so a host
 * that lists functions (the Apps Script server) does not also load the workbook check.
 */
import type { FunctionInfo } from '../api';
import { readContext } from '../values/context';
import { evaluate, exampleFormula, exampleValues, FUNCTIONS, type Host } from './index';

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
