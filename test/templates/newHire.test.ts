/**
 * New hire: the coach is added below the last coach without overwriting a cell; an ID already
 * on Coaches is refused; the first due dates work themselves out.
 */
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { supervisionDue } from '../../shared/rules/supervision/supervisionDue';
import {
  addNewHire,
  COACHES_COLUMNS,
  createTemplates,
  NEW_HIRE_MESSAGES,
  NewHireError,
  templateSheet,
} from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import { columnLetter } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { newHireWorkbook } from '../../src/xlsx/newHire/newHireWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculate } from '../support/libreoffice';
import { HIRE } from '../fixtures/newHire';

const TODAY = '2026-03-20';
const hire = HIRE;
const col = (key: string) => columnIndex(COACHES_COLUMNS, key);

async function templateWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ today: TODAY });
  await createTemplates(wb, {});
  return wb;
}

describe('addNewHire', () => {
  it('adds the coach to Coaches and their 25 checklist lines to Training, below what is there', async () => {
    const wb = await templateWorkbook();
    expect(await addNewHire(wb, hire)).toEqual({ added: ['Coaches row 2', 'Training rows 2–26'], skipped: [] });
    expect(await addNewHire(wb, { ...hire, id: 'HWBC-009', pciDate: null })).toEqual({
      added: ['Coaches row 3', 'Training rows 27–51'],
      skipped: [],
    });
    const coaches = await wb.read('Coaches');
    expect(coaches.values[1].slice(0, 10)).toEqual([
      'HWBC-008',
      'Hana Ito',
      'Riverside PCN',
      '2026-01-31',
      0.6,
      60,
      'Jo Morgan',
      'Dr Tom Reid',
      'Amira Khan',
      null,
    ]);
    // The formulas of the row were there already and are still the template's own.
    expect(coaches.formulas[1][col('claimedTier')]).toBe(
      (templateSheet('Coaches').rows[0][col('claimedTier')] as { formula: string }).formula,
    );
    const training = await wb.read('Training');
    expect(training.values[1].slice(0, 6)).toEqual([
      'HWBC-008',
      'PCI training',
      'PCI',
      expect.stringContaining('PCI'),
      'Yes',
      '2026-01-10',
    ]);
    expect(training.values.slice(26, 51).every((r) => r[0] === 'HWBC-009' && r[5] === null)).toBe(true);
  });

  it('refuses an ID already on Coaches, in any case, and writes nothing', async () => {
    const wb = await templateWorkbook();
    await addNewHire(wb, hire);
    const before = wb.calls;
    const error = await addNewHire(wb, { ...hire, id: 'hwbc-008', name: 'Someone else' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewHireError);
    expect((error as NewHireError).errors).toEqual({ id: NEW_HIRE_MESSAGES.idTaken('hwbc-008', 2) });
    expect(wb.calls - before).toBe(2); // sheetNames and read: no write
  });

  it('never overwrites a cell: a note typed under the last coach pushes the new coach below it', async () => {
    const wb = await templateWorkbook();
    await wb.write('Coaches', { row: 4, col: 1 }, [['(vacancy)']]);
    expect((await addNewHire(wb, hire)).added[0]).toBe('Coaches row 6');
    expect((await wb.read('Coaches')).values[4][1]).toBe('(vacancy)');
  });

  it('writes the formulas too when the row is past the pre-filled ones', async () => {
    const wb = await templateWorkbook();
    await wb.write(
      'Coaches',
      { row: 1, col: 0 },
      Array.from({ length: 200 }, (_, i) => [`C${i}`]),
    );
    expect((await addNewHire(wb, hire)).added[0]).toBe('Coaches row 202');
    expect((await wb.read('Coaches')).formulas[201][col('claimedTier')]).toContain(`${columnLetter(col('hours'))}202`);
  });

  it('creates Coaches and Training in an empty workbook, and leaves a Coaches sheet of other columns alone', async () => {
    const empty = new MemoryWorkbook({ today: TODAY });
    expect((await addNewHire(empty, hire)).added).toEqual(['Coaches row 2', 'Training rows 2–26']);
    const own = MemoryWorkbook.withSheets(TODAY, { Coaches: [['Name', 'Hours']], Training: [['x']] });
    expect(await addNewHire(own, hire)).toEqual({
      added: [],
      skipped: [{ sheet: 'Coaches', reason: expect.stringContaining("template's columns") }],
    });
    expect(own.sheets.get('Coaches')?.values).toEqual([['Name', 'Hours']]);
  });

  it("does not make a Coaches sheet that would read the user's own Settings sheet", async () => {
    const own = MemoryWorkbook.withSheets(TODAY, { Settings: [['Practice', 'Riverside']] });
    const result = await addNewHire(own, hire);
    // The Supervision log (action status) and Training (planned dates, renewals) read Settings too.
    expect(result.added).toEqual(['Hours log sheet', 'CPD log sheet']);
    expect(result.skipped).toContainEqual({
      sheet: 'Coaches',
      reason: expect.stringContaining('your sheet called Settings is not the template'),
    });
    expect(own.sheets.has('Coaches')).toBe(false);
    expect(own.sheets.get('Settings')?.values).toEqual([['Practice', 'Riverside']]);
  });

  it('gives the new coach first due dates by themselves (recalculated by LibreOffice)', async () => {
    const wb = new XlsxWorkbook({ today: TODAY });
    await createTemplates(wb, {});
    await addNewHire(wb, hire);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-hire-')), 'hire.xlsx');
    await wb.save(file);
    const row = (await recalculate(file))['Coaches'][1];
    expect(row[col('dueLine')]).toBe(supervisionDue('line', null, hire.wte, hire.startDate));
    expect(row[col('dueClinical')]).toBe(supervisionDue('clinical', null, hire.wte, hire.startDate));
    expect(row[col('dueCoaching')]).toBe(supervisionDue('coaching', null, hire.wte, hire.startDate));
    expect([row[col('pci')], row[col('hours')], row[col('claimedTier')], row[col('ready')]]).toEqual([
      '2026-01-10',
      '60',
      '1',
      'No',
    ]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('newHireWorkbook', () => {
  it("makes the hire's own .xlsx workbook with the coach on Coaches and Training", async () => {
    const { bytes, result } = await newHireWorkbook(hire, { today: TODAY });
    expect(result.added).toEqual(['Coaches row 2', 'Training rows 2–26']);
    const back = await XlsxWorkbook.fromBuffer(bytes);
    expect(await back.sheetNames()).toEqual(expect.arrayContaining(['Coaches', 'Training', 'Settings']));
    expect((await back.read('Coaches')).values[1][0]).toBe('HWBC-008');
    expect((await back.read('Settings')).values[1][1]).toBe('Riverside PCN');
    // The file asks the spreadsheet to work every formula out on opening.
    expect(await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string')).toContain(
      'fullCalcOnLoad="1"',
    );
  });
});
