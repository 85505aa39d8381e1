import { checkWorkbook, REPORT_NAME, REPORT_SETTING } from '../../shared/check';
import type { WriteValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { AS_OF, HOURS, riverside } from './riversideFixture';

/** Every sheet's values and formulas, to compare before and after. */
function snapshot(wb: MemoryWorkbook, except: string[] = []) {
  return [...wb.sheets.values()]
    .filter((s) => !except.includes(s.name))
    .map((s) => JSON.stringify([s.name, s.values, s.formulas, s.spec]));
}

function sheetOf(wb: MemoryWorkbook, name: string) {
  const s = wb.sheets.get(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('the HWBC Report sheet', () => {
  it('is written as a new sheet, marked as the check’s own, and no other cell changes', async () => {
    const wb = riverside();
    const before = snapshot(wb);
    const result = await checkWorkbook(wb, { asOf: AS_OF });
    expect(result.reportSheet).toBe(REPORT_NAME);
    expect(snapshot(wb, [REPORT_NAME])).toEqual(before);
    expect(wb.settings.get(REPORT_SETTING)).toBe(REPORT_NAME);
    const report = sheetOf(wb, REPORT_NAME);
    expect(report.values[0][0]).toBe('HWBC Report');
    expect(report.values[0][1]).toBe('As of 20 Mar 2026');
  });

  it('holds a row per coach and a row per finding, each naming its cell', async () => {
    const wb = riverside();
    const result = await checkWorkbook(wb, { asOf: AS_OF });
    const rows = sheetOf(wb, REPORT_NAME).values.map((r) => r.filter((v) => v !== null));
    const coaches = rows.findIndex((r) => r[0] === 'Coach');
    expect(rows.slice(coaches + 1, coaches + 4).map((r) => [r[0], r[1]])).toEqual([
      ['Sam Jones', "'HWBC team' row 5"],
      ['Ali Khan', "'HWBC team' row 6"],
      ['Pat Lee', "'HWBC team' row 8"],
    ]);
    const findings = rows.findIndex((r) => r[0] === 'Severity');
    const table = rows.slice(findings + 1);
    expect(table).toHaveLength(result.findings.length);
    const overdue = table.find((r) => r[3] === 'supervision.clinical.overdue');
    expect(overdue?.slice(0, 3)).toEqual(['action', 'Sam Jones', "'HWBC team'!J5"]);
    // Text stays text: nothing written is a formula.
    expect(
      sheetOf(wb, REPORT_NAME)
        .formulas.flat()
        .every((f) => f === null),
    ).toBe(true);
  });

  it('replaces only its own previous report on the next check', async () => {
    const wb = riverside();
    await checkWorkbook(wb, { asOf: AS_OF });
    const before = snapshot(wb, [REPORT_NAME]);
    const again = await checkWorkbook(wb, { asOf: '2026-03-27' });
    expect(again.reportSheet).toBe(REPORT_NAME);
    expect([...wb.sheets.keys()].filter((n) => n.startsWith('HWBC Report'))).toEqual([REPORT_NAME]);
    expect(sheetOf(wb, REPORT_NAME).values[0][1]).toBe('As of 27 Mar 2026');
    expect(snapshot(wb, [REPORT_NAME])).toEqual(before);
    // The report itself was never read as data.
    expect(again.mappings.map((m) => m.sheet)).not.toContain(REPORT_NAME);
  });

  it('leaves a sheet called "HWBC Report" that it did not make alone, and says where the report went', async () => {
    const wb = riverside();
    const mine: WriteValue[][] = [['HWBC Report'], ['My own notes for the team meeting']];
    await wb.write(REPORT_NAME, { row: 0, col: 0 }, mine);
    const before = snapshot(wb);
    const first = await checkWorkbook(wb, { asOf: AS_OF });
    expect(first.reportSheet).toBe('HWBC Report (2)');
    expect(first.findings[0]).toMatchObject({ rule: 'report.name-taken', severity: 'note', sheet: 'HWBC Report (2)' });
    expect(first.findings[0].message).toContain('"HWBC Report" already exists');
    const second = await checkWorkbook(wb, { asOf: AS_OF });
    expect(second.reportSheet).toBe('HWBC Report (2)');
    expect(snapshot(wb, ['HWBC Report (2)'])).toEqual(before);
    expect([...wb.sheets.keys()].filter((n) => n.startsWith('HWBC Report'))).toEqual([REPORT_NAME, 'HWBC Report (2)']);
  });

  it('does not treat its old report as its own once a user has retyped the marker cell', async () => {
    const wb = riverside();
    await checkWorkbook(wb, { asOf: AS_OF });
    await wb.write(REPORT_NAME, { row: 0, col: 0 }, [['Team meeting notes']]);
    const before = snapshot(wb);
    const result = await checkWorkbook(wb, { asOf: AS_OF });
    expect(result.reportSheet).toBe('HWBC Report (2)');
    expect(snapshot(wb, ['HWBC Report (2)'])).toEqual(before);
  });

  it('writes nothing at all when asked not to', async () => {
    const wb = riverside();
    const before = snapshot(wb);
    const result = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(result.reportSheet).toBeNull();
    expect(snapshot(wb)).toEqual(before);
    expect([...wb.settings.keys()]).toEqual([]);
  });

  it('makes the same number of port calls whatever the number of rows', async () => {
    const small = riverside();
    await checkWorkbook(small, { asOf: AS_OF });
    const big = riverside();
    const extra = Array.from({ length: 2000 }, (_, i) => [
      '2026-01-05',
      'Sam Jones',
      `C-9${i}`,
      50,
      'Yes',
      'Y',
      'Group',
    ]);
    sheetOf(big, HOURS).values.push(...extra);
    sheetOf(big, HOURS).formulas.push(...extra.map((r) => r.map(() => null)));
    await checkWorkbook(big, { asOf: AS_OF });
    // info, sheetNames, two settings, one read per sheet (4), addSheet, setSetting.
    expect(small.calls).toBe(4 + 4 + 2);
    expect(big.calls).toBe(small.calls);
  });
});
