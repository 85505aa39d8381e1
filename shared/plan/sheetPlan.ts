/**
 * Everything a new sheet needs, worked out once and host-neutrally from its SheetSpec:
 * columns with their letters, widths, formats, drop-downs and notes; the rows the formats
 * cover; frozen rows; the filter; highlights with their colours. The Office.js, SpreadsheetApp
 * and exceljs renderers only translate a plan into their own calls, so what a sheet looks
 * like is decided here, in one place (shared/templates/README.md lists the conventions).
 */
import { evenWidths } from './evenWidths';
import { columnLetter, type HighlightRule, type SheetSpec } from '../workbook';
import { HIGHLIGHT_COLOURS } from './highlightColours';
import { PLAN_MESSAGES } from './planMessages';

/**
 * A drop-down: a fixed list, or a range on another sheet (without a leading "="). A value
 * not on it gets a warning, not a stop: the rules accept synonyms ("LM", "HCS") a list
 * cannot offer.
 *
 * @example
 * const d: PlannedDropDown = { range: 'Competencies!$A$2:$A$91', warning: 'Choose a value from the list for Competency code.' };
 */
export interface PlannedDropDown {
  list?: readonly string[];
  range?: string;
  /** The warning's title (the column's header). */
  title: string;
  warning: string;
}

/**
 * One column of the plan.
 *
 * @example
 * const c: PlannedColumn = { index: 3, letter: 'D', header: 'Start date', width: 13, numberFormat: 'dd mmm yyyy', body: 'D2:D201' };
 */
export interface PlannedColumn {
  /** 0-based index and its letter. */
  index: number;
  letter: string;
  header: string;
  /** Width in characters of the default font. */
  width?: number;
  /** Number format in Excel's syntax. */
  numberFormat?: string;
  /** The header cell's help note. */
  note?: string;
  dropDown?: PlannedDropDown;
  /** The rows formats, drop-downs and highlights cover, e.g. 'D2:D201' (none when there are none). */
  body: string | null;
}

/**
 * One highlight: where, when and in which colours.
 *
 * @example
 * const h: PlannedHighlight = { letter: 'V', body: 'V2:V201', equals: 'Overdue', style: 'bad', fill: 'FFC7CE', font: '9C0006' };
 */
export interface PlannedHighlight {
  letter: string;
  body: string;
  equals: string | boolean;
  style: HighlightRule['style'];
  fill: string;
  font: string;
}

/**
 * The whole plan of one sheet.
 *
 * @example
 * sheetPlan(coachesSheet()).lastRow; // 201: the header and 200 formatted rows
 */
export interface SheetPlan {
  name: string;
  columns: PlannedColumn[];
  /** The header row's range, e.g. 'A1:AB1' (none for a sheet without columns). */
  header: string | null;
  /** Row number of the last row formats, drop-downs and highlights cover (1 when none). */
  lastRow: number;
  /** Columns the written block spans: the columns, or the widest row if wider. */
  width: number;
  frozenRows: number;
  /** The auto filter's range over header and formatted rows, or null for none. */
  filter: string | null;
  highlights: PlannedHighlight[];
}

function dropDown(header: string, list?: readonly string[], listRange?: string): PlannedDropDown | undefined {
  const warning = PLAN_MESSAGES.chooseFromList(header);
  if (listRange) return { range: listRange.replace(/^=/, ''), title: header, warning };
  if (list && list.length > 0) return { list, title: header, warning };
  return undefined;
}

/**
 * The plan of a sheet; a highlight on a column the sheet does not have is refused before any
 * host call.
 *
 * @example
 * sheetPlan(hoursLogSheet()).highlights[0]; // { letter: 'L', body: 'L2:L2001', equals: 'Over', style: 'bad', … }
 */
export function sheetPlan(spec: SheetSpec): SheetPlan {
  const lastRow = Math.max(spec.formatRows, spec.rows.length) + 1;
  const bodyOf = (letter: string) => (lastRow >= 2 ? `${letter}2:${letter}${lastRow}` : null);
  const columns: PlannedColumn[] = spec.columns.map((c, index) => {
    const letter = columnLetter(index);
    const planned: PlannedColumn = { index, letter, header: c.header, body: bodyOf(letter) };
    if (c.width) planned.width = c.width;
    if (c.numberFormat) planned.numberFormat = c.numberFormat;
    if (c.note) planned.note = c.note;
    const d = dropDown(c.header, c.list, c.listRange);
    if (d) planned.dropDown = d;
    return planned;
  });
  // Near-equal neighbours share a width, so Sheets sets each run in one call (evenWidths.ts).
  evenWidths(columns.map((c) => c.width)).forEach((w, i) => {
    if (w !== undefined) columns[i].width = w;
  });
  const highlights = spec.highlights.map((h) => {
    const index = spec.columns.findIndex((c) => c.key === h.column);
    if (index < 0) throw new Error(PLAN_MESSAGES.unknownHighlightColumn(spec.name, h.column));
    const letter = columnLetter(index);
    return {
      letter,
      body: `${letter}2:${letter}${lastRow}`,
      equals: h.equals,
      style: h.style,
      ...HIGHLIGHT_COLOURS[h.style],
    };
  });
  const last = spec.columns.length > 0 ? columnLetter(spec.columns.length - 1) : null;
  return {
    name: spec.name,
    columns,
    header: last && `A1:${last}1`,
    lastRow,
    width: Math.max(spec.columns.length, ...spec.rows.map((r) => r.length)),
    frozenRows: spec.frozenRows,
    filter: spec.filter && last ? `A1:${last}${lastRow}` : null,
    highlights,
  };
}
