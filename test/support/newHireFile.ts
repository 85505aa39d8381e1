/**
 * A new hire's own workbook written to a file, as New hire › own workbook makes it: the coach
 * workbooks the command-line tests check over a PCN's folder.
 */
import * as fs from 'fs';
import type { NewHireDetails } from '../../shared/api';
import { newHireWorkbook } from '../../src/xlsx/newHire/newHireWorkbook';

/**
 * Writes the own workbook of a coach who started on 1 October 2025 at 0.6 WTE in Riverside PCN.
 *
 * @example
 * await writeNewHireFile('/tmp/pcn/asha.xlsx', 'Asha Rao', 'HWBC-9', '2026-03-20');
 */
export async function writeNewHireFile(file: string, name: string, id: string, today: string): Promise<void> {
  const details: NewHireDetails = {
    name,
    id,
    organisation: 'Riverside PCN',
    startDate: '2025-10-01',
    wte: 0.6,
    pciDate: null,
    priorHours: 0,
    lineManager: '',
    clinicalSupervisor: '',
    coachingSupervisor: '',
  };
  fs.writeFileSync(file, (await newHireWorkbook(details, { today })).bytes);
}
