/**
 * Range and RangeList of the fake: reads and writes the sheet's cell store, reading strings as
 * Sheets does when they are typed or passed to setValues ("=…" a formula, "12" a number,
 * "'12" the text 12).
 */
import { a1Of, Box } from './a1';
import type { FakeCell, FakeSheet } from './fakeSheet';
import type { FakeHost } from './host';
import { FakeTextFinder } from './fakeTextFinder';
import { zonedInstant } from './zoneDates';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How Sheets stores a value typed into a cell (or given to setValue/setValues). */
export function typed(value: unknown, host: FakeHost): FakeCell | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    if (value.startsWith("'")) return { value: value.slice(1), formula: null };
    if (value.startsWith('=')) return { value, formula: value };
    const t = value.trim();
    if (NUMBER.test(t)) return { value: Number(t), formula: null };
    if (/^\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: null };
    if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
    const d = ISO_DATE.exec(t);
    if (d)
      return { value: new host.DateCtor(zonedInstant(+d[1], +d[2], +d[3], 0, 0, 0, host.timeZone)), formula: null };
    return { value, formula: null };
  }
  if (Object.prototype.toString.call(value) === '[object Date]') return { value: value as Date, formula: null };
  if (typeof value === 'number' || typeof value === 'boolean') return { value, formula: null };
  throw new Error(`Sheets cannot store ${String(value)}`);
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
    private readonly host: FakeHost,
  ) {}

  private grid<T>(read: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.box.rows }, (_, i) =>
      Array.from({ length: this.box.cols }, (_, j) => read(this.box.row + i, this.box.col + j)),
    );
  }

  private checkShape(data: unknown[][], what: string): void {
    if (data.length !== this.box.rows || data.some((r) => r.length !== this.box.cols)) {
      throw new Error(
        `The ${what} has ${data.length} rows but the range ${this.getA1Notation()} has ${this.box.rows} rows of ${this.box.cols}.`,
      );
    }
  }

  private each(data: unknown[][], put: (r: number, c: number, v: unknown) => void): void {
    data.forEach((row, i) => row.forEach((v, j) => put(this.box.row + i, this.box.col + j, v)));
  }

  /** The sheet as the book hands it out (counted), not the raw store. */
  getSheet = (): FakeSheet => this.sheet.book.sheet(this.sheet.name) ?? this.sheet;
  getRow = (): number => this.box.row;
  getColumn = (): number => this.box.col;
  getNumRows = (): number => this.box.rows;
  getNumColumns = (): number => this.box.cols;
  getA1Notation = (): string => a1Of(this.box);

  getValues(): unknown[][] {
    this.sheet.book.largestRead = Math.max(this.sheet.book.largestRead, this.box.rows * this.box.cols);
    return this.grid((r, c) => {
      const v = this.sheet.cell(r, c)?.value ?? '';
      return v instanceof Object && Object.prototype.toString.call(v) === '[object Date]'
        ? new this.host.DateCtor((v as Date).getTime())
        : v;
    });
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }

  getValue(): unknown {
    return this.getValues()[0][0];
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values, 'data');
    this.each(values, (r, c, v) => this.sheet.setCell(r, c, typed(v, this.host)));
    return this;
  }

  setValue(value: unknown): this {
    this.sheet.setCell(this.box.row, this.box.col, typed(value, this.host));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas, 'formulas');
    this.each(formulas, (r, c, f) => this.sheet.setCell(r, c, f ? { value: f as string, formula: f as string } : null));
    return this;
  }

  setFormula(formula: string): this {
    return this.setFormulas([[formula]]);
  }

  /** "General" is Sheets' automatic format, a new cell's: the cell is left without a format of its own. */
  private putFormat(r: number, c: number, format: unknown): void {
    if (typeof format !== 'string') throw new Error(`A number format must be text, got ${String(format)}.`);
    if (format.toLowerCase() === 'general') this.sheet.formats.delete(`${r},${c}`);
    else this.sheet.formats.set(`${r},${c}`, format);
  }

  setNumberFormat(format: string): this {
    this.each(
      this.grid(() => format),
      (r, c, f) => this.putFormat(r, c, f),
    );
    return this;
  }

  setNumberFormats(formats: string[][]): this {
    this.checkShape(formats, 'formats');
    this.each(formats, (r, c, f) => this.putFormat(r, c, f));
    return this;
  }

  /**
   * Copies this range's formatting (number formats, bold, wrap, vertical alignment) to rows
   * row..rowEnd, columns column..columnEnd of `sheet`; "if the destination is larger or smaller
   * than the source range then the source is repeated or truncated accordingly", and only the
   * formatting is copied (developers.google.com/apps-script/reference/spreadsheet/range
   * #copyFormatToRange(Sheet,Integer,Integer,Integer,Integer)).
   */
  copyFormatToRange(sheet: FakeSheet, column: number, columnEnd: number, row: number, rowEnd: number): void {
    const target = this.sheet.book.sheet(sheet.name);
    if (!target) throw new Error('The destination sheet does not exist.');
    if (column < 1 || row < 1 || columnEnd < column || rowEnd < row) throw new Error('The destination is not a range.');
    for (let r = row; r <= rowEnd; r++)
      for (let c = column; c <= columnEnd; c++) {
        const from = `${this.box.row + ((r - row) % this.box.rows)},${this.box.col + ((c - column) % this.box.cols)}`;
        const to = `${r},${c}`;
        const format = this.sheet.formats.get(from);
        if (format === undefined) target.formats.delete(to);
        else target.formats.set(to, format);
        if (this.sheet.bold.has(from)) target.bold.add(to);
        else target.bold.delete(to);
        if (this.sheet.wrapped.has(from)) target.wrapped.add(to);
        else target.wrapped.delete(to);
        const alignment = this.sheet.verticalAlignment.get(from);
        if (alignment === undefined) target.verticalAlignment.delete(to);
        else target.verticalAlignment.set(to, alignment);
      }
  }

  setNotes(notes: (string | null)[][]): this {
    this.checkShape(notes, 'notes');
    this.each(notes, (r, c, n) => this.sheet.notes.set(`${r},${c}`, (n as string | null) ?? ''));
    return this;
  }

  setFontWeight(weight: string | null): this {
    this.each(
      this.grid(() => weight),
      (r, c) => this.sheet.bold.add(`${r},${c}`),
    );
    return this;
  }

  setWrap(wrap: boolean): this {
    this.each(
      this.grid(() => wrap),
      (r, c) => (wrap ? this.sheet.wrapped.add(`${r},${c}`) : this.sheet.wrapped.delete(`${r},${c}`)),
    );
    return this;
  }

  setVerticalAlignment(alignment: string | null): this {
    this.each(
      this.grid(() => alignment),
      (r, c) => this.sheet.verticalAlignment.set(`${r},${c}`, alignment ?? 'bottom'),
    );
    return this;
  }

  setDataValidation(rule: unknown): this {
    this.sheet.validations.push({ a1: this.getA1Notation(), rule });
    return this;
  }

  /**
   * One rule (or null) per cell, as Sheets takes them. Recorded a column at a time when the
   * whole column shares one rule, as setDataValidation on that column records it.
   */
  setDataValidations(rules: unknown[][]): this {
    this.checkShape(rules, 'data validations');
    for (let j = 0; j < this.box.cols; j++) {
      const column = rules.map((row) => row[j]);
      if (column.every((rule) => rule === column[0])) {
        if (column[0] !== null) this.record(this.box.row, this.box.col + j, this.box.rows, column[0]);
      } else {
        column.forEach((rule, i) => rule !== null && this.record(this.box.row + i, this.box.col + j, 1, rule));
      }
    }
    return this;
  }

  private record(row: number, col: number, rows: number, rule: unknown): void {
    const a1 = this.host.quiet(() => this.sheet.getRange(row, col, rows, 1).getA1Notation());
    this.sheet.validations.push({ a1, rule });
  }

  createTextFinder(text: string): FakeTextFinder {
    const cell = (row: number, col: number) => new FakeRange(this.sheet, { row, col, rows: 1, cols: 1 }, this.host);
    return this.host.track(new FakeTextFinder(this, text, cell), 'TextFinder');
  }

  createFilter(): unknown {
    if (this.sheet.filter) throw new Error(`You can't create a filter in a sheet that already has a filter.`);
    this.sheet.filter = this.getA1Notation();
    return {};
  }

  activate(): this {
    this.sheet.book.activeRange = this;
    return this;
  }
}

export class FakeRangeList {
  constructor(readonly ranges: FakeRange[]) {}

  setNumberFormat(format: string): this {
    this.ranges.forEach((r) => r.setNumberFormat(format));
    return this;
  }

  getRanges = (): FakeRange[] => this.ranges;
}
