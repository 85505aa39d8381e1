/**
 * Reading an .xlsx file for the check, the one reader the command line and the overview page's
 * worker share: the zip opened with jszip (no Node API, so it runs in a browser's worker), each
 * sheet's XML read into its cells (xlsxCells.ts) and let go before the next, the add-in's
 * hidden settings read from their sheet, and the 1904 date system found however it is marked.
 * A file that is not a workbook throws; the caller says so in plain words.
 */
import JSZip from 'jszip';
import type { SheetCells } from '../../../shared/sheetFromCells';
import type { HostInfo } from '../../../shared/workbook';
import { CellsWorkbook, settingsFromCells } from './cellsWorkbook';
import { marks1904 } from '../date1904';
import { SETTINGS_SHEET } from '../hiddenSettings';
import { textRuns, xlsxCells, xmlAttribute, xmlText } from './xlsxCells';

/** The XML with element prefixes (<x:c>, as some writers use) taken off, so one reading fits all. */
const unprefixed = (xml: string) =>
  /<\/?[A-Za-z_][\w.-]*:/.test(xml) ? xml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1') : xml;

/** A part's path from a relationship's target, relative to the folder of the part that names it. */
function partPath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts)
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  return out.join('/');
}

async function text(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  return file ? unprefixed(await file.async('string')) : null;
}

/** Each relationship's id → target part path, from a .rels part. */
function relationships(rels: string, folder: string): Map<string, { path: string; type: string }> {
  const out = new Map<string, { path: string; type: string }>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = xmlAttribute(m[1], 'Id');
    const target = xmlAttribute(m[1], 'Target');
    if (id !== null && target !== null)
      out.set(id, { path: partPath(folder, xmlText(target)), type: xmlAttribute(m[1], 'Type') ?? '' });
  }
  return out;
}

/**
 * The workbook in an .xlsx file's bytes, read only; `info` overrides what the port says of its
 * host (today, time zone).
 *
 * @example
 * const port = await readXlsx(bytes);
 * await checkWorkbook(port, { writeReport: false });
 */
export async function readXlsx(bytes: Uint8Array, info: Partial<HostInfo> = {}): Promise<CellsWorkbook> {
  const zip = await JSZip.loadAsync(bytes);
  const root = (await text(zip, '_rels/.rels')) ?? '';
  const named = [...relationships(root, '').values()].find((r) => /officeDocument$/.test(r.type))?.path;
  const part = named && zip.file(named) ? named : 'xl/workbook.xml';
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const workbook = await text(zip, part);
  const rels = await text(zip, `${folder}_rels/${part.slice(folder.length)}.rels`);
  if (workbook === null || rels === null) throw new Error('No workbook part in the file.');
  const targets = relationships(rels, folder);
  const sharedPart =
    [...targets.values()].find((t) => /\/sharedStrings$/.test(t.type))?.path ?? `${folder}sharedStrings.xml`;
  const shared = (await text(zip, sharedPart)) ?? '';
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1]));
  const sheets = new Map<string, SheetCells>();
  let settings = new Map<string, unknown>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? '';
    const target = targets.get(id);
    const xml = target ? await text(zip, target.path) : null;
    if (xml === null) throw new Error(`A sheet's part is missing (${id}).`);
    const name = xmlText(xmlAttribute(m[1], 'name') ?? '');
    const cells = xlsxCells(xml, strings);
    if (name === SETTINGS_SHEET) settings = settingsFromCells(cells);
    else sheets.set(name, cells);
  }
  if (sheets.size === 0) throw new Error('No worksheet in the file.');
  return new CellsWorkbook(sheets, settings, marks1904(workbook), info);
}
