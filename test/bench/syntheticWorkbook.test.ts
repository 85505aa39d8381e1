/**
 * The bench's synthetic workbook: the sizes the README states (1,000 coaches and 100,000 log
 * rows, in the template's layout), the same rows every time, and logs that belong to the
 * coaches on the Coaches sheet. No timings here: speed is `npm run bench`.
 */
import { LOG_SHEETS, PER_COACH, coachesFor, logRowCounts } from '../../bench/synthetic/sizes';
import { syntheticTeam } from '../../bench/synthetic/team';
import { AS_OF, createTemplateSheets, syntheticWorkbook } from '../../bench/synthetic/workbook';
import { COACHES_COLUMNS, TEMPLATE_SHEET_NAMES, createTemplates, templateSheet } from '../../shared/templates';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import type { WorkbookPort } from '../../shared/workbook';

/** A port over an empty workbook that notes each call it is given: the method and its sheet. */
function notingPort(): { port: WorkbookPort; calls: string[] } {
  const wb = new MemoryWorkbook({ today: AS_OF });
  const calls: string[] = [];
  const port = new Proxy(wb, {
    get(target, key, receiver) {
      const member = Reflect.get(target, key, receiver) as unknown;
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const first = args[0];
        const sheet = typeof first === 'string' ? first : (first as { name?: string } | undefined)?.name;
        calls.push(sheet === undefined ? String(key) : `${String(key)} ${sheet}`);
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port, calls };
}

/** Rows under the header whose coach column (found by its header) holds something. */
function dataRows(wb: MemoryWorkbook, sheet: string, header: string): unknown[][] {
  const [head, ...rows] = wb.sheets.get(sheet)?.values ?? [];
  const col = (head ?? []).indexOf(header);
  if (col < 0) throw new Error(`${sheet} has no "${header}" column`);
  return rows.filter((r) => r[col] !== null && r[col] !== undefined);
}

describe('the synthetic team', () => {
  it('has 1,000 coaches and 100,000 log rows, mostly Hours log sessions', () => {
    const team = syntheticTeam(1000, AS_OF);
    expect(team.rows.Coaches).toHaveLength(1000);
    const counts = Object.fromEntries(LOG_SHEETS.map((s) => [s, team.rows[s].length]));
    expect(counts).toEqual({ 'Hours log': 80_000, Caseload: 10_000, 'Supervision log': 6_000, 'Evidence log': 4_000 });
    expect(LOG_SHEETS.reduce((n, s) => n + counts[s], 0)).toBe(100_000);
    expect(Math.max(...Object.values(counts))).toBe(counts['Hours log']);
  });

  it('is the same every time', () => {
    expect(syntheticTeam(5, AS_OF)).toEqual(syntheticTeam(5, AS_OF));
  });

  it('logs only coaches on the Coaches sheet, and only clients on the Caseload', () => {
    const team = syntheticTeam(20, AS_OF);
    const coaches = new Set(team.rows.Coaches.map((c) => c.id));
    for (const sheet of LOG_SHEETS) for (const row of team.rows[sheet]) expect(coaches).toContain(row.coach);
    const clients = new Set(team.rows.Caseload.map((c) => c.client));
    for (const s of team.rows['Hours log']) if (s.client !== null) expect(clients).toContain(s.client);
  });
});

describe('the synthetic workbook', () => {
  it('holds one coach per hundred log rows, in the template sheets with their headers', async () => {
    const wb = await syntheticWorkbook(10_000);
    expect(coachesFor(10_000)).toBe(100);
    expect([...wb.sheets.keys()].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
    expect(dataRows(wb, 'Coaches', COACHES_COLUMNS[0].header)).toHaveLength(100);
    const expected = logRowCounts(100);
    for (const sheet of LOG_SHEETS) {
      expect(wb.sheets.get(sheet)?.values[0]).toEqual(templateSheet(sheet).columns.map((c) => c.header));
      expect(dataRows(wb, sheet, 'Coach ID')).toHaveLength(expected[sheet]);
    }
    expect(expected['Hours log']).toBe(PER_COACH['Hours log'] * 100);
  });

  it('is made with the port calls Create template sheets makes, in the same order', async () => {
    // The bench's host-call rows compare the two; a step added to one and not the other
    // would make the synthetic workbook a different workbook from the one users get.
    const bench = notingPort();
    await createTemplateSheets(bench.port, syntheticTeam(3, AS_OF));
    const real = notingPort();
    await createTemplates(real.port, { sample: true });
    expect(bench.calls).toEqual(real.calls);
    expect(bench.calls.filter((c) => c.startsWith('addSheet'))).toHaveLength(TEMPLATE_SHEET_NAMES.length);
  });
});
