/**
 * The one read-only .xlsx reader (readXlsx.ts, used by `hwbc check` and the overview page's
 * worker) must see exactly what the exceljs port sees: every sheet's used range, each cell's value, whether it holds a
 * formula, the add-in's own settings, and so the same check. Tried on workbooks written by
 * exceljs (the template with the sample team, a new hire's own workbook, a merged title and
 * real dates) and by LibreOffice (cached results, its own attributes, shared strings).
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook, MAPPING_SETTING } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import type { WorkbookPort } from '../../shared/workbook';
import { readXlsx } from '../../src/xlsx/reading/readXlsx';
import { nativeZip } from '../../src/cli/nativeZip';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import JSZip from 'jszip';
import { sofficePath } from '../support/libreoffice';

const AS_OF = '2026-03-20';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-quick-'));
const files: Record<string, string> = {};

/** What a port shows of a workbook: every sheet as read, formulas as present or not. */
async function seen(port: WorkbookPort) {
  const out: Record<string, unknown> = {};
  for (const name of await port.sheetNames()) {
    const s = await port.read(name);
    out[name] = { ...s, formulas: s.formulas.map((row) => row.map((f) => f !== null)) };
  }
  return out;
}

beforeAll(async () => {
  const sample = new XlsxWorkbook({ today: AS_OF });
  await createTemplates(sample, { sample: true });
  await sample.setSetting(MAPPING_SETTING, { note: 'kept <&> "quoted"' });
  files.sample = path.join(dir, 'sample.xlsx');
  await sample.save(files.sample);

  const own = new ExcelJS.Workbook();
  own.properties.date1904 = true;
  const ws = own.addWorksheet('Team & co');
  ws.getCell('B2').value = 'Our coaches';
  ws.mergeCells('B2:F2');
  ws.addRow([]);
  ws.getRow(4).values = [null, 'Name', 'Start', 'WTE', 'Hours', 'Notes'];
  ws.getRow(5).values = [
    null,
    'Sam <Jones>',
    new Date(Date.UTC(2025, 8, 1)),
    0.6,
    { formula: 'D5*100', result: 60 },
    true,
  ];
  ws.getRow(6).values = [
    null,
    { richText: [{ text: 'Ali ' }, { font: { bold: true }, text: 'Khan' }] },
    '01/09/2025',
    '60%',
    12.5,
    { error: '#N/A' },
  ];
  files.own = path.join(dir, 'own.xlsx');
  await own.xlsx.writeFile(files.own);

  // LibreOffice writes its own way (every cell typed, its own attributes, cached results of
  // every formula): a sheet of the practice's own kind, a formula filled down 60 rows.
  const filled = new ExcelJS.Workbook();
  const log = filled.addWorksheet('Sessions');
  log.addRow(['Date', 'Coach', 'Minutes', 'Hours', 'Attendance']);
  for (let r = 2; r <= 61; r++)
    log.addRow([
      new Date(Date.UTC(2026, 0, r)),
      r % 2 ? 'Sam Jones' : 'Ali Khan',
      30 + r,
      { formula: `C${r}/60` },
      r % 7 ? 'Attended' : 'DNA',
    ]);
  const toConvert = path.join(dir, 'filled.xlsx');
  await filled.xlsx.writeFile(toConvert);
  const out = path.join(dir, 'lo');
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  const args = [
    profile,
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    out,
    toConvert,
  ];
  execFileSync(sofficePath(), args, { timeout: 180000 });
  files.libreoffice = path.join(out, 'filled.xlsx');
}, 240000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the one reader of .xlsx files', () => {
  it.each(['sample', 'own', 'libreoffice'])(
    'reads %s exactly as the exceljs port does',
    async (name) => {
      const quick = await readXlsx(fs.readFileSync(files[name]));
      const full = await XlsxWorkbook.fromFile(files[name]);
      expect(await quick.sheetNames()).toEqual(await full.sheetNames());
      expect(await seen(quick)).toEqual(await seen(full));
      expect((await quick.info()).dateSystem).toBe((await full.info()).dateSystem);
      expect(await quick.getSetting(MAPPING_SETTING)).toEqual(await full.getSetting(MAPPING_SETTING));
      const options = { asOf: AS_OF, writeReport: false } as const;
      expect(await checkWorkbook(quick, options)).toEqual(await checkWorkbook(full, options));
    },
    120000,
  );

  it.each(['sample', 'own', 'libreoffice'])(
    'reads %s the same whether unpacked by jszip or by the command line (Node zlib)',
    async (name) => {
      const bytes = fs.readFileSync(files[name]);
      expect(nativeZip(bytes)).not.toBeNull();
      const native = await readXlsx(bytes, {}, nativeZip);
      const jszip = await readXlsx(bytes);
      const all = async (port: WorkbookPort) => Promise.all((await port.sheetNames()).map((sheet) => port.read(sheet)));
      expect(await all(native)).toEqual(await all(jszip));
      expect(await native.getSetting(MAPPING_SETTING)).toEqual(await jszip.getSetting(MAPPING_SETTING));
      expect((await native.info()).dateSystem).toBe((await jszip.info()).dateSystem);
      // Reading only formulas' presence, the command line drops number formulas' text unread.
      const quick = await readXlsx(bytes, {}, nativeZip, 'presence');
      expect(await all(quick)).toEqual(await all(await readXlsx(bytes, {}, undefined, 'presence')));
      const options = { asOf: AS_OF, writeReport: false } as const;
      expect(await checkWorkbook(quick, options)).toEqual(await checkWorkbook(native, options));
    },
    60000,
  );

  it('reads the values of a merged title, rich text, dates as serials and errors', async () => {
    const team = await (await readXlsx(fs.readFileSync(files.own))).read('Team & co');
    expect(team).toMatchObject({ top: 1, left: 1 });
    expect(team.values[0]).toEqual(['Our coaches', null, null, null, null]);
    expect(team.values[3]).toEqual(['Sam <Jones>', 45901 - 1462, 0.6, 60, true]);
    expect(team.values[4]).toEqual(['Ali Khan', '01/09/2025', '60%', 12.5, '#N/A']);
    expect(team.formulas[3][3]).toBe('=D5*100');
  });

  it('refuses what is not a workbook, so the check can say so in plain words', async () => {
    await expect(readXlsx(Buffer.from('this is not a zip file'))).rejects.toThrow();
    await expect(readXlsx(new Uint8Array(0))).rejects.toThrow();
    const zip = new JSZip();
    zip.file('notes.txt', 'a zip, but no workbook in it');
    await expect(readXlsx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow();
    await expect((await readXlsx(fs.readFileSync(files.own))).write('x', { row: 0, col: 0 }, [[1]])).rejects.toThrow(
      /only reads/,
    );
  });

  it('reads parts written with a namespace prefix (<x:c>) as plain ones', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(files.own));
    for (const part of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      const xml = await zip.file(part)!.async('string');
      const prefixed = xml.replace(/<(\/?)(?![?!])([A-Za-z]+)/g, '<$1x:$2').replace(/xmlns="/, 'xmlns:x="');
      zip.file(part, prefixed);
    }
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const plain = await readXlsx(fs.readFileSync(files.own));
    expect(await seen(await readXlsx(bytes))).toEqual(await seen(plain));
  });

  it('holds a far stray cell and a sheet-wide merged area as a few cells, not a grid', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Coaches');
    ws.addRow(['Name', 'Hours']);
    ws.addRow(['Sam Jones', 12]);
    ws.getCell('XFD1048576').value = 'stray';
    wb.addWorksheet('Notes').getCell('A1').value = 'Title';
    // A merged area over the whole sheet, written into the file's XML (exceljs would make every cell).
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const notes = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet2.xml',
      notes.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    );
    const port = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
    const coaches = await port.read('Coaches');
    expect(coaches.values).toEqual([
      ['Name', 'Hours', null],
      ['Sam Jones', 12, null],
      [null, null, 'stray'],
    ]);
    expect(coaches.rows).toEqual([0, 1, 1048575]);
    expect((await port.read('Notes')).values.flat().length).toBeLessThanOrEqual(4);
  });
});
