/**
 * Log rows naming a coach otherwise than by the Coaches sheet's ID (docs/rules.md §9): the
 * check counts them for the coach, the template's formulas (matching the ID as written, case
 * aside) leave them out, so the check says so, once a sheet and way of writing, where the
 * Coaches sheet works the tier out with a formula.
 */
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import type { CellValue } from '../../shared/workbook';

const AS_OF = '2026-03-20';
const COACHES: CellValue[][] = [
  ['Coach ID', 'Name', 'PCI training', 'Tier'],
  ['HWBC-001', 'Sam Jones', 'yes', 1],
  ['HWBC-002', 'Ali Khan', 'yes', 0],
];
const LOG_HEADERS = ['Date', 'Coach', 'Client ref', 'Minutes'];

const session = (coach: string, day: number): CellValue[] => [
  `2026-02-${String(day).padStart(2, '0')}`,
  coach,
  'C-1',
  50,
];

/** The workbook with these log coaches; the Coaches sheet's Tier a formula unless `typedTier`. */
async function check(coaches: readonly string[], typedTier = false, supervision: CellValue[][] = []) {
  const wb = MemoryWorkbook.withSheets(AS_OF, {
    Coaches: COACHES,
    'Hours log': [LOG_HEADERS, ...coaches.map((c, i) => session(c, i + 2))],
    ...(supervision.length > 0 ? { 'Supervision log': [['Date', 'Coach', 'Type'], ...supervision] } : {}),
  });
  if (!typedTier)
    for (const r of [1, 2]) (wb.sheets.get('Coaches') as { formulas: (string | null)[][] }).formulas[r][3] = '=1';
  return checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
}

const written = (r: CheckResult) =>
  r.findings
    .filter((f) => f.rule === 'data.coach-written-otherwise')
    .map((f) => [f.severity, f.sheet, f.row, f.column, f.coach]);

describe('a coach named otherwise than by ID', () => {
  it('is a warning at the first row, once a sheet and way of writing (case aside), naming the rows and the ID', async () => {
    const r = await check(['HWBC-001', 'Sam Jones', 'hwbc-001', 'Sam Jones', 'HWBC001', 'sam jones', 'Ali Khan']);
    expect(written(r)).toEqual([
      ['warning', 'Hours log', 3, 'B', 'Sam Jones'],
      ['warning', 'Hours log', 6, 'B', 'Sam Jones'],
      ['warning', 'Hours log', 8, 'B', 'Ali Khan'],
    ]);
    const [first] = r.findings.filter((f) => f.rule === 'data.coach-written-otherwise');
    expect(first.message).toMatch(
      /^Hours log names this coach "Sam Jones" on 3 rows from 3 to 7, not by the ID on the Coaches sheet \("HWBC-001"\)\. /,
    );
    expect(first.message).toContain('Write "HWBC-001" in those rows.');
    // The rows still count for the coach in the check.
    const sam = r.coaches.find((c) => c.coach === 'Sam Jones');
    expect(sam).toBeDefined();
  });

  it('is the ID written with spaces around it, which a formula matches as written too', async () => {
    const r = await check(['HWBC-001', 'HWBC-001 ', ' HWBC-001', 'HWBC-001 ']);
    expect(written(r).map((w) => [w[2], w[4]])).toEqual([
      [3, 'Sam Jones'],
      [4, 'Sam Jones'],
    ]);
    const messages = r.findings.filter((f) => f.rule === 'data.coach-written-otherwise').map((f) => f.message);
    expect(messages[0]).toMatch(/^Hours log names this coach "HWBC-001 " on 2 rows from 3 to 5/);
    expect(messages[1]).toMatch(/^Hours log names this coach " HWBC-001" on row 4/);
  });

  it('is said once, at the Coaches ID, when the ID itself is written with spaces around it', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Coaches: [COACHES[0], ['HWBC-001 ', 'Sam Jones', 'yes', 1]],
      'Hours log': [LOG_HEADERS, session('HWBC-001', 2), session('HWBC-001 ', 3), session(' HWBC-001', 4)],
    });
    (wb.sheets.get('Coaches') as { formulas: (string | null)[][] }).formulas[1][3] = '=1';
    const r = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(written(r)).toEqual([['warning', 'Coaches', 2, 'A', 'Sam Jones']]);
    expect(r.findings.find((f) => f.rule === 'data.coach-written-otherwise')?.message).toMatch(
      /^This coach's ID is written "HWBC-001 ", with spaces around it\..*rows naming "HWBC-001" are left out.*Delete the spaces\.$/,
    );
  });

  it('is not case alone, which the formulas ignore too', async () => {
    expect(written(await check(['HWBC-001', 'hwbc-001', 'Hwbc-002']))).toEqual([]);
  });

  it('is not said where the Coaches sheet has no formula to leave a row out', async () => {
    expect(written(await check(['Sam Jones', 'HWBC001'], true))).toEqual([]);
  });

  it('is said for each sheet apart', async () => {
    const r = await check(['Sam Jones'], false, [['2026-02-10', 'Sam Jones', 'Clinical']]);
    expect(written(r).map((w) => [w[1], w[2]])).toEqual([
      ['Hours log', 2],
      ['Supervision log', 2],
    ]);
  });
});
