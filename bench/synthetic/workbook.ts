/**
 * The synthetic workbook in the template's layout: the template sheets, created through the
 * port exactly as "Create template sheets" creates them, but holding the synthetic team.
 */
import { competenciesSheet } from '../../shared/templates/sheets/competenciesSheet';
import { COMPETENCIES } from '../../shared/templates/sheets/competencyEntries';
import type { SampleTeam } from '../../shared/templates/sample/sampleTeam';
import { rowsReadState, writeRowsRead } from '../../shared/templates/rowsReadCells';
import { CREATION_ORDER, templateSheet } from '../../shared/templates/templateSheets';
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
 * makes in a workbook without template sheets (the sheet names and today, one `addSheet` a
 * sheet in creation order, Settings' rows-read cells once their logs exist, then the
 * Competencies coverage block), with this team in place
 * of the demonstration one. The bench checks that the two make as many host calls.
 *
 * @example
 * await createTemplateSheets(port, syntheticTeam(100, AS_OF));
 */
export async function createTemplateSheets(port: WorkbookPort, team: SampleTeam): Promise<void> {
  const names = await port.sheetNames();
  await port.info();
  // Settings' rows-read cells, each written once Settings and the log it reads are both there.
  let rowsRead = await rowsReadState(port, names);
  for (const name of CREATION_ORDER) {
    await port.addSheet(templateSheet(name, team));
    rowsRead = await writeRowsRead(port, rowsRead, [name]);
  }
  const { coverage } = competenciesSheet();
  await port.write(COMPETENCIES, { row: coverage.row, col: coverage.col }, coverage.block);
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
