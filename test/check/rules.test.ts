/**
 * Small workbooks, each built to trigger (or just miss) one rule, so every expected finding
 * can be read off the rows above it.
 */
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';
const check = (sheets: Record<string, CellValue[][]>) =>
  checkWorkbook(MemoryWorkbook.withSheets(AS_OF, sheets), { asOf: AS_OF, writeReport: false });
const rules = (r: CheckResult, coach: string) =>
  r.findings.filter((f) => f.coach === coach).map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.column}${f.row}`);

describe('health coaching supervisors', () => {
  it('flags a supervisor below Tier 3, found among the coaches by ID', async () => {
    const r = await check({
      Team: [
        ['ID', 'Name', 'NHS hours', 'PCI', 'Coaching supervisor'],
        ['A1', 'Sam Jones', 80, 'yes', 'B2'],
        ['B2', 'Bea Hall', 450, 'yes', null],
      ],
    });
    // Bea has 450 hours: Tier 2, one short of the Tier 3 a health coaching supervisor needs.
    expect(rules(r, 'Sam Jones')).toContain('supervisor.below-tier3 action Team!E2');
    expect(r.findings.find((f) => f.rule === 'supervisor.below-tier3')?.message).toContain(
      'supervisor Bea Hall is at Tier 2',
    );
  });

  it('reads the supervisor’s tier and hours from columns when the supervisor is not a coach here', async () => {
    const r = await check({
      Team: [
        ['Name', 'Start date', 'Coaching supervisor', 'Supervisor tier', 'Supervisor caseload hours'],
        ['Sam Jones', '2020-01-01', 'Dr Outside', 3, 49.5],
        ['Ali Khan', '2020-01-01', 'Dr Other', 2, 120],
      ],
    });
    expect(rules(r, 'Sam Jones').filter((x) => x.startsWith('supervisor.'))).toEqual([
      'supervisor.caseload-hours warning Team!C2',
    ]);
    expect(rules(r, 'Ali Khan').filter((x) => x.startsWith('supervisor.'))).toEqual([
      'supervisor.below-tier3 action Team!C3',
    ]);
  });
});

describe('supervision dates', () => {
  it('counts from the start date when no session is recorded, and says none was', async () => {
    const r = await check({
      Team: [
        ['Name', 'Start date', 'Last LM'],
        ['Sam Jones', '2026-01-10', null],
      ],
    });
    const f = r.findings.find((x) => x.rule === 'supervision.line.overdue');
    expect(f).toMatchObject({ coach: 'Sam Jones', sheet: 'Team', row: 2, column: 'C', severity: 'action' });
    expect(f?.message).toBe(
      'Line management is overdue: it was due on 10 Feb 2026 and none is recorded since the coach started.',
    );
  });

  it('reports a last date after the as-of date as a bad value, not as a status', async () => {
    const r = await check({
      Team: [
        ['Name', 'Start date', 'Last CS'],
        ['Sam Jones', '2020-01-01', '2026-04-01'],
      ],
    });
    expect(rules(r, 'Sam Jones')).toContain('data.bad-value warning Team!C2');
    expect(r.findings.find((f) => f.rule === 'data.bad-value')?.message).toContain(
      'last supervision date is after the as-of date',
    );
    expect(r.coaches[0].supervision[1]).toEqual({ type: 'clinical', due: null, status: null });
  });

  it('takes the type from the sheet name when a log is kept one sheet per type', async () => {
    const r = await check({
      Team: [
        ['Name', 'Start date', 'Last LM'],
        ['Sam Jones', '2020-01-01', '2026-03-01'],
      ],
      'Clinical supervision': [
        ['Date', 'Coach'],
        ['2026-02-01', 'Sam Jones'],
      ],
    });
    // Only line management and clinical supervision are recorded; 1 Feb + 3 months is 1 May.
    expect(r.coaches[0].supervision).toEqual([
      { type: 'line', due: '2026-04-01', status: 'OK' },
      { type: 'clinical', due: '2026-05-01', status: 'OK' },
      { type: 'coaching', due: null, status: null },
    ]);
    expect(r.findings.filter((f) => f.rule.endsWith('not-recorded')).map((f) => f.rule)).toEqual([
      'evidence.not-recorded',
      'referrals.not-recorded',
      'supervision.coaching.not-recorded',
    ]);
  });

  it('notes Tier 0–1 coaches in their first six months, and nobody else', async () => {
    const r = await check({
      Team: [
        ['Name', 'Start date', 'NHS hours', 'Last LM'],
        ['New One', '2025-09-21', 10, '2026-03-10'],
        ['Six Months', '2025-09-20', 10, '2026-03-10'],
        ['Quick Study', '2026-01-05', 250, '2026-03-10'],
      ],
    });
    expect(r.findings.filter((f) => f.rule === 'supervision.early-months').map((f) => f.coach)).toEqual(['New One']);
  });
});

describe('readiness for referrals', () => {
  it('is an action for a coach with open clients and a note for one without', async () => {
    const r = await check({
      Team: [
        ['Name', 'PCI training', 'Induction', 'Mandatory training'],
        ['Sam Jones', '2025-10-01', null, 'yes'],
        ['Ali Khan', null, 'done', 'yes'],
      ],
      Caseload: [
        ['Client ref', 'Coach', 'Status', 'Sessions since review'],
        ['C-1', 'Sam Jones', 'Active', 2],
        ['C-2', 'Ali Khan', 'Discharged', 1],
      ],
    });
    expect(rules(r, 'Sam Jones')).toContain('referrals.not-ready action Team!C2');
    expect(rules(r, 'Ali Khan')).toContain('referrals.missing-training note Team!B3');
  });

  it('counts a training date after the as-of date as booked, not done', async () => {
    const r = await check({
      Team: [
        ['Name', 'PCI training', 'Induction', 'Mandatory training'],
        ['Sam Jones', '2026-05-01', 'yes', 'yes'],
      ],
    });
    expect(r.coaches[0]).toMatchObject({ readyForReferrals: false, tier: 0 });
  });
});

describe('the as-of date', () => {
  it('must be a real date written YYYY-MM-DD', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Team: [
        ['Name', 'FTE'],
        ['Sam', 1],
      ],
    });
    await expect(checkWorkbook(wb, { asOf: '20/03/2026' })).rejects.toThrow('YYYY-MM-DD');
    expect(wb.calls).toBe(0);
  });
});
