/**
 * A practice's own list of coaches, as practices keep them before they use our template: their
 * own column names, a title above the header (which is on row 3), and a few bad values, so
 * "Check this workbook" has something to find in a workbook that has no template sheets yet.
 */
import type { CellValue } from '../../shared/workbook';
import { addDays, addMonths, type IsoDate } from '../../shared/values';

/** The sheet's name in the demonstration workbook. */
export const PRACTICE_SHEET = 'Our coaches';

/**
 * The sheet's cells, with dates relative to `today` so the statuses stay interesting whenever
 * the demonstration is opened.
 *
 * @example
 * practiceSheet('2026-04-01')[2][0]; // 'Coach'
 */
export function practiceSheet(today: IsoDate): CellValue[][] {
  const ago = (months: number, days = 0): IsoDate => addDays(addMonths(today, -months), -days);
  return [
    ['Health and wellbeing coaches — Riverside PCN', null, null, null, null, null, null, null, null],
    ['Kept by the practice manager. Last tidied in the spring.', null, null, null, null, null, null, null, null],
    [
      'Coach',
      'Staff no.',
      'Started',
      'FTE',
      'Total hours',
      'PCI done',
      'Last LM',
      'Last CS',
      'Last coaching supervision',
    ],
    ['Hannah Price', 'RPCN-01', ago(30), 1, 640, 'Yes', ago(0, 20), ago(2, 10), ago(0, 25)],
    ['Imran Qureshi', 'RPCN-02', ago(14), 0.6, 210, 'Yes', ago(2), ago(6), null],
    ['Jess Evans', 'RPCN-03', ago(4), 30, '12h', 'No', ago(1, 3), null, ago(0, 10)],
    ['Kofi Mensah', 'RPCN-04', '31/02/2026', '80%', 48, 'Yes', ago(0, 5), ago(1), 'last month'],
    [null, null, null, null, null, null, null, null, null],
    ['Laura Byrne', 'RPCN-05', ago(24), 0.8, 1050, 'Yes', ago(3), ago(5), ago(2)],
  ];
}
