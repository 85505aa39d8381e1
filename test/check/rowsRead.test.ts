/**
 * The check warns (data.rows-read) when Settings' "Training rows read" or "Evidence log rows
 * read" cell holds no formula while the sheet reading it has formulas: blank (the totals read
 * whole columns, slowly) or typed over (they stop at that row). It says which cell and what to
 * do, through the memory port and through an .xlsx file saved and opened again; a workbook
 * made by Create template sheets, or one without the sheets that read the cells, gets none.
 */
import { checkWorkbook } from '../../shared/check';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import * as T from '../../shared/templates';
import { rowsReadFormulas } from '../../shared/templates/sheets/settingsSheet';
import type { WorkbookPort } from '../../shared/workbook';
import { columnLetter } from '../../shared/workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const AS_OF = '2026-03-20';
const [TRAINING_CELL, EVIDENCE_CELL] = rowsReadFormulas();
const at = (c: { row: number; col: number }) => `${columnLetter(c.col)}${c.row + 1}`;

async function warnings(port: WorkbookPort) {
  const result = await checkWorkbook(port, { asOf: AS_OF, writeReport: false });
  return result.findings
    .filter((f) => f.rule === 'data.rows-read')
    .map((f) => ({ cell: `${f.sheet}!${f.column}${f.row}`, severity: f.severity, message: f.message }));
}

async function template(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ today: AS_OF });
  await T.createTemplates(wb, { sample: true });
  return wb;
}

describe('the rows-read cells on Settings', () => {
  it('give no warning as Create template sheets leaves them', async () => {
    expect(await warnings(await template())).toEqual([]);
  });

  it('are warned about when blank, each naming its cell, the sheets and what to do', async () => {
    const wb = await template();
    await wb.write(T.SETTINGS, TRAINING_CELL, [[null, null]]);
    const found = await warnings(wb);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      [`Settings!${at(TRAINING_CELL)}`, 'warning'],
      [`Settings!${at(EVIDENCE_CELL)}`, 'warning'],
    ]);
    expect(found[0].message).toMatch(/"Training rows read"\) is blank, so the Coaches sheet's training totals read/);
    expect(found[1].message).toMatch(/"Evidence log rows read"\) is blank, so the Competencies sheet's evidence/);
    for (const f of found) expect(f.message).toMatch(/Choose Create template sheets/);
  });

  it('are warned about when a value is typed over the formula, showing it', async () => {
    const wb = await template();
    await wb.write(T.SETTINGS, EVIDENCE_CELL, [[120]]);
    const found = await warnings(wb);
    expect(found.map((f) => f.cell)).toEqual([`Settings!${at(EVIDENCE_CELL)}`]);
    expect(found[0].message).toMatch(/holds 120 typed in, not its formula/);
    expect(found[0].message).toMatch(/records below the row it gives are left out/);
  });

  it('are not warned about while no sheet with formulas reads them', async () => {
    const wb = await template();
    await wb.write(T.SETTINGS, TRAINING_CELL, [[null, null]]);
    await wb.deleteSheet(T.COMPETENCIES);
    // A Coaches sheet of values only (its formulas pasted as values) reads nothing.
    const coaches = await wb.read(T.COACHES);
    await wb.deleteSheet(T.COACHES);
    await wb.write(
      T.COACHES,
      { row: 0, col: 0 },
      coaches.values.map((r) => r.map((v) => (v instanceof Date ? null : v))),
    );
    expect(await warnings(wb)).toEqual([]);
  });

  it('are not warned about on a Settings sheet without those columns', async () => {
    const wb = await template();
    const settings = await wb.read(T.SETTINGS);
    await wb.deleteSheet(T.SETTINGS);
    const kept = settings.values.map((r) => r.slice(0, TRAINING_CELL.col).map((v) => (v instanceof Date ? null : v)));
    await wb.write(T.SETTINGS, { row: 0, col: 0 }, kept);
    expect(await warnings(wb)).toEqual([]);
  });

  it('are warned about in an .xlsx file saved and opened again, and gone once Create template sheets runs', async () => {
    const made = new XlsxWorkbook({ today: AS_OF });
    await T.createTemplates(made, { sheets: [T.COACHES] });
    await made.write(T.SETTINGS, TRAINING_CELL, [[null]]);
    const opened = await XlsxWorkbook.fromBuffer(await made.toBuffer(), { today: AS_OF });
    expect((await warnings(opened)).map((f) => f.cell)).toEqual([`Settings!${at(TRAINING_CELL)}`]);
    const result = await T.createTemplates(opened, { sheets: [T.COACHES] });
    expect(result.added).toEqual([]);
    expect(await warnings(opened)).toEqual([]);
  });
});
