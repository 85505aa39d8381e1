/**
 * "Create template sheets" driven from the sidebar, a step at a time: the server plans, then
 * adds one step's sheets per execution (server/templateSteps.ts). Between steps the sidebar
 * reports the sheets made so far and stops if the user pressed Cancel, saying which sheets
 * were made (each complete) and which were not started.
 */
import type { TemplateOptions, TemplateResult, TemplateWatch } from '../../../shared/api';
import { TEMPLATE_MESSAGES } from '../../../shared/templates/templateMessages';
import type { SidebarCalls } from '../common/sidebarServer';

/**
 * Creates the missing template sheets in steps over the server's calls.
 *
 * @example
 * await createTemplatesInSteps(server, { sample: true }, { progress: show, cancelled: () => stop });
 * // { added: ['Settings', 'Hours log'], skipped: [], stopped: ['Supervision log', …] } after a Cancel
 */
export async function createTemplatesInSteps(
  server: SidebarCalls,
  options: TemplateOptions,
  watch: TemplateWatch = {},
): Promise<TemplateResult> {
  const plan = await server.hwbcPlanTemplates(options);
  const sheets = plan.steps.flat().length;
  const added: string[] = [];
  const skipped = [...plan.skipped];
  for (const [i, step] of plan.steps.entries()) {
    if (watch.cancelled?.()) return { added, skipped, stopped: plan.steps.slice(i).flat() };
    // The sheets still to come, so Settings' rows-read cells wait for the last log they read and
    // go in one write; after a Cancel the next run writes what was left (rowsReadCells.ts).
    const later = plan.steps.slice(i + 1).flat();
    const made = await server.hwbcAddTemplateSheets(step, options.sample === true, later);
    added.push(...made);
    // A sheet made by someone else since the plan is left alone, as the one-go creation does.
    for (const sheet of step.filter((s) => !made.includes(s)))
      skipped.push({ sheet, reason: TEMPLATE_MESSAGES.exists });
    watch.progress?.({ created: added.length, sheets, sheet: step[step.length - 1] });
  }
  // Nothing to add: one empty step writes Settings' rows-read cells again if they were cleared.
  if (plan.steps.length === 0) await server.hwbcAddTemplateSheets([], options.sample === true);
  return { added, skipped };
}
