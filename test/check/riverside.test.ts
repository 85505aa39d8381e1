import { checkWorkbook } from '../../shared/check';
import type { CheckResult, Finding } from '../../shared/check/types';
import {
  AS_OF,
  CLIENT_HEADERS,
  CLIENTS,
  col,
  HOURS,
  HOURS_HEADERS,
  riverside,
  SUPERVISION,
  TEAM,
  TEAM_HEADERS,
} from './riversideFixture';

const team = (header: string) => col(TEAM_HEADERS, header);
type Expected = [
  rule: string,
  severity: string,
  sheet: string,
  row: number | null,
  column: string | null,
  coach: string | null,
];
const key = (f: Finding): Expected => [f.rule, f.severity, f.sheet, f.row, f.column, f.coach];
const sorted = (xs: Expected[]) => [...xs].map((x) => JSON.stringify(x)).sort();

let result: CheckResult;
beforeAll(async () => {
  result = await checkWorkbook(riverside(), { asOf: AS_OF, writeReport: false });
});

describe('a practice’s own workbook (Riverside)', () => {
  it('maps each sheet to its kind, with the team header found on row 3 and the caseload’s on row 2', () => {
    const kinds = Object.fromEntries(result.mappings.map((m) => [m.sheet, [m.kind, m.headerRow]]));
    expect(kinds).toEqual({
      [TEAM]: ['coaches', 3],
      [HOURS]: ['hoursLog', 1],
      [CLIENTS]: ['caseload', 2],
      [SUPERVISION]: ['supervisionLog', 1],
    });
    const teamFields = result.mappings[0].columns.map((c) => c.field);
    expect(teamFields).toEqual([
      'id',
      'name',
      'hoursPerWeek',
      'hours',
      'startDate',
      'pci',
      'induction',
      'mandatory',
      'lastLine',
      'lastClinical',
      'lastCoaching',
      'coachingSupervisor',
      'evidencedTier',
      'tier2SignOff',
    ]);
  });

  it('gives exactly the findings the data calls for, each at its cell', () => {
    const S = 'Sam Jones';
    const A = 'Ali Khan';
    const P = 'Pat Lee';
    const expected: Expected[] = [
      ['evidence.not-recorded', 'note', TEAM, null, null, null],
      ['data.unknown-coach', 'note', HOURS, 19, col(HOURS_HEADERS, 'HWBC'), null],
      // Sam: clinical supervision due 1 Mar 2026 (1 Dec 2025 + 3 months), overdue on 20 Mar.
      ['supervision.clinical.overdue', 'action', TEAM, 5, team('Last clinical supervision'), S],
      // The log's 25 Feb session (later than the sheet's 20 Feb) makes it due 25 Mar: within a week.
      ['supervision.coaching.due-soon', 'warning', SUPERVISION, 2, 'A', S],
      // That session was 30 minutes one-to-one, the only one in the last month.
      ['supervision.coaching.under-one-hour', 'warning', SUPERVISION, 2, 'A', S],
      // Ali has 48 × 50 minutes = 40 NHS hours in the last 12 months (private and supervision time excluded).
      ['supervisor.caseload-hours', 'warning', TEAM, 5, team('Coaching supervisor'), S],
      ['caseload.day-over', 'warning', HOURS, 2, 'A', S],
      ['caseload.review-due', 'warning', CLIENTS, 3, col(CLIENT_HEADERS, 'Sessions since last review'), S],
      ['ig.person-name', 'action', HOURS, 15, col(HOURS_HEADERS, 'Client ref'), S],
      ['ig.nhs-number', 'action', HOURS, 16, col(HOURS_HEADERS, 'Client ref'), S],
      ['data.bad-value', 'warning', HOURS, 18, 'A', S],
      ['tier.summary', 'note', TEAM, 5, team('Total hours'), S],
      // Ali: WTE 0.8 opens the clinical window at 2 months (5 Mar) before it is due at 3 (5 Apr).
      ['supervision.clinical.due-soon', 'warning', TEAM, 6, team('Last clinical supervision'), A],
      ['caseload.review-due', 'warning', CLIENTS, 7, col(CLIENT_HEADERS, 'Sessions since last review'), A],
      ['ig.person-name', 'action', CLIENTS, 7, col(CLIENT_HEADERS, 'Client ID'), A],
      ['tier.summary', 'note', TEAM, 6, team('Total hours'), A],
      // Pat: "12h" and "soon" are bad values; no line or coaching supervision and no start date.
      ['data.bad-value', 'warning', TEAM, 8, team('Total hours'), P],
      ['data.bad-value', 'warning', TEAM, 8, team('Start date'), P],
      ['tier.summary', 'note', TEAM, 8, team('Total hours'), P],
      ['referrals.not-ready', 'action', TEAM, 8, team('Induction completed'), P],
      ['supervision.line.never', 'warning', TEAM, 8, team('Last LM'), P],
      ['supervision.coaching.never', 'warning', TEAM, 8, team('Last HCS'), P],
      ['supervisor.caseload-hours', 'warning', TEAM, 8, team('Coaching supervisor'), P],
      ['tier.tier2-signoff', 'action', TEAM, 8, team('Tier 2 sign-off'), P],
    ];
    expect(sorted(result.findings.map(key))).toEqual(sorted(expected));
  });

  it('says in each message what was found', () => {
    const message = (rule: string, coach: string | null) =>
      result.findings.find((f) => f.rule === rule && f.coach === coach)?.message ?? '';
    expect(message('tier.summary', 'Sam Jones')).toBe('Tier 1 with 120 NHS coaching hours; 80 hours to the next tier.');
    expect(message('tier.summary', 'Ali Khan')).toContain('Tier 3 with 640 NHS coaching hours; 360 hours');
    expect(message('supervision.clinical.overdue', 'Sam Jones')).toContain('due on 1 Mar 2026 (last on 1 Dec 2025)');
    expect(message('supervision.coaching.under-one-hour', 'Sam Jones')).toContain('Only 30 minutes');
    expect(message('supervisor.caseload-hours', 'Sam Jones')).toContain('Ali Khan has 40 caseload hours');
    expect(message('caseload.day-over', 'Sam Jones')).toContain('6 sessions on 4 Mar 2026');
    expect(message('referrals.not-ready', 'Pat Lee')).toContain('setting induction and mandatory training');
    expect(message('data.unknown-coach', null)).toContain('"Chris Doe"');
    const bad = result.findings.filter((f) => f.rule === 'data.bad-value').map((f) => f.message);
    expect(bad).toContain(
      'HWBC team, cell D8: Total hours must be a number ≥ 0, got "12h". This value was left out of the check.',
    );
    expect(
      bad.some(
        (m) => m.startsWith('Sessions 2026, cell A18: Date is not a real calendar date') && m.includes('31/02/2026'),
      ),
    ).toBe(true);
    // Information governance findings never copy the identifier they found.
    const ig = result.findings.filter((f) => f.rule.startsWith('ig.')).map((f) => f.message);
    expect(ig.join(' ')).not.toMatch(/Jane|Smith|Patel|943 476|9434765919/);
    expect(ig.join(' ')).toContain('ending …919');
  });

  it('summarises each coach with tier, readiness, supervision and a RAG from the findings', () => {
    const line = (name: string) => result.coaches.find((c) => c.coach === name);
    expect(result.coaches.map((c) => [c.coach, c.id, c.sheet, c.row])).toEqual([
      ['Sam Jones', 'S01', TEAM, 5],
      ['Ali Khan', 'S02', TEAM, 6],
      ['Pat Lee', 'S03', TEAM, 8],
    ]);
    expect(line('Sam Jones')).toMatchObject({ tier: 1, hoursToNextTier: 80, readyForReferrals: true, rag: 'red' });
    expect(line('Sam Jones')?.supervision).toEqual([
      { type: 'line', due: '2026-04-01', status: 'OK' },
      { type: 'clinical', due: '2026-03-01', status: 'Overdue' },
      { type: 'coaching', due: '2026-03-25', status: 'Due soon' },
    ]);
    expect(line('Ali Khan')).toMatchObject({ tier: 3, hoursToNextTier: 360, readyForReferrals: true, rag: 'red' });
    expect(line('Ali Khan')?.supervision[1]).toEqual({ type: 'clinical', due: '2026-04-05', status: 'Due soon' });
    expect(line('Pat Lee')).toMatchObject({ tier: null, hoursToNextTier: null, readyForReferrals: false, rag: 'red' });
    expect(line('Pat Lee')?.counts).toEqual({ action: 2, warning: 5, note: 1 });
  });

  it('lists workbook notes first, then each coach in sheet order, most serious first', () => {
    const order = result.findings.map((f) => f.coach);
    expect(order.slice(0, 2)).toEqual([null, null]);
    const coaches = order.slice(2);
    expect([...new Set(coaches)]).toEqual(['Sam Jones', 'Ali Khan', 'Pat Lee']);
    const sam = result.findings.filter((f) => f.coach === 'Sam Jones').map((f) => f.severity);
    expect(sam).toEqual(
      [...sam].sort((a, b) => ['action', 'warning', 'note'].indexOf(a) - ['action', 'warning', 'note'].indexOf(b)),
    );
  });

  it('does not depend on today: the as-of date decides', async () => {
    const later = await checkWorkbook(riverside('2027-01-01'), { asOf: AS_OF, writeReport: false });
    expect(later.findings).toEqual(result.findings);
    expect(later.asOf).toBe(AS_OF);
  });
});
