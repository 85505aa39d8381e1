/**
 * Template creation in steps: a plan's sheets are added a step at a time, each step leaving
 * only complete sheets behind, so a host that runs each step as its own short execution (the
 * Google Sheets sidebar) can stop between steps and never leave half a sheet.
 */
import type { TemplateResult } from '../api';
import type { WorkbookPort } from '../workbook';
import { competenciesSheet } from './sheets/competenciesSheet';
import { COMPETENCIES } from './sheets/competencyEntries';
import type { SampleTeam } from './sample/sampleTeam';
import { SHEET_DEPENDENCIES, templateSheet } from './templateSheets';
import { type RowsReadState, rowsReadState, touchesRowsRead, writeRowsRead } from './rowsReadCells';

/**
 * What creating templates will do, worked out before any sheet is added: the sheets to add, in
 * steps (a step is one sheet, or sheets whose formulas read each other, which are only
 * complete together), and the sheets left alone with why.
 */
export interface TemplatePlan {
  steps: string[][];
  skipped: TemplateResult['skipped'];
}

/**
 * Consecutive sheets grouped where an earlier one reads a later one (Competencies ↔ Evidence log).
 *
 * @example
 * inSteps(['Coaches', 'Competencies', 'Evidence log']); // [['Coaches'], ['Competencies', 'Evidence log']]
 */
export function inSteps(sheets: readonly string[]): string[][] {
  const steps: string[][] = [];
  for (const name of sheets) {
    const last = steps[steps.length - 1];
    if (last?.some((s) => (SHEET_DEPENDENCIES[s] ?? []).includes(name))) last.push(name);
    else steps.push([name]);
  }
  return steps;
}

/**
 * Adds one step of a plan, complete: each sheet, then (with Competencies) the coverage
 * formulas, which read the Evidence log added in the same step or already there, and the
 * Settings cells saying how far down the Training sheet and the Evidence log are read, once
 * Settings and the log are both there (rowsReadCells.ts). What is known of those cells before
 * the step may be passed in, else it is read first when the step concerns them; the answer is
 * what is known after it. `later` names the sheets the run adds after this step.
 *
 * @example
 * await addTemplateSheets(port, ['Competencies', 'Evidence log']);
 */
export async function addTemplateSheets(
  port: WorkbookPort,
  sheets: readonly string[],
  sample?: SampleTeam,
  before?: RowsReadState,
  later: readonly string[] = [],
): Promise<RowsReadState | undefined> {
  const known = before ?? (touchesRowsRead(sheets) ? await rowsReadState(port) : undefined);
  for (const name of sheets) await port.addSheet(templateSheet(name, sample));
  if (sheets.includes(COMPETENCIES)) {
    const { coverage } = competenciesSheet();
    await port.write(COMPETENCIES, { row: coverage.row, col: coverage.col }, coverage.block);
  }
  return known && writeRowsRead(port, known, sheets, later);
}
