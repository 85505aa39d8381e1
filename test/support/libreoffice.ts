/**
 * Recalculating .xlsx files with LibreOffice headless, for tests that check the templates'
 * native formulas against the rules core. Each call converts its files to .xlsx in one
 * LibreOffice run (each run costs a second or two, so callers batch their cases) and reads the
 * cached results back. A private user profile per run keeps parallel runs apart and tells
 * LibreOffice to recalculate every formula on load, whatever the file has cached.
 */
import { execFile } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

/**
 * What a test says when LibreOffice is not installed: it fails, it never skips.
 *
 * @example
 * throw new Error(LIBREOFFICE_MISSING);
 */
export const LIBREOFFICE_MISSING = 'LibreOffice is needed: apt-get install -y libreoffice-calc-nogui';

/** Always recalculate Excel 2007+ and ODF files on load (0 = always, 1 = never, 2 = ask). */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Formula groups calculated on one thread. */
const SINGLE_THREADED =
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Calculation"><prop oor:name="UseThreadedCalculationForFormulaGroups" oor:op="fuse"><value>false</value></prop></item>\n';

/**
 * The soffice program found in `dirs` (the PATH and LibreOffice's usual places), or an error
 * saying how to install it.
 *
 * @example
 * sofficePath(); // '/usr/bin/soffice'
 */
export function sofficePath(
  dirs: readonly string[] = (process.env.PATH ?? '')
    .split(path.delimiter)
    .concat(['/usr/bin', '/usr/lib/libreoffice/program']),
): string {
  for (const dir of dirs) {
    const candidate = path.join(dir, 'soffice');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(LIBREOFFICE_MISSING);
}

/** A value as text: dates as ISO, errors as Excel shows them, blanks as "". */
function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  // A date-formatted cell holding a number no date has (a negative serial) reads as an invalid Date.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#INVALID DATE' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** A cell's value, or its formula's cached result (cell.result: exceljs's value copy drops 0). */
function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value);
}

/** Every sheet as rows of text, indexed from A1 (row 0 is sheet row 1). */
export type RecalculatedWorkbook = Record<string, string[][]>;

async function readBack(file: string): Promise<RecalculatedWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: RecalculatedWorkbook = {};
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row, r) => {
      const cells: string[] = [];
      row.eachCell((cell, c) => (cells[c - 1] = cellText(cell)));
      rows[r - 1] = Array.from(cells, (x) => x ?? '');
    });
    sheets[ws.name] = Array.from(rows, (r) => r ?? []);
  });
  return sheets;
}

/**
 * Runs LibreOffice once over `inputs` with a private profile that recalculates on load, writing
 * each as .xlsx (same base name) into `outDir`.
 */
async function convert(inputs: readonly string[], outDir: string, timeout: number, singleThreaded: boolean) {
  const soffice = sofficePath();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    // LibreOffice's threaded calculation of formula groups has crashed on very long logs.
    const settings = singleThreaded
      ? PROFILE_SETTINGS.replace('</oor:items>', `${SINGLE_THREADED}</oor:items>`)
      : PROFILE_SETTINGS;
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), settings);
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore'];
    await run(soffice, [...args, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...inputs], {
      timeout,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Recalculates several .xlsx files in one LibreOffice run and gives each one's values.
 *
 * @example
 * const [book] = await recalculateAll(['/tmp/t.xlsx']);
 * book['Coaches'][1][10]; // '3', the tier in K2
 */
export async function recalculateAll(
  files: readonly string[],
  timeout = 180000,
  singleThreaded = false,
  keepIn?: string,
): Promise<RecalculatedWorkbook[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-work-'));
  try {
    // Files of the same name would overwrite each other in the output folder: copy them in.
    const inputs = files.map((f, i) => {
      const copy = path.join(work, `in-${i}.xlsx`);
      fs.copyFileSync(f, copy);
      return copy;
    });
    const out = path.join(work, 'out');
    await convert(inputs, out, timeout, singleThreaded);
    // Kept, when asked, as <keepIn>/<name of the file given>, for readers other than exceljs.
    if (keepIn)
      files.forEach((f, i) =>
        fs.copyFileSync(path.join(out, path.basename(inputs[i])), path.join(keepIn, path.basename(f))),
      );
    return await Promise.all(inputs.map((f) => readBack(path.join(out, path.basename(f)))));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Recalculates one .xlsx file with LibreOffice into `outDir` and gives the new file's path, for
 * tests that read the recalculated workbook through a workbook port.
 *
 * @example
 * const recalculated = await recalculateToFile('/tmp/sample.xlsx', '/tmp/out'); // '/tmp/out/sample.xlsx'
 */
export async function recalculateToFile(input: string, outDir: string, timeout = 180000): Promise<string> {
  await convert([input], outDir, timeout, false);
  return path.join(outDir, path.basename(input));
}

/**
 * Recalculates one .xlsx file with LibreOffice and gives every sheet's values as text.
 *
 * @example
 * const book = await recalculate('/tmp/t.xlsx');
 */
export async function recalculate(
  xlsxPath: string,
  timeout?: number,
  singleThreaded?: boolean,
): Promise<RecalculatedWorkbook> {
  return (await recalculateAll([xlsxPath], timeout, singleThreaded))[0];
}
