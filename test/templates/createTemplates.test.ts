/**
 * "Create template sheets" adds what is missing and never touches what exists: a Coaches sheet
 * of the user's own comes out byte for byte as it went in.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTemplates, CREATION_ORDER, TEMPLATE_MESSAGES } from '../../shared/templates';
import { MemoryWorkbook } from '../../src/demo/memoryWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const TODAY = '2026-03-20';

/** The user's own Coaches sheet: values, a formula, a date. */
function usersWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.withSheets(TODAY, {
    Coaches: [
      ['Name', 'Hours', 'Started'],
      ['Asha', 120, 45000],
      ['Ben', 30, null],
    ],
  });
}

/** The XML of one worksheet of an .xlsx file, found through the workbook's relationships. */
async function sheetXml(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return zip.file(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`)!.async('string');
}

describe('createTemplates', () => {
  it('adds every missing sheet in dependency order and leaves an existing Coaches sheet as it was', async () => {
    const wb = usersWorkbook();
    await wb.write('Coaches', { row: 1, col: 3 }, [[{ formula: '=B2*2' }]]);
    const before = await wb.read('Coaches');
    const result = await createTemplates(wb, { sample: true });
    expect(await wb.read('Coaches')).toEqual(before);
    expect(result.skipped).toEqual([{ sheet: 'Coaches', reason: TEMPLATE_MESSAGES.exists }]);
    expect(result.added).toEqual(CREATION_ORDER.filter((s) => s !== 'Coaches'));
  });

  it('knows a sheet whatever the case of its name', async () => {
    const wb = MemoryWorkbook.withSheets(TODAY, { 'hours LOG': [['mine']] });
    const result = await createTemplates(wb, {});
    expect(result.skipped.map((s) => s.sheet)).toEqual(['Hours log']);
    expect(wb.sheets.get('hours LOG')?.values).toEqual([['mine']]);
    expect(wb.sheets.has('Hours log')).toBe(false);
  });

  it('adds the sheets a chosen sheet reads, and reports names that are not template sheets', async () => {
    const wb = new MemoryWorkbook({ today: TODAY });
    const result = await createTemplates(wb, { sheets: ['Caseload', 'Rota'] });
    expect(result).toEqual({
      added: ['Hours log', 'Caseload'],
      skipped: [{ sheet: 'Rota', reason: TEMPLATE_MESSAGES.unknown }],
    });
  });

  it('takes the same few port calls however many rows the sheets hold', async () => {
    const empty = new MemoryWorkbook({ today: TODAY });
    await createTemplates(empty, {});
    const sample = new MemoryWorkbook({ today: TODAY });
    await createTemplates(sample, { sample: true });
    // sheetNames, one addSheet per sheet, one write of the coverage formulas (+ info for the date).
    expect(empty.calls).toBe(1 + 8 + 1);
    expect(sample.calls).toBe(1 + 1 + 8 + 1);
  });

  it('leaves the worksheet XML of an existing Coaches sheet in an .xlsx file unchanged', async () => {
    const original = new ExcelJS.Workbook();
    const ws = original.addWorksheet('Coaches');
    ws.addRow(['Name', 'Hours', 'Started', 'Double']);
    ws.addRow(['Asha', 120, new Date(Date.UTC(2023, 4, 2)), { formula: 'B2*2' }]);
    ws.getCell('A1').note = 'Our own notes';
    ws.getCell('B1').font = { bold: true, color: { argb: 'FF0000FF' } };
    ws.mergeCells('A4:B4');
    const file = Buffer.from(await original.xlsx.writeBuffer());

    const untouched = await XlsxWorkbook.fromBuffer(file, { today: TODAY });
    const withTemplates = await XlsxWorkbook.fromBuffer(file, { today: TODAY });
    const before = await withTemplates.read('Coaches');
    const result = await createTemplates(withTemplates, { sample: true });

    expect(result.skipped.map((s) => s.sheet)).toEqual(['Coaches']);
    expect(await withTemplates.read('Coaches')).toEqual(before);
    const xmlBefore = await sheetXml(await untouched.toBuffer(), 'Coaches');
    const xmlAfter = await sheetXml(await withTemplates.toBuffer(), 'Coaches');
    expect(xmlAfter).toBe(xmlBefore);
    expect(xmlAfter).toContain('<f>B2*2</f>');
  });
});
