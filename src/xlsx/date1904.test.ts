import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook } from './xlsxWorkbook';
import { marks1904, with1904AsExcelWrites } from './date1904';

describe('marks1904', () => {
  it.each([
    ['<workbookPr date1904="1"/>', true],
    ['<workbookPr date1904="true"/>', true],
    ["<workbookPr defaultThemeVersion='164011' date1904 = ' TRUE '/>", true],
    ['<x:workbookPr date1904="1"/>', true],
    ['<workbookPr date1904="0"/>', false],
    ['<workbookPr date1904="false"/>', false],
    ['<workbookPr/>', false],
    ['<fileVersion date1904="1"/><workbookPr/>', false],
  ])('reads %s as %p', (xml, is1904) => {
    expect(marks1904(`<workbook>${xml}</workbook>`)).toBe(is1904);
  });
});

/** A 1904-system workbook with 15 March 2026 in A1, its marking rewritten as `mark`. */
async function marked(mark: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Coaches');
  ws.getCell('A1').value = new Date(Date.UTC(2026, 2, 15));
  ws.getCell('A1').numFmt = 'dd/mm/yyyy';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
  expect(xml).toContain('date1904="1"');
  zip.file('xl/workbook.xml', xml.replace('date1904="1"', `date1904="${mark}"`));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a 1904-system workbook', () => {
  it.each(['1', 'true'])('marked date1904="%s" is read in the 1904 system, its dates not shifted', async (mark) => {
    const port = await XlsxWorkbook.fromBuffer(await marked(mark), { today: '2026-03-20' });
    expect((await port.info()).dateSystem).toBe('1904');
    // 15 March 2026 is serial 46096 in the 1900 system, 1462 fewer in the 1904 system.
    expect((await port.read('Coaches')).values).toEqual([[46096 - 1462]]);
  });

  it('is written back with Excel’s marking, its dates unchanged', async () => {
    const bytes = await with1904AsExcelWrites(await marked('true'));
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/workbook.xml')?.async('string')).toContain('date1904="1"');
  });

  it('leaves a 1900-system workbook’s bytes as they are', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Coaches').getCell('A1').value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await with1904AsExcelWrites(bytes)).toBe(bytes);
  });
});
