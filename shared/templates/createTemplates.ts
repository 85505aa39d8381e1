/**
 * "Create template sheets": adds the template sheets a workbook lacks, in dependency order,
 * and never touches a sheet that exists — it reports each one it left alone. A new sheet's
 * formulas read other template sheets by column letter, so a sheet of the user's own that has
 * a template sheet's name but other headers (their own "Settings", say) would feed those
 * formulas the wrong cells: the sheets that would read it are not created, and the report
 * says why.
 */
import type { TemplateOptions, TemplateResult } from '../api';
import type { SheetData, WorkbookPort } from '../workbook';
import { sampleTeam } from './sample/sampleTeam';
import { isTemplateSheet } from './templateHeaders';
import { TEMPLATE_MESSAGES } from './templateMessages';
import { CREATION_ORDER, SHEET_DEPENDENCIES, templateColumns } from './templateSheets';
import { rowsReadState, writeRowsRead } from './rowsReadCells';
import { addTemplateSheets, inSteps, type TemplatePlan } from './templateSteps';

export { TEMPLATE_MESSAGES };

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

/** Why a missing sheet cannot be created: the sheet it reads, and the user's sheet in the way. */
interface Blocked {
  reads: string;
  yours: string;
}

/**
 * The missing sheets that would read a sheet of the user's own, directly or through another
 * missing sheet that cannot be created either.
 */
function blockedSheets(missing: readonly string[], foreign: ReadonlyMap<string, string>): Map<string, Blocked> {
  const blocked = new Map<string, Blocked>();
  // Competencies and the Evidence log read each other, so repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of missing) {
      if (blocked.has(name)) continue;
      const reads = SHEET_DEPENDENCIES[name] ?? [];
      // A sheet of the user's own read directly is named first; else one read through another.
      const direct = reads.find((r) => foreign.has(r));
      const through = reads.find((r) => blocked.has(r));
      if (direct !== undefined) blocked.set(name, { reads: direct, yours: foreign.get(direct) as string });
      else if (through !== undefined)
        blocked.set(name, { reads: through, yours: (blocked.get(through) as Blocked).yours });
      else continue;
      changed = true;
    }
  }
  return blocked;
}

/**
 * The plan for adding the template sheets that are missing (all, or `options.sheets` and the
 * sheets their formulas need). One `read` of each existing template-named sheet a new sheet
 * would read (to see it is the template's); nothing is written.
 *
 * @example
 * await planTemplates(port, {});
 * // { steps: [['Settings'], ['Hours log'], …, ['Competencies', 'Evidence log']], skipped: [] }
 */
export async function planTemplates(port: WorkbookPort, options: TemplateOptions = {}): Promise<TemplatePlan> {
  return (await planned(port, options)).plan;
}

/** The plan, with what working it out read: the sheet names and each template-named sheet read. */
async function planned(
  port: WorkbookPort,
  options: TemplateOptions,
): Promise<{ plan: TemplatePlan; names: string[]; read: Map<string, SheetData> }> {
  const requested = options.sheets ?? CREATION_ORDER;
  const skipped: TemplateResult['skipped'] = requested
    .filter((s) => !CREATION_ORDER.includes(s))
    .map((sheet) => ({ sheet, reason: TEMPLATE_MESSAGES.unknown }));
  // Sheet names are case-blind in Excel and Sheets: "coaches" is the Coaches sheet.
  const names = await port.sheetNames();
  const existing = new Map(names.map((n) => [n.toLowerCase(), n]));
  const read = new Map<string, SheetData>();
  const wanted = withDependencies(requested.filter((s) => CREATION_ORDER.includes(s)));
  const missing = wanted.filter((n) => !existing.has(n.toLowerCase()));
  const readByNew = new Set(missing.flatMap((n) => SHEET_DEPENDENCIES[n] ?? []));
  const foreign = new Map<string, string>();
  for (const name of wanted) {
    const yours = existing.get(name.toLowerCase());
    if (yours === undefined || !readByNew.has(name)) continue;
    const data = await port.read(yours);
    read.set(yours, data);
    if (!isTemplateSheet(data, templateColumns(name))) foreign.set(name, yours);
  }
  const blocked = blockedSheets(missing, foreign);
  const toAdd: string[] = [];
  for (const name of wanted) {
    const yours = existing.get(name.toLowerCase());
    const stop = blocked.get(name);
    if (yours !== undefined) {
      const reason = foreign.has(name) ? TEMPLATE_MESSAGES.notTemplate(yours) : TEMPLATE_MESSAGES.exists;
      skipped.push({ sheet: name, reason });
    } else if (stop) {
      skipped.push({ sheet: name, reason: TEMPLATE_MESSAGES.readsOther(name, stop.reads, stop.yours) });
    } else toAdd.push(name);
  }
  return { plan: { steps: inSteps(toAdd), skipped }, names, read };
}

/**
 * Adds the template sheets that are missing (all, or `options.sheets` and the sheets their
 * formulas need), optionally filled with the demonstration team: the plan, then each step.
 *
 * @example
 * await createTemplates(port, { sample: true });
 * // { added: ['Settings', 'Hours log', …], skipped: [] }
 */
export async function createTemplates(port: WorkbookPort, options: TemplateOptions = {}): Promise<TemplateResult> {
  const { plan, names, read } = await planned(port, options);
  // Read before the first write, as everything else: Settings' rows-read cells still blank.
  let rowsRead = await rowsReadState(port, names, read);
  const sample = options.sample && plan.steps.length ? sampleTeam((await port.info()).today) : undefined;
  for (const [i, step] of plan.steps.entries()) {
    const later = plan.steps.slice(i + 1).flat();
    rowsRead = (await addTemplateSheets(port, step, sample, rowsRead, later)) ?? rowsRead;
  }
  // With nothing to add, a rows-read cell cleared since is written again.
  if (plan.steps.length === 0) await writeRowsRead(port, rowsRead, []);
  return { added: plan.steps.flat(), skipped: plan.skipped };
}
