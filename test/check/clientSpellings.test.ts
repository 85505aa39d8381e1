/**
 * One client's reference written more than one way (docs/rules.md §3): the check reads the ways
 * as one client, the template's formulas (COUNTIFS, MATCH) as written, case aside, so the check
 * says where they differ and stays quiet where a formula sees one reference.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../shared/check';
import { clientKey } from '../../shared/check/read/references/clientKey';
import type { CheckResult } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import type { CellValue } from '../../shared/workbook';

const AS_OF = '2026-03-20';
const TEAM: CellValue[][] = [
  ['Name', 'PCI training', 'Prior hours'],
  ['Sam Jones', 'yes', 40],
  ['Ali Khan', 'yes', 10],
];
const LOG_HEADERS = ['Date', 'Coach', 'Client ref', 'Minutes', 'Attendance'];
const CASELOAD_HEADERS = ['Client ref', 'Coach', 'Status', 'Last review'];

/** A session of Sam's a week from 2 Feb, one per reference. */
const sessions = (refs: readonly CellValue[], coach = 'Sam Jones'): CellValue[][] =>
  refs.map((ref, i) => [`2026-02-${String(2 + i).padStart(2, '0')}`, coach, ref, 50, 'Attended']);

const check = (log: CellValue[][], caseload: CellValue[][] = []) =>
  checkWorkbook(
    MemoryWorkbook.withSheets(AS_OF, {
      Team: TEAM,
      Sessions: [LOG_HEADERS, ...log],
      ...(caseload.length > 0 ? { Caseload: [CASELOAD_HEADERS, ...caseload] } : {}),
    }),
    { asOf: AS_OF, writeReport: false },
  );

const spellings = (r: CheckResult) => r.findings.filter((f) => f.rule === 'data.client-spellings');

describe('a client reference written more than one way', () => {
  it('is a warning at the first row of the second way, naming each way, its first row and its rows', async () => {
    const r = await check(sessions(['C-101', 'C-101', 'c101', 'C-102', ' C-101 ']), [
      ['C-101', 'Sam Jones', 'Active', '2026-01-20'],
    ]);
    expect(spellings(r).map((f) => [f.severity, f.sheet, f.row, f.column, f.coach])).toEqual([
      ['warning', 'Sessions', 4, 'C', 'Sam Jones'],
    ]);
    const [message] = spellings(r).map((f) => f.message);
    // The caseload's rows are met first only when its sheet comes first: the ways are listed as met.
    expect(message).toMatch(/^This client's reference is written 3 ways: /);
    expect(message).toContain('"c101" (Sessions row 4, 1 row)');
    expect(message).toContain('" C-101 " (Sessions row 6, 1 row)');
    expect(message).toMatch(/"C-101" \((Sessions row 2|Caseload row 2), 3 rows\)/);
    expect(message).toContain('a review due can go unseen');
  });

  it('is not a difference of case alone, which the formulas ignore too', async () => {
    const r = await check(sessions(['C-101', 'c-101', 'C-101']), [['c-101', 'Sam Jones', 'Active', null]]);
    expect(spellings(r)).toEqual([]);
  });

  it('keeps different clients apart, and reads a number as the digits a formula sees', async () => {
    const r = await check(sessions(['C 101', 'C-101', 101, '101', 'C-102']));
    // "C 101" is another client (a space inside); 101 and "101" are one way to a formula.
    expect(spellings(r)).toEqual([]);
  });

  it('counts the ways across coaches and the caseload, as client reviews match them', async () => {
    const r = await check(
      [...sessions(['A-7'], 'Sam Jones'), ...sessions(['a7', 'a7'], 'Ali Khan')],
      [['A.7', 'Sam Jones', 'Active', null]],
    );
    const [f] = spellings(r);
    expect(f.message).toMatch(/^This client's reference is written 3 ways: /);
    expect(f.message).toContain('"a7" (Sessions row 3, 2 rows)');
  });

  it("leaves an NHS number or a person's name to the information-governance findings, never quoting it", async () => {
    const r = await check(sessions(['Ann Smith', 'ann  smith', '943 476 5919', '9434765919']));
    expect(spellings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('ig.')).length).toBeGreaterThanOrEqual(3);
  });

  it('lists four ways and counts the rest', async () => {
    const r = await check(sessions(['C-1', 'c1', 'C.1', 'C_1', 'C/1', 'C:1']));
    const [f] = spellings(r);
    expect(f.message).toMatch(/^This client's reference is written 6 ways: /);
    expect(f.message).toContain(' and 2 more.');
    expect(f.message).not.toContain('"C/1"');
  });

  it('warns once for each client with more than one way, whatever the references (property)', async () => {
    const ref = fc.constantFrom('C-1', 'c1', 'C 1', 'c-1', ' C-1', 'D-2', 'd2', 'D-2', 'E-3');
    await fc.assert(
      fc.asyncProperty(fc.array(ref, { minLength: 1, maxLength: 12 }), async (refs) => {
        const r = await check(sessions(refs));
        const ways = new Map<string, Set<string>>();
        for (const t of refs) {
          const k = clientKey(t);
          ways.set(k, (ways.get(k) ?? new Set()).add(t.toLowerCase()));
        }
        const expected = [...ways.values()].filter((w) => w.size > 1).length;
        expect(spellings(r)).toHaveLength(expected);
      }),
      { numRuns: 40 },
    );
  });
});
