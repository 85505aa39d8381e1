/**
 * The monthly summary: per month and coach, sessions that took place, NHS coaching hours by the
 * rules core's hours-that-count rule, distinct clients, new referrals, the did-not-attend rate
 * and supervision received by type and format; nothing after the as-of date.
 */
import { checkWorkbook } from '../../shared/check';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { paneService } from '../../shared/paneService';
import * as summaryModule from '../../shared/check/monthlySummary';

const AS_OF = '2026-03-20';
const TEAM: CellValue[][] = [
  ['Name', 'Coach ID', 'PCI training'],
  ['Sam Jones', 'C1', 'yes'],
  ['Ali Khan', 'C2', 'yes'],
];
const LOG = ['Date', 'Coach ID', 'Client ref', 'Minutes', 'Kind', 'Attendance', 'NHS'];
const SUPERVISION = ['Date', 'Coach ID', 'Type', 'Format', 'Supervisor'];
const CASELOAD = ['Client ref', 'Coach ID', 'Referral date', 'Status'];

async function summary(sheets: Record<string, CellValue[][]>) {
  const wb = MemoryWorkbook.withSheets(AS_OF, { Team: TEAM, ...sheets });
  return (await checkWorkbook(wb, { asOf: AS_OF, writeReport: false })).monthly;
}

