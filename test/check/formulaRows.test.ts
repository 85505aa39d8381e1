/**
 * Rows below a template sheet's formulas (docs/rules.md §9): the check counts them and warns,
 * naming the rows, the worked-out columns and the last formula row, where the sheet's totals
 * leave them out; training lines and evidence entries are counted by the totals all the same,
 * so only training lines whose lapse needs their own working (a date typed as text on a line
 * that can lapse) are warned about; rows the add-in appends get their formulas and no warning;
 * a practice's own sheet without formulas gets none; a Monthly summary with fewer than twelve
 * rows a coach is warned about too.
 */
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import * as T from '../../shared/templates';
import { appendRows } from '../../shared/templates/appendRows';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import { checklistRows, TRAINING_COLUMNS } from '../../shared/templates/sheets/trainingSheet';
import type { WriteValue } from '../../shared/workbook';

const AS_OF = '2026-03-20';
const warnings = (r: CheckResult) =>
  r.findings.filter((f) => f.rule === 'data.formula-rows').map((f) => [f.sheet, `${f.column}${f.row}`, f.severity]);

/** A template with `coaches` coaches, the first `checklists` with a training checklist appended by the add-in. */
async function template(coaches: number, checklists = 2): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ today: AS_OF });
  await T.createTemplates(wb);
  const ids = Array.from({ length: coaches }, (_, i) => `C-${i + 1}`);
  const lines = Array.from({ length: checklists }, (_, i) => `C-${i + 1}`);
  await wb.write(
    T.COACHES,
    { row: 1, col: 0 },
    ids.map((id) => [id, `Coach ${id}`]),
  );
  await appendRows(
    wb,
    await wb.read(T.TRAINING),
    TRAINING_COLUMNS,
    lines.flatMap((coach) => checklistRows({ coach })),
  );
  return wb;
}

/** Training lines typed below the sheet's last row, as a person pastes them: values only, each completed on `done`. */
async function pasteTraining(wb: MemoryWorkbook, from: number, coach: string, done: WriteValue = null): Promise<void> {
  const typed = checklistRows({ coach }).map((r) =>
    TRAINING_COLUMNS.slice(0, columnIndex(TRAINING_COLUMNS, 'completedOn') + 1).map((c) =>
      c.key === 'completedOn' ? done : ((r[c.key as keyof typeof r] ?? null) as WriteValue),
    ),
  );
  await wb.write(T.TRAINING, { row: from - 1, col: 0 }, typed);
}

const check = (wb: MemoryWorkbook) => checkWorkbook(wb, { asOf: AS_OF, writeReport: false });

describe('rows below a template sheet’s formulas', () => {
  it('are not warned about where the sheet’s totals count them: training lines and evidence entries', async () => {
    const wb = await template(2);
    // A date serial, as every host reads a cell holding a date (5 January 2026).
    await pasteTraining(wb, 2502, 'C-2', 46027);
    await wb.write(T.EVIDENCE_LOG, { row: 1100, col: 0 }, [
      [{ date: '2026-02-01' }, 'C-1', 'PRO-01', null, 'Reflective account', 'Notes', 'A. Patel'],
    ]);
    expect(warnings(await check(wb))).toEqual([]);
  });

  it('are warned about where a training line completed on a date typed as text may have lapsed', async () => {
    const wb = await template(2);
    await pasteTraining(wb, 2502, 'C-2', '05/01/2020');
    const r = await check(wb);
    // The PCI and induction lines never lapse; the sixteen mandatory lines (rows 2511 to 2526) may.
    const status = String.fromCharCode(65 + columnIndex(TRAINING_COLUMNS, 'status'));
    expect(warnings(r)).toEqual([[T.TRAINING, `${status}2511`, 'warning']]);
    expect(r.findings.find((f) => f.rule === 'data.formula-rows')?.message).toBe(
      "Training: 16 rows from 2511 to 2526 hold records but no formula in Status (the sheet's formulas stop at row 2501), so the sheet's own working and the totals that read it leave them out. The check counted every row. Copy the last row's formulas down to row 2526 (select the cells and fill down).",
    );
  });

  it('are not warned about when the add-in appended them with their formulas, or the sheet has no formulas', async () => {
    // 101 coaches' checklists run to row 2,526: appended rows get their formulas.
    expect(warnings(await check(await template(3, 101)))).toEqual([]);
    const own = MemoryWorkbook.withSheets(AS_OF, {
      Training: [
        ['Coach', 'Item', 'Completed on', 'Status'],
        ...Array.from({ length: 5 }, () => ['Sam', 'PCI', null, null]),
      ],
    });
    expect(warnings(await check(own))).toEqual([]);
  });

  it('says when the Monthly summary has fewer than twelve rows for each coach', async () => {
    expect(warnings(await check(await template(50, 0)))).toEqual([]);
    const r = await check(await template(51, 0));
    expect(warnings(r)).toEqual([[T.MONTHLY_SUMMARY, 'A602', 'warning']]);
    expect(r.findings.find((f) => f.sheet === T.MONTHLY_SUMMARY)?.message).toMatch(
      /rows for 50 coaches and the Coaches sheet lists 51.*down to row 613/,
    );
  });
});
