import type { MonthlyFigures } from '../check/monthlySummary';
import type { CheckOutcome } from '../check/runCheck';
import type { CoachSummary } from '../check/types';
import { combineChecks } from './combineChecks';
import { monthTotals } from './teamTotals';

const coach = (name: string, id: string | null, row = 2): CoachSummary => ({
  coach: name,
  id,
  sheet: 'Coaches',
  row,
  tier: 1,
  tierWords: 'Tier 1',
  hoursToNextTier: 10,
  nextTier: 10,
  readyForReferrals: true,
  supervision: [],
  rag: 'green',
  counts: { action: 0, warning: 0, note: 0 },
  groupCoaching: { last: null, lastThreeMonths: 0 },
});
const month = (m: string, name: string, sessions: number, didNotAttend: number): MonthlyFigures => ({
  month: m,
  coach: name,
  id: null,
  sessions,
  nhsHours: sessions * 0.75,
  clients: sessions,
  newReferrals: 1,
  didNotAttend,
  didNotAttendRate: didNotAttend / (sessions + didNotAttend),
  supervision: {
    line: { individual: 1, group: 0 },
    clinical: { individual: 0, group: 0 },
    coaching: { individual: 1, group: 1 },
  },
});
const outcome = (asOf: string, coaches: CoachSummary[], monthly: MonthlyFigures[] = []): CheckOutcome => ({
  asOf,
  coaches,
  findings: [],
  monthly,
});

describe('combineChecks', () => {
  it('keeps each workbook with its coaches, and a reason for each workbook with none', () => {
    const team = combineChecks(
      [
        { file: 'a.xlsx', outcome: outcome('2026-03-20', [coach('Sam Jones', 'C1'), coach('Ali Khan', 'C2', 3)]) },
        { file: 'b.xlsx', problem: '"b.xlsx" is not a readable .xlsx workbook.' },
        { file: 'notes.csv', outcome: outcome('2026-03-20', []) },
      ],
      '2026-03-20',
    );
    expect(team.files.map((f) => [f.file, f.coaches, f.problem?.slice(0, 12) ?? null])).toEqual([
      ['a.xlsx', 2, null],
      ['b.xlsx', 0, '"b.xlsx" is '],
      ['notes.csv', 0, '"notes.csv" '],
    ]);
    expect(team.coaches.map((c) => [c.file, c.coach])).toEqual([
      ['a.xlsx', 'Sam Jones'],
      ['a.xlsx', 'Ali Khan'],
    ]);
  });

  it('warns once per later workbook holding a coach ID already seen, in any case or spacing', () => {
    const team = combineChecks([
      { file: 'a.xlsx', outcome: outcome('2026-03-20', [coach('Sam Jones', 'C1')]) },
      { file: 'b.xlsx', outcome: outcome('2026-03-20', [coach('Sam J', ' c1 '), coach('Jo Bell', null)]) },
      { file: 'c.xlsx', outcome: outcome('2026-03-20', [coach('Sam Jones', 'C1', 5)]) },
    ]);
    const same = team.findings.filter((f) => f.rule === 'team.same-coach-in-two-workbooks');
    expect(same.map((f) => [f.file, f.coach, f.row, f.severity])).toEqual([
      ['b.xlsx', 'Sam J', 2, 'warning'],
      ['c.xlsx', 'Sam Jones', 5, 'warning'],
    ]);
    expect(same[0].message).toContain('is also in a.xlsx (Coaches row 2)');
    expect(team.coaches.map((c) => c.rag)).toEqual(['green', 'amber', 'green', 'amber']);
  });

  it('notes when the workbooks were checked on different dates and none was given', () => {
    const checks = [
      { file: 'a.xlsx', outcome: outcome('2026-03-20', [coach('Sam Jones', 'C1')]) },
      { file: 'b.xlsx', outcome: outcome('2026-03-31', [coach('Ali Khan', 'C2')]) },
    ];
    const team = combineChecks(checks);
    expect(team.asOf).toBe('2026-03-31');
    expect(team.findings[0]).toMatchObject({ rule: 'team.as-of-differs', severity: 'note' });
    expect(combineChecks(checks, '2026-04-01').findings).toEqual([]);
  });

  it("adds each month's figures over the coaches, the did-not-attend rate from the counts", () => {
    const team = combineChecks([
      {
        file: 'a.xlsx',
        outcome: outcome('2026-03-20', [coach('Sam Jones', 'C1')], [month('2026-03', 'Sam Jones', 9, 1)]),
      },
      {
        file: 'b.xlsx',
        outcome: outcome(
          '2026-03-20',
          [coach('Ali Khan', 'C2')],
          [month('2026-03', 'Ali Khan', 27, 3), month('2026-02', 'Ali Khan', 4, 0)],
        ),
      },
    ]);
    expect(team.monthly.map((m) => m.file)).toEqual(['a.xlsx', 'b.xlsx', 'b.xlsx']);
    expect(monthTotals(team.monthly)).toEqual([
      expect.objectContaining({ month: '2026-02', sessions: 4, didNotAttendRate: 0, supervision: 3 }),
      expect.objectContaining({
        month: '2026-03',
        sessions: 36,
        nhsHours: 27,
        didNotAttend: 4,
        didNotAttendRate: 0.1,
        supervision: 6,
      }),
    ]);
  });
});