describe('monthly summary', () => {
  it('counts each month of each coach by the rules of hours that count', async () => {
    const monthly = await summary({
      Sessions: [
        LOG,
        ['2026-02-02', 'C1', 'A-1', 60, 'Initial 1:1', 'Attended', 'Yes'],
        ['2026-02-09', 'C1', 'a-1 ', 30, 'Follow-up 1:1', null, null],
        ['2026-02-10', 'C1', 'A-2', 45, 'Follow-up 1:1', 'Did not attend', 'Yes'],
        ['2026-02-11', 'C1', 'A-3', 45, 'Follow-up 1:1', 'Cancelled', 'Yes'],
        ['2026-02-12', 'C1', 'A-4', 60, 'Follow-up 1:1', 'Attended', 'No'],
        ['2026-02-13', 'C1', null, 90, 'Group', 'Attended', 'Yes'],
        ['2026-03-02', 'C2', 'B-1', 60, 'Initial 1:1', 'DNA', 'Yes'],
        ['2026-03-03', 'C2', 'B-1', 60, 'Initial 1:1', 'Attended', 'Yes'],
        // After the as-of date: booked, not yet done.
        ['2026-03-25', 'C2', 'B-2', 600, 'Initial 1:1', 'Attended', 'Yes'],
      ],
    });
    expect(monthly.map((m) => [m.month, m.id])).toEqual([
      ['2026-02', 'C1'],
      ['2026-02', 'C2'],
      ['2026-03', 'C1'],
      ['2026-03', 'C2'],
    ]);
    // Attended: 02, 09 (blank = attended), 12 (non-NHS still a session), group = 4 sessions.
    // Hours that count: 1 + 0.5 + 1.5 (group); the non-NHS hour does not.
    // Did not attend 1 of 5 booked (cancelled is neither).
    expect(monthly[0]).toMatchObject({ coach: 'Sam Jones', sessions: 4, nhsHours: 3, clients: 2 });
    expect(monthly[0].didNotAttendRate).toBeCloseTo(1 / 5);
    expect(monthly[1]).toMatchObject({ coach: 'Ali Khan', sessions: 0, nhsHours: 0, didNotAttendRate: null });
    expect(monthly[3]).toMatchObject({ sessions: 1, nhsHours: 1, clients: 1, didNotAttendRate: 0.5 });
  });

  it('counts a client written with other case, spacing or punctuation once, as reviews due match them', async () => {
    const monthly = await summary({
      Sessions: [
        LOG,
        ['2026-03-02', 'C1', 'Ann  Smith', 60, 'Initial 1:1', 'Attended', 'Yes'],
        ['2026-03-09', 'C1', 'ann smith', 60, 'Follow-up 1:1', 'Attended', 'Yes'],
        ['2026-03-10', 'C1', 'C-101', 60, 'Initial 1:1', 'Attended', 'Yes'],
        ['2026-03-11', 'C1', 'c101.', 60, 'Follow-up 1:1', 'Attended', 'Yes'],
        ['2026-03-12', 'C1', 'Ann Smyth', 60, 'Initial 1:1', 'Attended', 'Yes'],
      ],
    });
    expect(monthly.find((m) => m.month === '2026-03' && m.id === 'C1')).toMatchObject({ sessions: 5, clients: 3 });
  });

  it('counts new referrals by referral date and supervision by type and format', async () => {
    const monthly = await summary({
      Caseload: [
        CASELOAD,
        ['A-1', 'C1', '2026-03-01', 'Active'],
        ['A-2', 'C1', '04/03/2026', 'Active'],
        ['A-3', 'C1', 'soon', 'Waiting'],
        ['A-4', 'C1', '2026-03-30', 'Waiting'],
      ],
      'Supervision log': [
        SUPERVISION,
        ['2026-03-05', 'C1', 'Health coaching', 'Group', 'Pat Lee'],
        ['2026-03-06', 'C1', 'Health coaching', '1:1', 'Pat Lee'],
        ['2026-03-07', 'C1', 'Clinical', '1:1', 'Dr Shah'],
        ['2026-03-08', 'C1', 'Line management', null, 'Jo Bell'],
      ],
    });
    const sam = monthly.find((m) => m.month === '2026-03' && m.id === 'C1');
    expect(sam?.newReferrals).toBe(2);
    expect(sam?.supervision).toEqual({
      line: { individual: 1, group: 0 },
      clinical: { individual: 1, group: 0 },
      coaching: { individual: 1, group: 1 },
    });
  });

  it('covers at most the twelve months up to the as-of month, and nothing without activity', async () => {
    const monthly = await summary({
      Sessions: [
        LOG,
        ['2024-01-05', 'C1', 'A-1', 60, null, null, null],
        ['2025-06-05', 'C1', 'A-1', 60, null, null, null],
      ],
    });
    expect([...new Set(monthly.map((m) => m.month))]).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(await summary({})).toEqual([]);
  });

  it('is worked out only when asked for: the pane asks for none and finds the same', async () => {
    const sheets = {
      Sessions: [LOG, ['2026-02-02', 'C1', 'A-1', 60, 'Initial 1:1', 'Attended', 'Yes']],
      Caseload: [CASELOAD, ['A-1', 'C1', '2026-01-20', 'Active']],
    };
    const spy = jest.spyOn(summaryModule, 'monthlySummary');
    try {
      const full = await checkWorkbook(MemoryWorkbook.withSheets(AS_OF, { Team: TEAM, ...sheets }), { asOf: AS_OF });
      expect(spy).toHaveBeenCalledTimes(1);
      expect(full.monthly.length).toBeGreaterThan(0);
      spy.mockClear();
      const bare = await checkWorkbook(MemoryWorkbook.withSheets(AS_OF, { Team: TEAM, ...sheets }), {
        asOf: AS_OF,
        monthly: false,
      });
      expect(bare.monthly).toEqual([]);
      const pane = await paneService(
        MemoryWorkbook.withSheets(AS_OF, { Team: TEAM, ...sheets }),
        'excel',
      ).checkWorkbook({
        asOf: AS_OF,
      });
      expect(spy).not.toHaveBeenCalled();
      expect('monthly' in pane).toBe(false);
      const { monthly: _full, ...rest } = full;
      expect({ ...bare, monthly: undefined }).toEqual({ ...rest, monthly: undefined });
      expect(pane.findings).toEqual(full.findings);
      expect(pane.coaches).toEqual(full.coaches);
    } finally {
      spy.mockRestore();
    }
  });
});
