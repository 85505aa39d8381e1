/**
 * The pieces of a new hire's own workbook file that run in the browser: base64 for
 * Excel.createWorkbook (no Node Buffer in the pane), the file's name, and the file itself.
 */
import fc from 'fast-check';
import type { NewHireDetails } from '../../shared/api';
import { SHEET_ORDER } from '../../shared/templates';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { bytesToBase64 } from '../../src/xlsx/newHire/base64';
import { hireWorkbookFile } from '../../src/xlsx/newHire/hireWorkbookFile';
import { hireWorkbookName } from '../../src/xlsx/newHire/hireWorkbookName';
import { hireWorkbookCoaches } from '../support/hireWorkbookCoaches';

describe('bytesToBase64', () => {
  it('gives what Node gives, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('encodes a file larger than one chunk of characters in full', () => {
    const bytes = Uint8Array.from({ length: 200_003 }, (_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes a view into a larger buffer from its own start', () => {
    const whole = Uint8Array.from([1, 2, 3, 80, 75, 3, 4, 9]);
    expect(bytesToBase64(whole.subarray(3, 7))).toBe('UEsDBA==');
  });
});

describe('hireWorkbookName', () => {
  it('is the ID and name, as .xlsx', () => {
    expect(hireWorkbookName({ id: 'HWBC-21', name: 'Priya Shah' })).toBe('HWBC-21 Priya Shah.xlsx');
  });

  it('replaces what no folder accepts in a file name, and drops trailing dots and spaces', () => {
    expect(hireWorkbookName({ id: 'RIV/021', name: 'Jo "JJ" Smith Jr.' })).toBe('RIV-021 Jo -JJ- Smith Jr.xlsx');
    expect(hireWorkbookName({ id: 'A:1', name: '  Ann \t Lee ' })).toBe('A-1 Ann Lee.xlsx');
  });
});

describe('hireWorkbookFile', () => {
  const hire: NewHireDetails = {
    name: 'Priya Shah',
    id: 'RIV/021',
    organisation: 'Riverside PCN',
    startDate: '2026-01-05',
    wte: 1,
    pciDate: null,
    priorHours: 12,
    lineManager: '',
    clinicalSupervisor: '',
    coachingSupervisor: '',
  };

  it('is an .xlsx file with only the hire on Coaches, named after them, and leaves the workbook alone', async () => {
    const port = MemoryWorkbook.withSheets('2026-03-20', { Team: [['Name'], ['Asha']] });
    const file = await hireWorkbookFile(hire, port);
    expect(file.name).toBe('RIV-021 Priya Shah.xlsx');
    expect(file.bytes).toBeInstanceOf(Uint8Array);
    expect(file.added[0]).toBe('Coaches row 2');
    const { coaches } = await hireWorkbookCoaches(file.bytes);
    expect(coaches.map((c) => [c['Coach ID'], c.Name])).toEqual([['RIV/021', 'Priya Shah']]);
    expect(await port.sheetNames()).toEqual(['Team']);
    // The new hire's workbook opens on Coaches.
    expect(await (await XlsxWorkbook.fromBuffer(file.bytes)).sheetNames()).toEqual(SHEET_ORDER);
  });
});
