/**
 * The server's half of "Create template sheets" run in steps from the sidebar: one short
 * execution works out the plan, then each step adds its sheets, complete, in an execution of
 * its own. No execution comes near Apps Script's 6-minute limit, the sidebar shows each sheet
 * as it is made, and a Cancel between steps leaves only whole sheets.
 */
import { planTemplates } from '../../../shared/templates/createTemplates';
import { TEMPLATE_MESSAGES } from '../../../shared/templates/templateMessages';
import { sampleTeam } from '../../../shared/templates/sample/sampleTeam';
import { CREATION_ORDER } from '../../../shared/templates/templateSheets';
import { addTemplateSheets, type TemplatePlan } from '../../../shared/templates/templateSteps';
import { rowsReadState, touchesRowsRead } from '../../../shared/templates/rowsReadCells';
import type { TemplateOptions } from '../../../shared/api';
import { runToCompletion } from './runToCompletion';
import { SheetsWorkbook } from './sheetsWorkbook';

/**
 * The plan: the sheets to add, in steps, and the ones left alone with why.
 *
 * @example
 * hwbcPlanTemplates({ sample: true }); // { steps: [['Settings'], …, ['Competencies', 'Evidence log']], skipped: [] }
 */
export function hwbcPlanTemplates(options?: TemplateOptions): TemplatePlan {
  return runToCompletion(() => planTemplates(new SheetsWorkbook(), options ?? {}));
}

/**
 * One step: adds these template sheets (optionally with the demonstration team's rows) and
 * answers the ones added. A sheet someone made since the plan is left alone, never replaced.
 * An empty step adds nothing and writes Settings' rows-read cells if they are blank. `later`
 * names the sheets the plan's later steps add: a rows-read cell whose partner's log is among
 * them waits for it, so the two cells are one write, as in creating the templates in one go.
 *
 * @example
 * hwbcAddTemplateSheets(['Training'], false, ['Coaches', 'Competencies', 'Evidence log']); // ['Training']
 */
export function hwbcAddTemplateSheets(sheets: string[], sample: boolean, later: string[] = []): string[] {
  const unknown = sheets.find((s) => !CREATION_ORDER.includes(s));
  if (unknown !== undefined) throw new Error(`${unknown}: ${TEMPLATE_MESSAGES.unknown}`);
  const port = new SheetsWorkbook();
  return runToCompletion(async () => {
    const names = await port.sheetNames();
    const existing = new Set(names.map((n) => n.toLowerCase()));
    const step = sheets.filter((s) => !existing.has(s.toLowerCase()));
    // Read before the first write: Settings' rows-read cells, when the step concerns them.
    const rowsRead = touchesRowsRead(step) ? await rowsReadState(port, names) : undefined;
    const team = sample && step.length > 0 ? sampleTeam((await port.info()).today) : undefined;
    await addTemplateSheets(port, step, team, rowsRead, later);
    return step;
  });
}
