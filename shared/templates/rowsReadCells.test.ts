/**
 * Settings' rows-read cells are written by whichever run makes the last of Settings and the log
 * a cell reads, in any order, one sheet at a time or cancelled part-way, and never over a value
 * the user typed. The workbook refuses, as Excel does, a formula naming a sheet not there yet.
 */
import { MemoryWorkbook } from '../memory/memoryWorkbook';
import type { CellRef, WriteValue } from '../workbook';
import { createTemplates, planTemplates } from './createTemplates';
import { rowsReadFormulas } from './sheets/settingsSheet';
import { CREATION_ORDER } from './templateSheets';
import { addTemplateSheets } from './templateSteps';

const TODAY = '2026-03-20';
const [TRAINING_CELL, EVIDENCE_CELL] = rowsReadFormulas();

/** A memory workbook that refuses a formula naming a missing sheet and logs reads and writes. */
class StrictBook extends MemoryWorkbook {
  log: string[] = [];
  constructor() {
    super({ today: TODAY });
  }
  override async read(sheet: string) {
    this.log.push(`read ${sheet}`);
    return super.read(sheet);
  }
  override async write(sheet: string, at: CellRef, block: readonly (readonly WriteValue[])[]) {
    for (const row of block)
      for (const v of row) {
        const named = v && typeof v === 'object' && 'formula' in v ? v.formula.match(/'([^']+)'!|([A-Za-z]+)!/g) : null;
        for (const ref of named ?? []) {
          const name = ref.replace(/!$/, '').replace(/^'|'$/g, '');
          if (!this.sheets.has(name)) throw new Error(`The formula names "${name}", which is not a sheet.`);
        }
      }
    this.log.push(`write ${sheet}`);
    return super.write(sheet, at, block);
  }
  /** The formula in a rows-read cell, or its value when it holds none. */
  cell(c: { row: number; col: number }): unknown {
    const s = this.sheets.get('Settings');
    return s?.formulas[c.row]?.[c.col] ?? s?.values[c.row]?.[c.col] ?? null;
  }
  has(name: string): boolean {
    return this.sheets.has(name);
  }
}

/** Every sheet reading a rows-read cell finds it written, as soon as Settings and its log are there. */
function expectWrittenWherever(book: StrictBook) {
  for (const [c, readBy] of [
    [TRAINING_CELL, 'Coaches'],
    [EVIDENCE_CELL, 'Competencies'],
  ] as const) {
    const due = book.has('Settings') && book.has(c.log);
    expect({ cell: c.key, value: book.cell(c) }).toEqual({ cell: c.key, value: due ? c.formula : null });
    if (book.has(readBy)) expect(due).toBe(true);
  }
}

describe("Settings' rows-read cells", () => {
  it('are formulas after creating every sheet in one go', async () => {
    const book = new StrictBook();
    await createTemplates(book, { sample: true });
    expect(book.cell(TRAINING_CELL)).toBe(TRAINING_CELL.formula);
    expect(book.cell(EVIDENCE_CELL)).toBe(EVIDENCE_CELL.formula);
  });

  it('are written as one block in one go, once the last log they read is made', async () => {
    const book = new StrictBook();
    await createTemplates(book, {});
    const settingsWrites = book.log.filter((l) => l === 'write Settings');
    expect(settingsWrites).toHaveLength(1);
    // After the Evidence log's sheet is made: the Training cell waited for it.
    expect(book.log.lastIndexOf('write Settings')).toBeGreaterThan(book.log.indexOf('write Competencies'));
  });

  it('wait within a run for the log still to come, and are written by the next run if it stops first', async () => {
    const book = new StrictBook();
    const steps = (await planTemplates(book, {})).steps;
    const training = steps.findIndex((s) => s.includes('Training'));
    let state;
    for (const [i, step] of steps.slice(0, training + 1).entries())
      state = (await addTemplateSheets(book, step, undefined, state, steps.slice(i + 1).flat())) ?? state;
    // Stopped after the Training sheet: its cell waited for the Evidence log, which never came.
    expect(book.cell(TRAINING_CELL)).toBeNull();
    await createTemplates(book, {});
    expectWrittenWherever(book);
  });

  it.each([
    ['Settings', 'Training', 'Coaches', 'Evidence log'],
    ['Training', 'Evidence log'],
    ['Evidence log', 'Training'],
    ['Coaches', 'Competencies'],
    ['Hours log', 'Settings', 'Caseload', 'Competencies', 'Training'],
  ])('are written sheet by sheet, requested in the order %s, …', async (...order) => {
    const book = new StrictBook();
    for (const sheet of order) {
      await createTemplates(book, { sheets: [sheet] });
      expectWrittenWherever(book);
    }
  });

  it('are written at every point a run in steps is cancelled, and after the rest is made', async () => {
    for (let stop = 1; stop <= CREATION_ORDER.length; stop++) {
      const book = new StrictBook();
      const plan = await planTemplates(book, {});
      // Each step as the Sheets sidebar runs it: on its own, knowing nothing from the last.
      for (const step of plan.steps.slice(0, stop)) await addTemplateSheets(book, step);
      expectWrittenWherever(book);
      await createTemplates(book, {});
      expectWrittenWherever(book);
      expect(book.has('Monthly summary')).toBe(true);
    }
  });

  it('are written when Settings is made again after the logs', async () => {
    const book = new StrictBook();
    await createTemplates(book, {});
    await book.deleteSheet('Settings');
    book.log = [];
    await createTemplates(book, {});
    expectWrittenWherever(book);
    expect(book.log).toEqual(['write Settings']);
  });

  it('never overwrite what the user typed, and come back when cleared', async () => {
    const book = new StrictBook();
    await createTemplates(book, {});
    await book.write('Settings', TRAINING_CELL, [[400]]);
    await book.write('Settings', EVIDENCE_CELL, [[null]]);
    await createTemplates(book, {});
    expect(book.cell(TRAINING_CELL)).toBe(400);
    expect(book.cell(EVIDENCE_CELL)).toBe(EVIDENCE_CELL.formula);
  });

  it("leave a Settings sheet of the user's own alone", async () => {
    const book = new StrictBook();
    await book.write('Settings', { row: 0, col: 0 }, [['Our settings']]);
    await createTemplates(book, { sheets: ['Training', 'Evidence log'] });
    expect(book.sheets.get('Settings')?.values).toEqual([['Our settings']]);
  });

  it('are read before anything is written, in one go and in a step', async () => {
    const book = new StrictBook();
    await createTemplates(book, { sheets: ['Settings'] });
    book.log = [];
    await createTemplates(book, { sheets: ['Training'] });
    expect(book.log).toEqual(['read Settings', 'write Settings']);
    book.log = [];
    await addTemplateSheets(book, ['CPD log', 'Coaches']);
    expect(book.log.filter((l) => l.startsWith('read'))).toEqual(['read Settings']);
    expect(book.log[0]).toBe('read Settings');
  });
});
