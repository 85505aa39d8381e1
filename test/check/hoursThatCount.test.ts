/**
 * Which hours-log rows count (docs/rules.md §1, the rule the template's "NHS coaching hours"
 * formula follows too): dated on or before the as-of date, attended (blank = attended), NHS
 * (blank = NHS). An undated session counts for nothing and is reported once, at its row.
 */
import fc from 'fast-check';
import { checkWorkbook, guessMappings } from '../../shared/check';
import { guessFromSheets } from '../../shared/check/find/guess';
import { readWorkbook } from '../../shared/check/read/readWorkbook';
import { hoursLogRowCounts } from '../../shared/rules/tiers/hoursThatCount';
import { readContext } from '../../shared/values/context';
import type { CheckResult } from '../../shared/check/types';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';
const TEAM: CellValue[][] = [
  ['Name', 'PCI training', 'Prior hours'],
  ['Sam Jones', 'yes', 40],
];
const LOG_HEADERS = ['Date', 'Coach', 'Client ref', 'Minutes', 'Attendance', 'NHS', 'Notes'];

const check = (log: CellValue[][]) =>
  checkWorkbook(MemoryWorkbook.withSheets(AS_OF, { Team: TEAM, Sessions: [LOG_HEADERS, ...log] }), {
    asOf: AS_OF,
    writeReport: false,
  });
const undated = (r: CheckResult) =>
  r.findings.filter((f) => f.rule === 'data.undated-session').map((f) => [f.severity, f.row, f.column, f.coach]);

describe('hours that count towards the tier', () => {
  it('counts dated, attended NHS sessions up to the as-of date, blank attendance and NHS included', async () => {
    const r = await check([
      ['2026-03-02', 'Sam Jones', 'C-1', 300, 'Attended', 'Yes'],
      // Blank attendance and NHS cells: a logged session is taken to have happened, in the NHS.
      ['2026-03-03', 'Sam Jones', 'C-2', 300, null, null],
      ['2026-03-04', 'Sam Jones', 'C-3', 600, 'Did not attend', 'Yes'],
      ['2026-03-05', 'Sam Jones', 'C-4', 600, 'Cancelled', 'Yes'],
      ['2026-03-06', 'Sam Jones', 'C-5', 600, 'Attended', 'No'],
      // After the as-of date: booked, not yet done.
      ['2026-03-21', 'Sam Jones', 'C-6', 600, 'Attended', 'Yes'],
    ]);
    // 40 prior hours + 5 + 5.
    expect(r.coaches[0]).toMatchObject({ coach: 'Sam Jones', tier: 1, hoursToNextTier: 150 });
    expect(undated(r)).toEqual([]);
  });

  it('does not count an undated session, and says so once at its date cell', async () => {
    const r = await check([
      ['2026-03-02', 'Sam Jones', 'C-1', 600, 'Attended', 'Yes'],
      [null, 'Sam Jones', 'C-2', 600, 'Attended', 'Yes'],
    ]);
    // 40 prior hours + 10: the undated 10 hours would make it 60.
    expect(r.coaches[0]).toMatchObject({ tier: 1, hoursToNextTier: 150 });
    expect(undated(r)).toEqual([['warning', 3, 'A', 'Sam Jones']]);
    expect(r.findings.find((f) => f.rule === 'data.undated-session')?.message).toBe(
      'Sessions, row 3: this session has no date (cell A3 is blank), so it was left out of the check: it does not count towards NHS coaching hours, sessions in a day or client reviews. Fill in the date it took place.',
    );
    expect(r.coaches[0].rag).toBe('amber');
  });

  it('reports no undated session for rows that would not count anyway, a totals line, or a bad date already reported', async () => {
    const r = await check([
      [null, 'Sam Jones', 'C-1', 60, 'Did not attend', 'Yes'],
      [null, null, null, null, null, null, 'A note under the log'],
      ['31/02/2026', 'Sam Jones', 'C-2', 60, 'Attended', 'Yes'],
      [null, null, 'Total', 120],
    ]);
    expect(undated(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'data.bad-value').map((f) => [f.row, f.column])).toEqual([[4, 'A']]);
  });

  it('says once for a whole sheet whose confirmed mapping has no date column', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Team: TEAM,
      Sessions: [
        LOG_HEADERS,
        ['2026-03-02', 'Sam Jones', 'C-1', 600, 'Attended', 'Yes'],
        ['2026-03-03', 'Sam Jones', 'C-2', 600, 'Attended', 'Yes'],
      ],
    });
    const mappings = (await guessMappings(wb)).map((m) => ({
      ...m,
      columns: m.columns.filter((c) => c.field !== 'date'),
    }));
    const r = await checkWorkbook(wb, { asOf: AS_OF, mappings, writeReport: false });
    expect(undated(r)).toEqual([['warning', null, null, null]]);
    expect(r.findings.find((f) => f.rule === 'data.undated-session')?.message).toContain(
      'Sessions has no date column, so none of its sessions count',
    );
    expect(r.coaches[0]).toMatchObject({ tier: 0, hoursToNextTier: 10 });
  });
});

