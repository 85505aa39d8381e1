/**
 * "Create template sheets": adds the template sheets a workbook lacks, in dependency order,
 * and never touches a sheet that exists — it reports each one it left alone.
 */
import type { TemplateOptions, TemplateResult } from '../api';
import type { WorkbookPort } from '../workbook';
import { competenciesSheet } from './competenciesSheet';
import { COMPETENCIES } from './competencyEntries';
import { sampleTeam } from './sample/sampleTeam';
import { CREATION_ORDER, SHEET_DEPENDENCIES, templateSheet } from './templateSheets';

/**
 * Why a sheet was left alone, in the pane's words.
 *
 * @example
 * TEMPLATE_MESSAGES.exists; // 'A sheet with this name is already in the workbook, …'
 */
export const TEMPLATE_MESSAGES = {
  exists: 'A sheet with this name is already in the workbook, so it was left exactly as it is.',
  unknown: 'This is not one of the template sheets.',
} as const;

/**
 * The requested sheets and every sheet their formulas read, in creation order.
 *
 * @example
 * withDependencies(['Caseload']); // ['Hours log', 'Caseload']
 */
export function withDependencies(sheets: readonly string[]): string[] {
  const needed = new Set<string>();
  const visit = (name: string) => {
    if (needed.has(name)) return;
    needed.add(name);
    (SHEET_DEPENDENCIES[name] ?? []).forEach(visit);
  };
  sheets.forEach(visit);
  return CREATION_ORDER.filter((n) => needed.has(n));
}

/**
 * Adds the template sheets that are missing (all, or `options.sheets` and the sheets their
 * formulas need), optionally filled with the demonstration team. One `addSheet` per sheet,
 * plus one write for the Competencies sheet's coverage formulas.
 *
 * @example
 * await createTemplates(port, { sample: true });
 * // { added: ['Settings', 'Hours log', …], skipped: [] }
 */
export async function createTemplates(port: WorkbookPort, options: TemplateOptions = {}): Promise<TemplateResult> {
  const requested = options.sheets ?? CREATION_ORDER;
  const skipped: TemplateResult['skipped'] = requested
    .filter((s) => !CREATION_ORDER.includes(s))
    .map((sheet) => ({ sheet, reason: TEMPLATE_MESSAGES.unknown }));
  // Sheet names are case-blind in Excel and Sheets: "coaches" is the Coaches sheet.
  const existing = new Set((await port.sheetNames()).map((n) => n.toLowerCase()));
  const sample = options.sample ? sampleTeam((await port.info()).today) : undefined;
  const added: string[] = [];
  for (const name of withDependencies(requested.filter((s) => CREATION_ORDER.includes(s)))) {
    if (existing.has(name.toLowerCase())) {
      skipped.push({ sheet: name, reason: TEMPLATE_MESSAGES.exists });
      continue;
    }
    await port.addSheet(templateSheet(name, sample));
    added.push(name);
  }
  if (added.includes(COMPETENCIES)) {
    const { coverage } = competenciesSheet();
    await port.write(COMPETENCIES, { row: coverage.row, col: coverage.col }, coverage.block);
  }
  return { added, skipped };
}
