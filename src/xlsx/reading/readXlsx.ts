/**
 * Reading an .xlsx file for the check, the one reader the command line and the overview page's
 * worker share: the zip opened with jszip (no Node API, so it runs in a browser's worker) or
 * the command line's faster native unpacking handed in (zipParts.ts), each sheet's XML read
 * into its cells (sheetXml/xlsxCells.ts) and let go before the next, the add-in's hidden
 * settings read from their sheet, and the 1904 date system found however it is marked.
 * A file that is not a workbook throws; the caller says so in plain words.
 */
import JSZip from 'jszip';
import type { SheetCells } from '../../../shared/sheetFromCells';
import type { HostInfo } from '../../../shared/workbook';
import { CellsWorkbook, settingsFromCells } from './cellsWorkbook';
import { marks1904 } from '../date1904';
import { SETTINGS_SHEET } from '../hiddenSettings';
import type { FormulaReading } from './sheetXml/cellFormula';
import { numberFormulasDropped } from './sheetXml/numberFormulasDropped';
import { xlsxCells } from './sheetXml/xlsxCells';
import { textRuns, xmlAttribute, xmlText } from './sheetXml/xmlText';

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

/** A part's text by its path in the zip, or null when there is none. */
type PartText = (name: string, formulas?: FormulaReading) => Promise<string | null>;

/**
 * A host's own way of opening the zip (the command line's, on Node's native zlib: zipParts.ts),
 * or null for a zip it does not know; kept out of this file so a browser's bundle carries none of it.
 * A worksheet is asked for with the formula reading wanted: with 'presence', a host may leave
 * out formula text it knows no reader compares (the cell's value is a number).
 *
 * @example
 * const open: OpenParts = (bytes) => zipParts(bytes, (packed) => zlib.inflateRawSync(packed));
 */
export type OpenParts = (bytes: Uint8Array) => { text(name: string, formulas?: FormulaReading): string | null } | null;

/** The zip's parts: opened the host's way where it has one, else by jszip. */
async function openZip(bytes: Uint8Array, open?: OpenParts): Promise<PartText> {
  const parts = open ? open(bytes) : null;
  if (parts) return (name, formulas) => Promise.resolve(parts.text(name, formulas));
  const zip = await JSZip.loadAsync(bytes);
  const utf8 = new TextDecoder();
  return async (name, formulas) => {
    const file = zip.file(name);
    if (!file) return null;
    if (formulas !== 'presence') return file.async('string');
    // As the command line does: the text of formulas giving numbers goes before decoding.
    return utf8.decode(numberFormulasDropped(await file.async('uint8array')));
  };
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
 * host (today, time zone); `open`, where the host has a faster way than jszip to unpack the
 * zip (the command line's native zlib), is used first. `formulas` 'presence' reads only that a
 * cell holds a formula, not its text (sheetXml/xlsxCells.ts): enough for the check, and much quicker.
 *
 * @example
 * const port = await readXlsx(bytes, {}, (b) => zipParts(b, (packed) => zlib.inflateRawSync(packed)));
 * await checkWorkbook(port, { writeReport: false });
 */
export async function readXlsx(
  bytes: Uint8Array,
  info: Partial<HostInfo> = {},
  open?: OpenParts,
  formulas: FormulaReading = 'text',
): Promise<CellsWorkbook> {
  const part = await openZip(bytes, open);
  const text = async (name: string, sheet?: FormulaReading) => {
    const xml = await part(name, sheet);
    return xml === null ? null : unprefixed(xml);
  };
  const root = (await text('_rels/.rels')) ?? '';
  const named = [...relationships(root, '').values()].find((r) => /officeDocument$/.test(r.type))?.path;
  const namedXml = named ? await text(named) : null;
  const main = namedXml !== null && named ? named : 'xl/workbook.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const workbook = namedXml ?? (await text(main));
  const rels = await text(`${folder}_rels/${main.slice(folder.length)}.rels`);
  if (workbook === null || rels === null) throw new Error('No workbook part in the file.');
  const targets = relationships(rels, folder);
  const sharedPart =
    [...targets.values()].find((t) => /\/sharedStrings$/.test(t.type))?.path ?? `${folder}sharedStrings.xml`;
  const shared = (await text(sharedPart)) ?? '';
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1]));
  const sheets = new Map<string, SheetCells>();
  let settings = new Map<string, unknown>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? '';
    const target = targets.get(id);
    const xml = target ? await text(target.path, formulas) : null;
    if (xml === null) throw new Error(`A sheet's part is missing (${id}).`);
    const name = xmlText(xmlAttribute(m[1], 'name') ?? '');
    const cells = xlsxCells(xml, strings, formulas);
    if (name === SETTINGS_SHEET) settings = settingsFromCells(cells);
    else sheets.set(name, cells);
  }
  if (sheets.size === 0) throw new Error('No worksheet in the file.');
  return new CellsWorkbook(sheets, settings, marks1904(workbook), info);
}
