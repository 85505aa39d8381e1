/** One sheet of the fake spreadsheet: a cell store plus the formatting the add-in sets. */
import { MAX_COLS, MAX_ROWS, parseA1 } from './a1';
import { FakeRange, FakeRangeList } from './fakeRange';
import type { FakeSpreadsheet } from './fakeSpreadsheet';
import type { FakeHost } from './host';

/** What a cell holds: a value, and its formula when it has one (the value is then its text). */
export interface FakeCell {
  value: string | number | boolean | Date;
  formula: string | null;
}

/** Google Sheets' limits: columns in a sheet, cells in a spreadsheet. */
const MAX_SHEET_COLUMNS = 18_278;
const MAX_CELLS = 10_000_000;

export class FakeSheet {
  /** The grid's furthest row and column so far (the grid only grows). */
  private bottom = 0;
  private right = 0;
  /** rows[r - 1][c - 1], sparse. */
  readonly rows: (FakeCell | null | undefined)[][] = [];
  readonly formats = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly bold = new Set<string>();
  readonly wrapped = new Set<string>();
  readonly verticalAlignment = new Map<string, string>();
  readonly validations: { a1: string; rule: unknown }[] = [];
  readonly columnWidths = new Map<number, number>();
  conditionalRules: unknown[] = [];
  frozenRows = 0;
  filter: string | null = null;

  constructor(
    public name: string,
    readonly book: FakeSpreadsheet,
    private readonly host: FakeHost,
  ) {}

  cell(r: number, c: number): FakeCell | null {
    return this.rows[r - 1]?.[c - 1] ?? null;
  }

  setCell(r: number, c: number, cell: FakeCell | null): void {
    // Google's limits: 18,278 columns (ZZZ), and 10,000,000 cells, here for the sheet's grid
    // as far as its furthest row and column (at least Sheets' default 1,000 by 26).
    if (c > MAX_SHEET_COLUMNS) throw new Error('Range is out of the sheet.');
    this.bottom = Math.max(this.bottom, r, MAX_ROWS);
    this.right = Math.max(this.right, c, MAX_COLS);
    if (this.bottom * this.right > MAX_CELLS) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
    while (this.rows.length < r) this.rows.push([]);
    this.rows[r - 1][c - 1] = cell;
  }

  /** Last row and column holding something (0 when empty). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!cell) return;
        rows = Math.max(rows, i + 1);
        cols = Math.max(cols, j + 1);
      }),
    );
    return { rows, cols };
  }

  /** Plain values as the user sees them ('' for empty), for assertions. */
  snapshot(): unknown[][] {
    const { rows, cols } = this.extent();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cell(i + 1, j + 1)?.value ?? ''),
    );
  }

  private range(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 1 || col < 1 || rows < 1 || cols < 1)
      throw new Error('The coordinates of the range are outside the sheet.');
    return this.host.track(new FakeRange(this, { row, col, rows, cols }, this.host), 'Range');
  }

  getName = (): string => this.name;

  /** Renames the sheet; as in Sheets, a name another sheet has is refused. */
  setName(name: string): this {
    if (this.book.sheet(name) && name !== this.name) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.name = name;
    return this;
  }
  getLastRow = (): number => this.extent().rows;
  getLastColumn = (): number => this.extent().cols;

  getDataRange(): FakeRange {
    const { rows, cols } = this.extent();
    return this.range(1, 1, Math.max(rows, 1), Math.max(cols, 1));
  }

  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'string') {
      const box = parseA1(a);
      return this.range(box.row, box.col, box.rows, box.cols);
    }
    return this.range(a, col as number, rows, cols);
  }

  getRangeList(a1s: string[]): FakeRangeList {
    return this.host.track(new FakeRangeList(a1s.map((a) => new FakeRange(this, parseA1(a), this.host))), 'RangeList');
  }

  setColumnWidths(start: number, count: number, width: number): this {
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, width);
    return this;
  }

  setColumnWidth(col: number, width: number): this {
    return this.setColumnWidths(col, 1, width);
  }

  setFrozenRows(n: number): void {
    this.frozenRows = n;
  }

  getFrozenRows = (): number => this.frozenRows;
  getFilter = (): unknown => (this.filter ? { a1: this.filter } : null);

  setConditionalFormatRules(rules: unknown[]): void {
    this.conditionalRules = [...rules];
  }

  getConditionalFormatRules = (): unknown[] => [...this.conditionalRules];

  activate(): this {
    this.book.activeSheet = this;
    return this;
  }
}