describe('one rule with the template', () => {
  it('counts exactly the rows the rules core’s hoursLogRowCounts counts, for the template’s answers', async () => {
    const row = fc.record({
      date: fc.constantFrom(null, '2026-03-19', '2026-03-20', '2026-03-21'),
      attendance: fc.constantFrom(null, 'Attended', 'Did not attend', 'Cancelled', 'cancelled', 'Rescheduled'),
      nhs: fc.constantFrom(null, 'Yes', 'No', 'no'),
      minutes: fc.integer({ min: 1, max: 120 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const wb = MemoryWorkbook.withSheets(AS_OF, {
          Team: TEAM,
          Sessions: [
            LOG_HEADERS,
            ...rows.map((r, i): CellValue[] => [r.date, 'Sam Jones', `C-${i}`, r.minutes, r.attendance, r.nhs]),
          ],
        });
        const sheets = await Promise.all(['Team', 'Sessions'].map((n) => wb.read(n)));
        const data = readWorkbook(sheets, guessFromSheets(sheets, undefined), readContext(AS_OF), AS_OF);
        const counted = rows.filter((r) => hoursLogRowCounts(r, AS_OF)).reduce((sum, r) => sum + r.minutes / 60, 0);
        expect(data.coaches[0].hours).toBeCloseTo(40 + counted, 5);
      }),
      { numRuns: 60 },
    );
  });
});

describe('sessions in a day and since a review', () => {
  it('counts a blank attendance as attended for the day’s load, and a did-not-attend not at all', async () => {
    const day = (date: string, attendance: CellValue) =>
      Array.from({ length: 6 }, (_, i): CellValue[] => [
        date,
        'Sam Jones',
        `C-${date}-${i}`,
        50,
        i === 5 ? attendance : null,
        null,
      ]);
    const r = await check([...day('2026-03-02', null), ...day('2026-03-03', 'Did not attend')]);
    const over = r.findings.filter((f) => f.rule === 'caseload.day-over');
    expect(over.map((f) => f.row)).toEqual([2]);
    expect(over[0].message).toMatch(/^6 sessions on 2 Mar 2026:/);
  });

  it('counts a blank attendance as attended for a client’s sessions since review, and never an undated one', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Team: TEAM,
      Sessions: [
        LOG_HEADERS,
        ...['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02'].map((d) => [
          d,
          'Sam Jones',
          'C-7',
          50,
          null,
          null,
        ]),
        [null, 'Sam Jones', 'C-7', 50, 'Attended', 'Yes'],
        ['2026-03-09', 'Sam Jones', 'C-8', 50, null, null],
      ],
      Caseload: [
        ['Client ref', 'Coach', 'Status', 'Last review'],
        ['C-7', 'Sam Jones', 'Active', '2026-01-20'],
        ['C-8', 'Sam Jones', 'Active', '2026-01-20'],
      ],
    });
    const five = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(five.findings.filter((f) => f.rule === 'caseload.review-due')).toEqual([]);
    // A sixth dated session with a blank attendance makes the review due.
    wb.sheets.get('Sessions')?.values.push(['2026-03-16', 'Sam Jones', 'C-7', 50, null, null]);
    wb.sheets.get('Sessions')?.formulas.push([null, null, null, null, null, null, null]);
    const six = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(six.findings.filter((f) => f.rule === 'caseload.review-due').map((f) => [f.row, f.message])).toEqual([
      [2, 'Client review due: 6 sessions since the last review (a review is due after every six).'],
    ]);
  });

  it('counts each open client’s sessions after their own last review, however the reference is typed', async () => {
    const weekly = (client: string, from: number, n: number, attendance: string | null = null) =>
      Array.from({ length: n }, (_, i) => [
        `2026-0${from + Math.floor(i / 4)}-${String(2 + (i % 4) * 7).padStart(2, '0')}`,
        'Sam Jones',
        client,
        50,
        attendance,
        null,
      ]);
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Team: TEAM,
      Sessions: [
        LOG_HEADERS,
        // C-7: four sessions in January (before its review), six after, typed three ways.
        ...weekly('C-7', 1, 4),
        ...weekly(' c-7 ', 2, 4),
        ...weekly('C-7', 3, 2),
        // After the as-of date, and not attended: neither counts.
        ['2026-03-27', 'Sam Jones', 'C-7', 50, null, null],
        ...weekly('C-9', 2, 6, 'Did not attend'),
      ],
      Caseload: [
        ['Client ref', 'Coach', 'Status', 'Last review'],
        ['C-7', 'Sam Jones', 'Active', '2026-01-31'],
        // The same client on a second row reviewed later: four sessions since, not due.
        ['c-7', 'Sam Jones', 'Active', '2026-02-20'],
        ['C-9', 'Sam Jones', 'Active', null],
        ['C-7', 'Sam Jones', 'Closed', null],
      ],
    });
    const { findings } = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(findings.filter((f) => f.rule === 'caseload.review-due').map((f) => [f.row, f.message])).toEqual([
      [2, 'Client review due: 6 sessions since the last review (a review is due after every six).'],
    ]);
  });
});
