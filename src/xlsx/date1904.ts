/**
 * The 1904 date system as every spreadsheet program marks it. Excel writes
 * `<workbookPr date1904="1"/>`, LibreOffice `date1904="true"`, and the file format allows
 * both (an XML Schema boolean) with spaces around; exceljs only understands "1", so a
 * LibreOffice file would be read 1,462 days early. A workbook marked any other way is given
 * to exceljs with Excel's own marking, so its dates are read, and written back, correctly.
 */
import JSZip from 'jszip';

const WORKBOOK_PR = /<(?:\w+:)?workbookPr\b[^>]*>/;
const DATE1904 = /\bdate1904\s*=\s*(["'])\s*(\w+)\s*\1/;

/**
 * Whether a workbook.xml marks the 1904 date system, however it is written.
 *
 * @example
 * marks1904('<workbookPr date1904="true"/>'); // true
 * marks1904('<workbookPr date1904="0"/>');    // false
 */
export function marks1904(workbookXml: string): boolean {
  const pr = WORKBOOK_PR.exec(workbookXml)?.[0] ?? '';
  const value = DATE1904.exec(pr)?.[2].toLowerCase();
  return value === '1' || value === 'true';
}

/** Where the workbook part is: named by the package's relationships, usually xl/workbook.xml. */
async function workbookPart(zip: JSZip): Promise<string | null> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels ? /Target\s*=\s*"\/?([^"]*workbook[^"]*\.xml)"/i.exec(rels)?.[1] : undefined;
  const name = target ?? 'xl/workbook.xml';
  return zip.file(name) ? name : null;
}

/**
 * The .xlsx bytes with the 1904 date system marked as exceljs reads it ("1"), when the file
 * marks it another way; otherwise the same bytes.
 *
 * @example
 * const bytes = await with1904AsExcelWrites(await fs.promises.readFile('libreoffice.xlsx'));
 */
export async function with1904AsExcelWrites(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await workbookPart(zip);
  if (!part) return bytes;
  const xml = await (zip.file(part) as JSZip.JSZipObject).async('string');
  if (!marks1904(xml)) return bytes;
  const pr = (WORKBOOK_PR.exec(xml) as RegExpExecArray)[0];
  const excels = pr.replace(DATE1904, 'date1904="1"');
  if (excels === pr) return bytes;
  zip.file(part, xml.replace(pr, excels));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
