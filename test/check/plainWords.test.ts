/**
 * Counts read as people write them: "1 warning", "0 warnings", "1 competency … has", in the
 * report's title row, the command line's table and every message that carries a number.
 */
import { checkWorkbook } from '../../shared/check';
import { REPORT_TEXT } from '../../shared/check/messages';
import { reportSpec } from '../../shared/check/report/reportSpec';
import { checkTable } from '../../shared/check/report/textReport';
import { COMPETENCIES } from '../../shared/framework/competencies';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';
const check = (sheets: Record<string, CellValue[][]>) =>
  checkWorkbook(MemoryWorkbook.withSheets(AS_OF, sheets), { asOf: AS_OF, writeReport: false });
const message = (r: Awaited<ReturnType<typeof check>>, rule: string, coach: string) =>
  r.findings.find((f) => f.rule === rule && f.coach === coach)?.message;

describe('counts', () => {
  it('are singular for one and plural for any other number', () => {
    expect(REPORT_TEXT.counts(1, 1, 1)).toBe('1 to act on, 1 warning, 1 note');
    expect(REPORT_TEXT.counts(0, 0, 0)).toBe('0 to act on, 0 warnings, 0 notes');
    expect(REPORT_TEXT.counts(2, 5, 9)).toBe('2 to act on, 5 warnings, 9 notes');
  });

  it('read so in the report’s title row and the command line’s table', async () => {
    // One coach with a day of six sessions (a warning) and a tier summary (a note).
    const r = await check({
      'Hours log': [
        ['Date', 'Coach', 'Client ref', 'Minutes'],
        ...Array.from({ length: 6 }, (_, i): CellValue[] => ['2026-03-02', 'Sam Jones', `C-${i}`, 50]),
      ],
    });
    const own = r.findings.filter((f) => f.coach === 'Sam Jones').map((f) => f.severity);
    expect(own.sort()).toEqual(['note', 'warning']);
    const onlySam = { ...r, findings: r.findings.filter((f) => f.coach === 'Sam Jones') };
    expect(checkTable(onlySam, 'log.csv').split('\n')[1]).toBe('1 coach: 0 to act on, 1 warning, 1 note');
    expect(reportSpec('HWBC Report', onlySam).columns[2].header).toBe('0 to act on, 1 warning, 1 note');
  });
});

describe('messages with a number in them', () => {
  it('say "1 NHS coaching hour", "1 hour to the next tier" and "1 minute"', async () => {
    const r = await check({
      Team: [
        ['Name', 'PCI training', 'NHS hours', 'Last HCS', 'Coaching supervisor'],
        ['One Hour', 'yes', 1, null, null],
        ['Almost', 'yes', 49, '2026-03-10', 'Dr Out'],
      ],
      'Supervision log': [
        ['Date', 'Coach', 'Type', 'Format', 'Minutes'],
        ['2026-03-10', 'Almost', 'HCS', '1:1', 1],
      ],
    });
    expect(message(r, 'tier.summary', 'One Hour')).toBe(
      'Working towards Tier 1 with 1 NHS coaching hour; 49 hours to the next tier.',
    );
    expect(message(r, 'tier.summary', 'Almost')).toBe(
      'Working towards Tier 1 with 49 NHS coaching hours; 1 hour to the next tier.',
    );
    expect(message(r, 'supervision.coaching.under-one-hour', 'Almost')).toMatch(/^Only 1 minute of individual/);
  });

  it('say "1 caseload hour" of a supervisor and "1 competency … has no evidence"', async () => {
    const tier1 = COMPETENCIES.filter((c) => ['PRO', 'COM', 'MOD'].includes(c.area)).map((c) => c.code);
    const r = await check({
      Team: [
        ['Name', 'PCI training', 'Prior hours', 'Coaching supervisor'],
        ['Sam Jones', 'yes', 60, 'Ali Khan'],
        ['Ali Khan', 'yes', 600, null],
      ],
      'Hours log': [
        ['Date', 'Coach', 'Client ref', 'Minutes'],
        ['2026-03-02', 'Ali Khan', 'C-1', 60],
      ],
      'Evidence log': [
        ['Date', 'Coach', 'Competency code', 'Reviewed by', 'Reviewed on'],
        ...tier1.slice(1).map((code): CellValue[] => ['2026-02-01', 'Sam Jones', code, 'A. Patel', '2026-02-10']),
      ],
    });
    expect(message(r, 'supervisor.caseload-hours', 'Sam Jones')).toBe(
      'Health coaching supervisor Ali Khan has 1 caseload hour in the last 12 months; a supervisor needs at least 50.',
    );
    expect(message(r, 'evidence.gap', 'Sam Jones')).toBe(
      `1 competency required at Tier 1 has no evidence reviewed by a supervisor: ${tier1[0]}.`,
    );
  });
});
