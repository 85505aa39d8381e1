/**
 * New hire: adds a coach to the Coaches sheet and their checklist to the Training sheet. Their
 * training state, hours, tier and first supervision due dates then work themselves out, since
 * those columns are formulas.
 */
import type { NewHireDetails, NewHireResult } from '../api';
import type { WorkbookPort } from '../workbook';
import { sheetRow } from '../sheetPlaces';
import { appendRows } from './appendRows';
import { COACHES, COACHES_COLUMNS } from './sheets/coachesSheet';
import { createTemplates } from './createTemplates';
import { isTemplateSheet } from './templateHeaders';
import { checklistRows, TRAINING, TRAINING_COLUMNS } from './sheets/trainingSheet';
import { NEW_HIRE_MESSAGES, validateNewHire } from './validateNewHire';

/**
 * A problem with the form, by field, for the pane to show beside each field.
 *
 * @example
 * new NewHireError({ id: 'HWBC-003 is already on the Coaches sheet (row 4).' }).errors.id;
 */
export class NewHireError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors).join(' '));
    this.name = 'NewHireError';
  }
}

const NOT_TEMPLATE = (sheet: string) =>
  `The ${sheet} sheet does not have the template's columns, so nothing was written to it.`;

/**
 * Adds a new coach. Creates the Coaches and Training sheets first if the workbook lacks them;
 * refuses an ID already on Coaches; leaves alone a sheet that is not the template's own.
 *
 * @example
 * await addNewHire(port, { name: 'Hana Ito', id: 'HWBC-008', startDate: '2026-04-01', wte: 0.6, … });
 * // { added: ['Coaches row 9', 'Training rows 177–201'], skipped: [] }
 */
export async function addNewHire(port: WorkbookPort, details: NewHireDetails): Promise<NewHireResult> {
  const checked = validateNewHire(details);
  if (!checked.ok) throw new NewHireError(checked.errors as Record<string, string>);
  const hire = checked.value;
  const names = (await port.sheetNames()).map((n) => n.toLowerCase());
  if (!names.includes(COACHES.toLowerCase()) || !names.includes(TRAINING.toLowerCase())) {
    const created = await createTemplates(port, { sheets: [COACHES, TRAINING] });
    // Coaches could not be made (a sheet of the user's own is in the way): say why, write nothing.
    const refused = created.skipped.find((s) => s.sheet === COACHES && !names.includes(COACHES.toLowerCase()));
    if (refused) return { added: created.added.map((n) => `${n} sheet`), skipped: created.skipped };
  }
  const coaches = await port.read(COACHES);
  if (!isTemplateSheet(coaches, COACHES_COLUMNS)) {
    return { added: [], skipped: [{ sheet: COACHES, reason: NOT_TEMPLATE(COACHES) }] };
  }
  const taken = coaches.values.findIndex(
    (row, i) =>
      i > 0 &&
      String(row[0] ?? '')
        .trim()
        .toLowerCase() === hire.id.toLowerCase(),
  );
  if (taken > 0) throw new NewHireError({ id: NEW_HIRE_MESSAGES.idTaken(hire.id, sheetRow(coaches, taken) + 1) });

  const added: string[] = [];
  const skipped: NewHireResult['skipped'] = [];
  const row = await appendRows(port, coaches, COACHES_COLUMNS, [
    {
      id: hire.id,
      name: hire.name,
      organisation: hire.organisation || null,
      startDate: { date: hire.startDate },
      wte: hire.wte,
      priorHours: hire.priorHours,
      lineManager: hire.lineManager || null,
      clinicalSupervisor: hire.clinicalSupervisor || null,
      coachingSupervisor: hire.coachingSupervisor || null,
    },
  ]);
  added.push(`${COACHES} row ${row.first}`);

  const training = await port.read(TRAINING);
  if (!isTemplateSheet(training, TRAINING_COLUMNS)) {
    skipped.push({ sheet: TRAINING, reason: NOT_TEMPLATE(TRAINING) });
  } else {
    const lines = checklistRows({ coach: hire.id, completed: hire.pciDate ? { PCI: hire.pciDate } : {} });
    const rows = await appendRows(port, training, TRAINING_COLUMNS, lines);
    added.push(`${TRAINING} rows ${rows.first}–${rows.last}`);
  }
  return { added, skipped };
}
