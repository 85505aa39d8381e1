/**
 * The Settings sheet's policy (docs/rules.md §2): intervals are whole months, 1 or more, and the
 * warning whole days; anything else is reported and the default used. The 12-month longest
 * gap for clinical supervision is fixed, whatever an older workbook's Settings say.
 */
import { checkWorkbook } from '../../shared/check';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';
const HEADERS = [
  'Setting',
  'Line management every (months)',
  'Health coaching supervision every (months)',
  'Clinical supervision due after (months, full time)',
  'Clinical supervision longest gap (months)',
  'Due soon warning (days)',
];

/** Two coaches: full time (monthly line management) and 0.2 WTE (clinical: 3 ÷ 0.2 = 15, capped). */
function workbook(yours: CellValue[]): MemoryWorkbook {
  return MemoryWorkbook.withSheets(AS_OF, {
    Settings: [HEADERS, ['Your value', ...yours], ['Default', 1, 1, 3, 12, 7]],
    Coaches: [
      ['Name', 'WTE', 'Start date', 'Last LM', 'Last HCS', 'Last CS'],
      ['Sam Jones', 1, '2020-01-01', '2026-03-10', '2026-03-10', '2026-03-10'],
      ['Kit Day', 0.2, '2020-01-01', '2026-03-10', '2026-03-10', '2025-06-01'],
    ],
  });
}

const check = (wb: MemoryWorkbook) => checkWorkbook(wb, { asOf: AS_OF, writeReport: false });

describe('policy from the Settings sheet', () => {
  it('refuses an interval of 0 months or a part month, saying so at the cell, and uses the default', async () => {
    const r = await check(workbook([0, 1.5, 'quarterly', null, null]));
    expect(r.findings.filter((f) => f.rule === 'data.bad-value').map((f) => [f.sheet, f.column, f.row])).toEqual([
      ['Settings', 'B', 2],
      ['Settings', 'C', 2],
      ['Settings', 'D', 2],
    ]);
    expect(r.findings.find((f) => f.column === 'B' && f.sheet === 'Settings')?.message).toBe(
      'Settings, cell B2: Line management every (months) must be a whole number of months, 1 or more, got 0; the default of 1 is used instead. This value was left out of the check.',
    );
    // With the defaults, a session on 10 March is next due on 10 April (10 June for clinical).
    expect(r.coaches[0].supervision).toEqual([
      { type: 'line', due: '2026-04-10', status: 'OK' },
      { type: 'clinical', due: '2026-06-10', status: 'OK' },
      { type: 'coaching', due: '2026-04-10', status: 'OK' },
    ]);
  });

  it('ignores a "longest gap" setting: clinical supervision is never more than 12 months apart', async () => {
    const r = await check(workbook([null, null, null, 6, null]));
    expect(r.findings.filter((f) => f.sheet === 'Settings')).toEqual([]);
    // Not 6 months (1 Dec 2025, overdue): min(12, 15) months after 1 June 2025.
    expect(r.coaches[1].supervision[1]).toEqual({ type: 'clinical', due: '2026-06-01', status: 'OK' });
  });

  it('is not mistaken for another setting when it is the only clinical column', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Settings: [
        ['Setting', 'Clinical supervision longest gap (months)', 'Due soon warning (days)'],
        ['Your value', 1, 14],
      ],
      Coaches: [
        ['Name', 'WTE', 'Last CS'],
        ['Sam Jones', 1, '2026-03-10'],
      ],
    });
    const r = await check(wb);
    // Due 3 months on (not 1): the longest gap did not pass for "due after (months)".
    expect(r.coaches[0].supervision[1]).toEqual({ type: 'clinical', due: '2026-06-10', status: 'OK' });
  });

  it('takes whole months and whole days, including a warning of 0 days', async () => {
    const r = await check(workbook([2, 1, 4, null, 0]));
    expect(r.findings.filter((f) => f.sheet === 'Settings')).toEqual([]);
    expect(r.coaches[0].supervision).toEqual([
      { type: 'line', due: '2026-05-10', status: 'OK' },
      { type: 'clinical', due: '2026-07-10', status: 'OK' },
      { type: 'coaching', due: '2026-04-10', status: 'OK' },
    ]);
    const days = await check(workbook([null, null, null, null, 2.5]));
    expect(days.findings.filter((f) => f.rule === 'data.bad-value').map((f) => f.message)).toEqual([
      'Settings, cell F2: Due soon warning (days) must be a whole number ≥ 0, got 2.5. This value was left out of the check.',
    ]);
  });
});
