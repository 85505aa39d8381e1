/**
 * "Create template sheets" adds what is missing and never touches what exists: a Coaches sheet
 * of the user's own comes out byte for byte as it went in.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTemplates, TEMPLATE_MESSAGES } from '../../shared/templates';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
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
  it('leaves an existing Coaches sheet as it was, and adds no sheet whose formulas would read it', async () => {
    const wb = usersWorkbook();
    await wb.write('Coaches', { row: 1, col: 3 }, [[{ formula: '=B2*2' }]]);
    const before = await wb.read('Coaches');
    const result = await createTemplates(wb, { sample: true });
    expect(await wb.read('Coaches')).toEqual(before);
    expect(result.skipped).toEqual([
      { sheet: 'Coaches', reason: TEMPLATE_MESSAGES.notTemplate('Coaches') },
      { sheet: 'Competencies', reason: TEMPLATE_MESSAGES.readsOther('Competencies', 'Coaches', 'Coaches') },
      { sheet: 'Evidence log', reason: TEMPLATE_MESSAGES.readsOther('Evidence log', 'Coaches', 'Coaches') },
      { sheet: 'Monthly summary', reason: TEMPLATE_MESSAGES.readsOther('Monthly summary', 'Coaches', 'Coaches') },
    ]);
    expect(result.added).toEqual(['Settings', 'Hours log', 'Supervision log', 'Training', 'CPD log', 'Caseload']);
  });

  it("does not build on the user's own Settings sheet, and says so in plain words", async () => {
    const mine = [
      ['Setting', 'Value'],
      ['Practice', 'Riverside'],
    ];
    const wb = MemoryWorkbook.withSheets(TODAY, { Settings: mine });
    const result = await createTemplates(wb, {});
    expect(wb.sheets.get('Settings')?.values).toEqual(mine);
    // The Supervision log's action status and the Training sheet's renewals read Settings too.
    expect(result.added).toEqual(['Hours log', 'CPD log', 'Caseload']);
    expect(result.skipped).toEqual([
      { sheet: 'Settings', reason: TEMPLATE_MESSAGES.notTemplate('Settings') },
      { sheet: 'Supervision log', reason: TEMPLATE_MESSAGES.readsOther('Supervision log', 'Settings', 'Settings') },
      { sheet: 'Training', reason: TEMPLATE_MESSAGES.readsOther('Training', 'Settings', 'Settings') },
      {
        sheet: 'Coaches',
        reason:
          "Coaches was not created: its formulas read the Settings sheet, and your sheet called Settings is not the template's. Rename your sheet and create again.",
      },
      { sheet: 'Competencies', reason: TEMPLATE_MESSAGES.readsOther('Competencies', 'Settings', 'Settings') },
      { sheet: 'Evidence log', reason: TEMPLATE_MESSAGES.readsOther('Evidence log', 'Competencies', 'Settings') },
      { sheet: 'Monthly summary', reason: TEMPLATE_MESSAGES.readsOther('Monthly summary', 'Settings', 'Settings') },
    ]);
    // No formula anywhere names a sheet that is not the template's own.
    for (const [name, sheet] of wb.sheets) {
      if (name === 'Settings') continue;
      expect({ name, reads: sheet.formulas.flat().some((f) => f !== null && f.includes('Settings!')) }).toEqual({
        name,
        reads: false,
      });
    }
  });

  it("builds on a sheet that is the template's own, reading each such sheet once", async () => {
    const wb = new MemoryWorkbook({ today: TODAY });
    await createTemplates(wb, {});
    await wb.deleteSheet('Coaches');
    await wb.deleteSheet('Caseload');
    const settingsBefore = await wb.read('Settings');
    wb.calls = 0;
    const result = await createTemplates(wb, {});
    expect(result.added).toEqual(['Caseload', 'Coaches']);
    expect(result.skipped.map((s) => s.reason).every((r) => r === TEMPLATE_MESSAGES.exists)).toBe(true);
    expect(await wb.read('Settings')).toEqual(settingsBefore);
    // sheetNames, a read of Settings, Hours log, Supervision log, Training and CPD log, two addSheets.
    expect(wb.calls).toBe(1 + 5 + 2 + 1);
  });

  it('knows a sheet whatever the case of its name', async () => {
    const wb = MemoryWorkbook.withSheets(TODAY, { 'hours LOG': [['mine']] });
    const result = await createTemplates(wb, {});
    expect(result.skipped.map((s) => s.sheet)).toEqual([
      'Hours log',
      'Caseload',
      'Coaches',
      'Competencies',
      'Evidence log',
      'Monthly summary',
    ]);
    expect(result.skipped[0].reason).toBe(TEMPLATE_MESSAGES.notTemplate('hours LOG'));
    expect(result.skipped[1].reason).toBe(TEMPLATE_MESSAGES.readsOther('Caseload', 'Hours log', 'hours LOG'));
    expect(wb.sheets.get('hours LOG')?.values).toEqual([['mine']]);
    expect(wb.sheets.has('Hours log')).toBe(false);
  });

  it('adds the Evidence log with Competencies, whose coverage formulas read it', async () => {
    const wb = new MemoryWorkbook({ today: TODAY });
    const result = await createTemplates(wb, { sheets: ['Competencies'] });
    expect(result.added).toContain('Evidence log');
    const coverage = (await wb.read('Competencies')).formulas.flat().filter((f): f is string => f !== null);
    expect(coverage.some((f) => f.includes("'Evidence log'!"))).toBe(true);
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
    // sheetNames, one addSheet per sheet, one write of the coverage formulas and one of both
    // Settings "rows read" cells, once the last log they read is made (+ info for the date).
    expect(empty.calls).toBe(1 + 10 + 1 + 1);
    expect(sample.calls).toBe(1 + 1 + 10 + 1 + 1);
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

    expect(result.skipped.map((s) => s.sheet)).toEqual(['Coaches', 'Competencies', 'Evidence log', 'Monthly summary']);
    expect(await withTemplates.read('Coaches')).toEqual(before);
    const xmlBefore = await sheetXml(await untouched.toBuffer(), 'Coaches');
    const xmlAfter = await sheetXml(await withTemplates.toBuffer(), 'Coaches');
    expect(xmlAfter).toBe(xmlBefore);
    expect(xmlAfter).toContain('<f>B2*2</f>');
  });
});
