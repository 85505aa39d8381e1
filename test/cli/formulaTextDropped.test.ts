/**
 * The text of formulas giving numbers is dropped before a sheet is decoded on both ways of
 * reading an .xlsx file for the check: the command line's native unpacking and the overview
 * page's (jszip, in the browser's worker, where only a Uint8Array is to hand). Both run each
 * sheet through the one rule and read the same cells; formulas giving text keep their text.
 */
import ExcelJS from 'exceljs';
import { nativeZip } from '../../src/cli/nativeZip';
import * as dropping from '../../src/xlsx/reading/sheetXml/numberFormulasDropped';
import { readXlsx } from '../../src/xlsx/reading/readXlsx';

/** A small workbook with formulas giving a number, true/false and text, each with its cached result. */
async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Coaches');
  ws.addRow(['Hours', 'Total', 'Over 50', 'Shown']);
  ws.addRow([
    120,
    { formula: 'SUM(A2:A9)', result: 120 },
    { formula: 'B2>50', result: true },
    { formula: '"="&"A2"', result: '=A2' },
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What reading the sheet gave, and the formula text that reached the decoder. */
async function read(open?: typeof nativeZip) {
  const spy = jest.spyOn(dropping, 'numberFormulasDropped');
  try {
    const port = await readXlsx(await workbookBytes(), {}, open, 'presence');
    const sheet = await port.read('Coaches');
    const decoded = spy.mock.results.map((r) => new TextDecoder().decode(r.value as Uint8Array)).join('');
    return { values: sheet.values, formulas: sheet.formulas, calls: spy.mock.calls.length, decoded };
  } finally {
    spy.mockRestore();
  }
}

describe('formula text giving numbers, dropped before decoding', () => {
  it("is dropped on the overview page's way of reading (jszip), as on the command line's", async () => {
    const overview = await read();
    const commandLine = await read(nativeZip);
    for (const way of [overview, commandLine]) {
      expect(way.calls).toBe(1);
      expect(way.decoded).not.toContain('SUM(A2:A9)');
      expect(way.decoded).not.toContain('B2&gt;50');
      expect(way.decoded).toContain('<f>&quot;=&quot;&amp;&quot;A2&quot;</f>');
    }
    expect(overview.values).toEqual(commandLine.values);
    expect(overview.formulas).toEqual(commandLine.formulas);
    expect(overview.values[1]).toEqual([120, 120, true, '=A2']);
    expect(overview.formulas[1]).toEqual([null, '=', '=', '="="&"A2"']);
  });

  it('is kept where all of a formula is asked for', async () => {
    const spy = jest.spyOn(dropping, 'numberFormulasDropped');
    const port = await readXlsx(await workbookBytes(), {}, undefined, 'text');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect((await port.read('Coaches')).formulas[1]).toEqual([null, '=SUM(A2:A9)', '=B2>50', '="="&"A2"']);
  });
});
