/**
 * A read-only workbook port over an .xlsx file's own XML, for checking many workbooks at once:
 * only cell values and whether a cell holds a formula are read (no styles, drop-downs or
 * highlights), which is all the check looks at, and many times faster than exceljs. What it
 * gives agrees with XlsxWorkbook's read for every cell (test/cli/quickXlsx.test.ts); dates
 * come back as serial numbers, as from Excel. Anything unusual throws, and the caller reads
 * the file with exceljs instead.
 */
import type {
  CellRef,
  HostInfo,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
  CellValue,
} from '../../../shared/workbook';
import { marks1904 } from '../date1904';
import { fromStoredFormula } from '../futureFunctions';
import { SETTINGS_SHEET } from '../hiddenSettings';
import { localToday } from '../xlsxWorkbook';
import { zipEntries } from './zipEntries';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s: string) =>
  !s.includes('&')
    ? s
    : s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_m, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : ENTITIES[e],
      );
const ATTRIBUTES = new Map<string, RegExp>();
/** An attribute's value in an element's attribute text (each name's pattern made once). */
function attribute(attrs: string, name: string): string | null {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`\\b${name}="([^"]*)"`)));
  return re.exec(attrs)?.[1] ?? null;
}
/** The text of every <t> run inside an element (a plain or rich-text string). */
const runs = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join('');

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

interface Cell {
  r: number;
  c: number;
  value: CellValue;
  formula: string | null;
}

/** Every cell holding a value or formula (or inside a merged area), 0-based. */
function sheetCells(xml: string, strings: readonly string[]): Cell[] {
  const cells: Cell[] = [];
  const seen = new Set<string>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /^([A-Z]+)(\d+)$/.exec(attribute(m[1], 'r') ?? '');
    if (!ref) throw new Error('A cell without its reference.');
    const inner = m[2] ?? '';
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const type = attribute(m[1], 't');
    let value: CellValue = null;
    if (type === 'inlineStr') value = runs(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else if (v !== undefined) {
      if (type === 's') value = strings[Number(v)] ?? null;
      else if (type === 'b') value = v === '1';
      // exceljs (and so XlsxWorkbook) takes a formula's empty text result for no result.
      else if (type === 'str' || type === 'e') value = v === '' ? null : unescape(v);
      else value = Number(v);
    }
    const formula = f ? fromStoredFormula(unescape(f[1] ?? '')) : null;
    if (value === null && formula === null) continue;
    const cell = { r: Number(ref[2]) - 1, c: columnIndex(ref[1]), value, formula };
    seen.add(`${cell.r}:${cell.c}`);
    cells.push(cell);
  }
  // A merged area counts in full, as Excel's used range (and XlsxWorkbook's read) includes it.
  for (const m of xml.matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    for (let r = Number(m[2]) - 1; r < Number(m[4]); r++)
      for (let c = columnIndex(m[1]); c <= columnIndex(m[3]); c++)
        if (!seen.has(`${r}:${c}`)) cells.push({ r, c, value: null, formula: null });
  }
  return cells;
}

/** The used range around the cells, as XlsxWorkbook's read gives it. */
function usedRange(name: string, cells: readonly Cell[]): SheetData {
  if (cells.length === 0) return { name, top: 0, left: 0, values: [], formulas: [] };
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const x of cells) {
    top = Math.min(top, x.r);
    left = Math.min(left, x.c);
    bottom = Math.max(bottom, x.r);
    right = Math.max(right, x.c);
  }
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<CellValue>(right - left + 1).fill(null),
  );
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  for (const x of cells) {
    values[x.r - top][x.c - left] = x.value;
    formulas[x.r - top][x.c - left] = x.formula;
  }
  return { name, top, left, values, formulas };
}

/**
 * An .xlsx file's cells, read only.
 *
 * @example
 * const port = QuickXlsx.fromBytes(fs.readFileSync('sam.xlsx'));
 * await checkWorkbook(port, { writeReport: false });
 */
export class QuickXlsx implements WorkbookPort {
  private constructor(
    private readonly sheets: Map<string, () => string>,
    private readonly strings: string[],
    private readonly date1904: boolean,
  ) {}

  /** Reads the workbook's list of sheets and its shared strings; throws for anything unusual. */
  static fromBytes(bytes: Buffer): QuickXlsx {
    const zip = zipEntries(bytes);
    const workbook = zip.text('xl/workbook.xml');
    const rels = zip.text('xl/_rels/workbook.xml.rels');
    if (workbook === null || rels === null) throw new Error('Not a workbook.');
    // Parts written with a namespace prefix (<x:sheet>) are left to exceljs.
    if (/<\w+:workbook\b/.test(workbook)) throw new Error('A prefixed workbook part.');
    const targets = new Map(
      [...rels.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => [
        attribute(m[1], 'Id'),
        attribute(m[1], 'Target') ?? '',
      ]),
    );
    const sheets = new Map<string, () => string>();
    for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
      const target = targets.get(attribute(m[1], 'r:id')) ?? '';
      const file = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      sheets.set(unescape(attribute(m[1], 'name') ?? ''), () => {
        const xml = zip.text(file);
        if (xml === null || /<\w+:worksheet\b/.test(xml)) throw new Error(`No plain ${file}.`);
        return xml;
      });
    }
    const shared = zip.text('xl/sharedStrings.xml') ?? '';
    const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      runs(m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')),
    );
    if (sheets.size === 0) throw new Error('No sheets found.');
    return new QuickXlsx(sheets, strings, marks1904(workbook));
  }

  async info(): Promise<HostInfo> {
    return {
      dateSystem: this.date1904 ? '1904' : '1900',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      today: localToday(),
    };
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()].filter((n) => n !== SETTINGS_SHEET);
  }

  async read(name: string): Promise<SheetData> {
    const xml = name === SETTINGS_SHEET ? undefined : this.sheets.get(name);
    if (!xml) throw new Error(`There is no sheet called "${name}".`);
    return usedRange(name, sheetCells(xml(), this.strings));
  }

  async getSetting(key: string): Promise<unknown> {
    const xml = this.sheets.get(SETTINGS_SHEET);
    const cells = xml ? sheetCells(xml(), this.strings) : [];
    const row = cells.find((x) => x.c === 0 && x.value === key)?.r;
    const text = cells.find((x) => x.c === 1 && x.r === row)?.value;
    if (row === undefined || typeof text !== 'string') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }

  async write(_sheet: string, _at: CellRef, _block: readonly (readonly WriteValue[])[]): Promise<void> {
    throw new Error('This workbook is open to read only.');
  }
  async addSheet(_spec: SheetSpec): Promise<void> {
    throw new Error('This workbook is open to read only.');
  }
  async deleteSheet(_sheet: string): Promise<void> {
    throw new Error('This workbook is open to read only.');
  }
  async setSetting(_key: string, _value: unknown): Promise<void> {
    throw new Error('This workbook is open to read only.');
  }
}
