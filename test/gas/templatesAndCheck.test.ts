/**
 * Templates and the workbook check in Google Sheets: the shared code over the SpreadsheetApp
 * port (and through the built Code.js, with the check run by the sidebar over its step calls),
 * with the fake counting every service call.
 */
import { checkWorkbook, guessMappings } from '../../shared/check';
import { createTemplates, TEMPLATE_SHEET_NAMES } from '../../shared/templates';
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { sidebarCheck } from '../../src/gas/sidebar/checkChunk';
import { serverCalls, type ServerCall } from '../../src/gas/sidebar/scriptRun';
import { sheetsPaneApi } from '../../src/gas/sidebar/sidebarApi';
import { FakeGas, type FakeValidation } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

function setUp(sheets: Record<string, unknown[][]> = {}) {
  const fake = new FakeGas({ sheets });
  return { fake, port: new SheetsWorkbook(fake as unknown as GasServices) };
}

/** A practice's own workbook: a team sheet and a session log in their own words. */
function practiceWorkbook(sessions: number): Record<string, unknown[][]> {
  const team = [
    ['Coach', 'Coach ID', 'Start date', 'WTE', 'NHS hours', 'Last clinical supervision', 'Last line management'],
    ...Array.from({ length: 10 }, (_, i) => [
      `Coach ${i}`,
      `C${i}`,
      '2025-01-06',
      1,
      60 * i,
      '2026-01-10',
      '2026-03-01',
    ]),
  ];
  const log = [
    ['Date', 'Coach ID', 'Client ref', 'Minutes', 'Attendance', 'NHS'],
    ...Array.from({ length: sessions }, (_, i) => ['2026-02-02', `C${i % 10}`, `R${i}`, 45, 'Attended', 'Yes']),
  ];
  return { Team: team, 'Hours log': log };
}

describe('Create template sheets in Google Sheets', () => {
  it('adds every template sheet, with every drop-down in place', async () => {
    const { fake, port } = setUp();
    const result = await createTemplates(port, {});
    expect([...result.added].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
    for (const name of TEMPLATE_SHEET_NAMES) expect(fake.values(name)[0].length).toBeGreaterThan(0);
    const rangeLists = fake.book.sheets.flatMap((s) => s.validations.map((v) => v.rule as FakeValidation));
    expect(rangeLists.filter((v) => v.kind === 'range').every((v) => v.range !== null)).toBe(true);
  });

  it('leaves a sheet the user already has exactly as it was', async () => {
    const mine = [
      ['Who', 'Hours', 'Notes'],
      ['Asha', 120, '=1+1'],
    ];
    const { fake, port } = setUp({ Coaches: mine });
    const before = fake.describeSheet('Coaches');
    const result = await createTemplates(port, {});
    expect(result.skipped.map((s) => s.sheet)).toContain('Coaches');
    expect(fake.describeSheet('Coaches')).toEqual(before);
  });
});

describe('Check this workbook in Google Sheets', () => {
  it('makes the same service calls for 10 rows as for 10,000, and changes no cell of the user', async () => {
    const calls = async (sessions: number) => {
      const { fake, port } = setUp(practiceWorkbook(sessions));
      const before = ['Team', 'Hours log'].map((n) => fake.describeSheet(n));
      fake.resetCalls();
      const result = await checkWorkbook(port, { asOf: '2026-03-20' });
      expect(result.coaches.length).toBe(10);
      expect(result.reportSheet).toBe('HWBC Report');
      expect(['Team', 'Hours log'].map((n) => fake.describeSheet(n))).toEqual(before);
      return [...fake.calls];
    };
    const small = await calls(10);
    const large = await calls(10_000);
    expect(large).toEqual(small);
    // Each sheet is read in one go.
    expect(small.filter((c) => c === 'Range.getValues').length).toBeLessThanOrEqual(3);
  });

  it('remembers a confirmed mapping in the document properties', async () => {
    const { fake, port } = setUp(practiceWorkbook(5));
    const mappings = await guessMappings(port);
    await checkWorkbook(port, { asOf: '2026-03-20', mappings, writeReport: false });
    expect([...fake.documentProperties.keys()].some((k) => k.startsWith('hwbc.'))).toBe(true);
    expect(fake.book.sheet('HWBC Report')).toBeNull();
  });
});

describe('through the built Code.js', () => {
  beforeAll(() => ensureGasBuild(), 180_000);

  it('creates the sample workbook, adds a hire, and the sidebar checks it over steps, all in plain data', async () => {
    const { global, fake } = loadCode(new FakeGas());
    const plan = global.hwbcPlanTemplates({ sample: true }) as { steps: string[][] };
    const added = plan.steps.flatMap((step) => global.hwbcAddTemplateSheets(step, true) as string[]);
    expect([...added].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
    const hire = global.hwbcNewHire({
      name: 'Hana Ito',
      id: 'HWBC-NEW',
      organisation: 'North PCN',
      startDate: '2026-04-01',
      wte: 0.6,
      pciDate: null,
      priorHours: 0,
      lineManager: 'Line Manager',
      clinicalSupervisor: 'Clinical Supervisor',
      coachingSupervisor: 'Coaching Supervisor',
    }) as { added: string[] };
    // "Coaches row 9": that row now holds the new coach.
    const row = Number(/^Coaches row (\d+)/.exec(hire.added[0])?.[1]);
    expect(fake.values('Coaches')[row - 1]).toEqual(expect.arrayContaining(['HWBC-NEW', 'Hana Ito']));
    // The sidebar's guess and check, over the server's step calls as google.script.run carries them.
    const call: ServerCall = async <T>(name: string, ...args: unknown[]) =>
      JSON.parse(
        JSON.stringify((global[name] as (...a: unknown[]) => unknown)(...JSON.parse(JSON.stringify(args))) ?? null),
      ) as T;
    const api = sheetsPaneApi(serverCalls(call), async () => sidebarCheck);
    const mappings = await api.guessMappings();
    expect(mappings.length).toBeGreaterThan(0);
    // The sidebar's guess reads values only, and guesses exactly as a read with formulas does.
    expect(mappings).toEqual(await guessMappings(new SheetsWorkbook(fake as unknown as GasServices)));
    const result = await api.checkWorkbook({ asOf: '2026-03-20', mappings }, {});
    expect(result.coaches.map((c) => c.id)).toContain('HWBC-NEW');
    expect(result.reportSheet).toBe('HWBC Report');
    expect(fake.values('HWBC Report').length).toBeGreaterThan(5);
  });
});
