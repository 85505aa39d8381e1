/**
 * The synthetic workbook in the template's layout: the template sheets, created through the
 * port exactly as "Create template sheets" creates them, but holding the synthetic team.
 */
import type { SampleTeam } from '../../shared/templates/sample/sampleTeam';
import { rowsReadState } from '../../shared/templates/rowsReadCells';
import { CREATION_ORDER } from '../../shared/templates/templateSheets';
import { addTemplateSheets, inSteps } from '../../shared/templates/templateSteps';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import type { WorkbookPort } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { coachesFor } from './sizes';
import { syntheticTeam } from './team';

/**
 * The day the synthetic workbook is checked on.
 *
 * @example
 * AS_OF; // '2026-03-20'
 */
export const AS_OF: IsoDate = '2026-03-20';

/**
 * Adds every template sheet holding `team`'s rows, making the port calls `createTemplates`
 * makes in a workbook without template sheets: the sheet names, Settings' rows-read cells as
 * known before any write, today, then its own steps (templateSteps.ts) in creation order,
 * each step's sheets, the Competencies coverage with it, and Settings' rows-read cells once
 * the logs they read are there, written once where a later step adds a log they wait for.
 * Only the team differs from the demonstration one. The bench checks that the two make as
 * many host calls, and test/bench/syntheticWorkbook.test.ts that they make the same calls.
 *
 * @example
 * await createTemplateSheets(port, syntheticTeam(100, AS_OF));
 */
export async function createTemplateSheets(port: WorkbookPort, team: SampleTeam): Promise<void> {
  const names = await port.sheetNames();
  let rowsRead = await rowsReadState(port, names);
  await port.info();
  const steps = inSteps(CREATION_ORDER);
  for (const [i, step] of steps.entries()) {
    rowsRead = (await addTemplateSheets(port, step, team, rowsRead, steps.slice(i + 1).flat())) ?? rowsRead;
  }
}

/**
 * An in-memory workbook of the template sheets holding about `logRows` log rows (one coach
 * per hundred). Formula cells show their formula text, as in a file nobody has recalculated.
 *
 * @example
 * const wb = await syntheticWorkbook(100_000); // 1,000 coaches
 */
export async function syntheticWorkbook(logRows: number): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ today: AS_OF });
  await createTemplateSheets(wb, syntheticTeam(coachesFor(logRows), AS_OF));
  wb.calls = 0;
  return wb;
}
