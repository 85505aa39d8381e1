/**
 * Hours log answers the check reads more widely than the template's formulas (docs/rules.md §1):
 * "DNA", "Private" or "CPD" is a "no" to the check and a yes to the formulas, which leave out
 * only "Did not attend", "Cancelled" and NHS "No", and read no kind. The check says so, once a
 * sheet, answer and word, where the Coaches sheet works the tier out with a formula.
 */
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import type { CellValue } from '../../shared/workbook';

const AS_OF = '2026-03-20';
const COACHES: CellValue[][] = [
  ['Coach ID', 'Name', 'PCI training', 'Tier'],
  ['HWBC-001', 'Sam Jones', 'yes', 1],
];
const LOG_HEADERS = ['Date', 'Coach', 'Client ref', 'Minutes', 'Kind', 'Attendance', 'NHS'];

/** Sessions of Sam's, a day apart from 2 Feb, each with its kind, attendance and NHS answers. */
const sessions = (answers: readonly [CellValue, CellValue, CellValue][]): CellValue[][] =>
  answers.map(([kind, attendance, nhs], i) => [
    `2026-02-${String(2 + i).padStart(2, '0')}`,
    'HWBC-001',
    'C-1',
    50,
    kind,
    attendance,
    nhs,
  ]);

async function check(answers: readonly [CellValue, CellValue, CellValue][], tierWorkedOut = true) {
  const wb = MemoryWorkbook.withSheets(AS_OF, { Coaches: COACHES, 'Hours log': [LOG_HEADERS, ...sessions(answers)] });
  if (tierWorkedOut) (wb.sheets.get('Coaches') as { formulas: (string | null)[][] }).formulas[1][3] = '=1';
  return checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
}

const readOtherwise = (r: CheckResult) => r.findings.filter((f) => f.rule === 'data.answer-read-otherwise');

describe('an hours log answer the template reads otherwise', () => {
  it('is a warning at the first row of each answer and word (case aside), for the log', async () => {
    const r = await check([
      ['Follow-up 1:1', 'DNA', 'Yes'],
      ['Follow-up 1:1', 'dna', 'Private'],
      ['Follow-up 1:1', 'Did not attend', 'No'],
      ['Follow-up 1:1', 'cancelled', 'no'],
      ['Follow-up 1:1', 'Cancelled ', 'N'],
      ['CPD', 'Attended', 'Yes'],
      [null, false, null],
    ]);
    expect(readOtherwise(r).map((f) => [f.severity, f.row, f.column, f.coach, f.message.split('. ')[0]])).toEqual([
      ['warning', 2, 'F', null, `Hours log's Attendance says "DNA" on 2 rows from 2 to 3`],
      ['warning', 3, 'G', null, `Hours log's NHS says "Private" on row 3`],
      ['warning', 6, 'F', null, `Hours log's Attendance says "Cancelled " on row 6`],
      ['warning', 6, 'G', null, `Hours log's NHS says "N" on row 6`],
      ['warning', 7, 'E', null, `Hours log's Kind says "CPD" on row 7`],
      ['warning', 8, 'F', null, `Hours log's Attendance says "false" on row 8`],
    ]);
    const message = (column: string) => readOtherwise(r).find((f) => f.column === column)?.message ?? '';
    expect(message('F')).toContain('Write "Did not attend" or "Cancelled".');
    expect(message('G')).toContain('Write "No".');
    expect(message('E')).toContain('Record supervision in the Supervision log and CPD in the CPD log');
  });

  it("says nothing of the template's own words, or of yes answers in any words", async () => {
    const r = await check([
      ['Initial 1:1', 'Attended', 'Yes'],
      ['Group', 'Did not attend', 'No'],
      ['Follow-up 1:1', 'CANCELLED', null],
      ['Coaching', 'came', 'NHS funded'],
    ]);
    expect(readOtherwise(r)).toEqual([]);
  });

  it('is not said where the Coaches sheet has no formula to count the row', async () => {
    expect(readOtherwise(await check([['CPD', 'DNA', 'Private']], false))).toEqual([]);
  });
});
