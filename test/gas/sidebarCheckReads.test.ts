/**
 * What the sidebar's "Check this workbook" reads in Google Sheets, run in steps (stepServer.ts,
 * steppedPort.ts) and counted through the fake by kind of call: the first step reads the sheet
 * list, each sheet's name, where its data ends and (for the sheets that fit) its values, as the
 * port's own check does; the formulas the check needs follow in one step, which opens each of
 * those sheets by name (a step is an execution of its own). It finds what the port's check
 * finds, and a sheet renamed between steps is said to be gone, never read in another's place.
 */
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { sidebarCheck } from '../../src/gas/sidebar/checkChunk';
import { sheetsPaneApi } from '../../src/gas/sidebar/sidebarApi';
import { serverCalls, type ServerCall } from '../../src/gas/sidebar/scriptRun';
import { READ_AHEAD_CELLS, ROWS_PER_STEP } from '../../src/gas/sidebar/stepSizes';
import { checkWorkbook } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { riverside } from '../check/riversideFixture';
import { sheetsWith, typedDates } from '../hosts/support/fixtureInHosts';
import { NOW, withClockAt } from '../hosts/support/templateHosts';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

beforeAll(() => ensureGasBuild(), 600_000);

const AS_OF = '2026-03-20';

/** The sidebar over the built Code.js, plain data in and out as google.script.run passes it. */
function sidebarOver(fake: FakeGas, between: (name: string) => void = () => undefined) {
  const called: string[] = [];
  const { global } = loadCode(fake);
  const call: ServerCall = async <T>(name: string, ...args: unknown[]) => {
    between(name);
    called.push(name);
    const out = (global[name] as (...a: unknown[]) => unknown)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
    return JSON.parse(JSON.stringify(out ?? null)) as T;
  };
  return { api: sheetsPaneApi(serverCalls(call), async () => sidebarCheck), called };
}

/** A practice's own workbook (Riverside's), with a sheet of notes whose formulas the check never needs. */
function practiceWorkbook(): FakeGas {
  const fixture = typedDates(Object.fromEntries([...riverside().sheets].map(([name, s]) => [name, s.values])));
  const fake = sheetsWith({ ...fixture, Notes: [['Totals'], ['=1+1'], ['=2*3']] }, 'Europe/London');
  return fake;
}

async function templatesWithSample(): Promise<FakeGas> {
  const fake = new FakeGas({ timeZone: 'Europe/London', sheets: {} });
  await withClockAt(NOW, () => createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample: true }));
  return fake;
}

describe("the sidebar's check in Google Sheets", () => {
  it('reads each sheet as the port does, with the formulas it needs in one more step', async () => {
    const fake = practiceWorkbook();
    const sheets = fake.quiet(() => fake.book.getSheets().length);
    const port = new SheetsWorkbook(fake as unknown as GasServices);
    fake.resetCalls();
    await withClockAt(NOW, () => checkWorkbook(port, { asOf: AS_OF, writeReport: false }));
    const portReads = fake.census().reads;
    const portFormulas = fake.callCount('Range.getFormulas');

    fake.resetCalls();
    const { api, called } = sidebarOver(fake);
    const result = await withClockAt(NOW, () => api.checkWorkbook({ asOf: AS_OF, writeReport: false }, {}));
    const census = fake.census();
    expect(result.coaches.length).toBeGreaterThan(0);

    // The first step: the list, then each sheet's name, where its data ends and its values.
    expect(called.filter((n) => n === 'hwbcStepStart')).toHaveLength(1);
    expect(fake.callCount('Spreadsheet.getSheets')).toBe(1);
    expect(fake.callCount('Sheet.getName')).toBe(sheets);
    expect(fake.callCount('Sheet.getDataRange')).toBe(sheets);
    expect(fake.callCount('Range.getValues')).toBe(sheets);
    expect(called).not.toContain('hwbcStepRead');
    // One step for the formulas of the sheets the check reads rows from, the notes left out:
    // each opened by name (a step is an execution of its own).
    expect(called.filter((n) => n === 'hwbcStepFormulas')).toHaveLength(1);
    expect(fake.callCount('Range.getFormulas')).toBe(portFormulas);
    expect(portFormulas).toBeLessThan(sheets);
    expect(fake.callCount('Spreadsheet.getSheetByName')).toBe(portFormulas);
    // The settings the check asks for (its report's place, a saved mapping): a step each.
    const settings = fake.callCount('Properties.getProperties');
    expect(settings).toBe(called.filter((n) => n === 'hwbcStep').length);
    expect(census.reads).toBe(portReads + portFormulas + settings - 1);
    expect(census.reads).toBe(2 + 3 * sheets + 2 * portFormulas + settings);
    expect(census.flushingReads).toBe(0);
  });

  it('finds what the check over the port finds', async () => {
    const fake = await templatesWithSample();
    const port = new SheetsWorkbook(fake as unknown as GasServices);
    const direct = await withClockAt(NOW, () => checkWorkbook(port, { asOf: AS_OF, writeReport: false }));
    fake.resetCalls();
    const { api } = sidebarOver(fake);
    const stepped = await withClockAt(NOW, () => api.checkWorkbook({ asOf: AS_OF, writeReport: false }, {}));
    expect(stepped.findings).toEqual(direct.findings);
    expect(stepped.coaches).toEqual(direct.coaches);
    expect(stepped.mappings).toEqual(direct.mappings);
  });

  it('reads a sheet too long to read ahead in steps of its own, formulas with values, not in as many steps again', async () => {
    // Twenty columns (notes beside the sessions), more than the first step reads ahead and
    // longer than two steps.
    const width = 20;
    const rows = Math.max(Math.floor(READ_AHEAD_CELLS / width) + 1, 2 * ROWS_PER_STEP + 10);
    const notes = Array.from({ length: width - 4 }, (_, j) => `Note ${j + 1}`);
    const log = [
      ['Date', 'Coach', 'Client', 'Minutes', ...notes],
      ...Array.from({ length: rows - 1 }, (_, i) => ['2026-03-02', 'Sam Jones', `C-${i}`, 60, ...notes]),
    ];
    const fake = new FakeGas({
      timeZone: 'Europe/London',
      sheets: {
        Coaches: [
          ['Name', 'Start date'],
          ['Sam Jones', '2025-01-06'],
        ],
        'Hours log': log,
      },
    });
    // Guessing what each sheet holds reads values alone, the long sheet's too.
    const guess = sidebarOver(fake);
    await withClockAt(NOW, () => guess.api.guessMappings());
    expect(guess.called.filter((n) => n === 'hwbcStepRead').length).toBeGreaterThanOrEqual(2);
    expect(fake.callCount('Range.getFormulas')).toBe(0);
    fake.resetCalls();
    const { api, called } = sidebarOver(fake);
    await withClockAt(NOW, () => api.checkWorkbook({ asOf: AS_OF, writeReport: false }, {}));
    // The log's rows in steps of ROWS_PER_STEP, each opening it by name, reading values and
    // formulas of each box of data in it (a sheet this large is searched for its data in
    // halves: dataBoxes.ts); the Coaches sheet read ahead, its formulas in a step of their own.
    const logSteps = Math.ceil(rows / ROWS_PER_STEP);
    expect(called.filter((n) => n === 'hwbcStepRead')).toHaveLength(logSteps);
    expect(called.filter((n) => n === 'hwbcStepFormulas')).toHaveLength(1);
    expect(fake.callCount('Spreadsheet.getSheetByName')).toBe(logSteps + 1);
    expect(fake.callCount('Range.getFormulas')).toBe(fake.callCount('Range.getValues'));
    expect(fake.callCount('Range.getValues')).toBeLessThanOrEqual(logSteps + 2);
    expect(fake.callCount('Sheet.getDataRange')).toBe(2);
  });

  it('says a sheet renamed between steps is gone, and reads no other sheet in its place', async () => {
    const fake = await templatesWithSample();
    // Renamed once the first step has listed it, before the step that reads its rows or formulas.
    const rename = (name: string) => {
      if (name !== 'hwbcStepStart') fake.quiet(() => fake.book.sheet('Coaches')?.setName('Team (old)'));
    };
    const { api } = sidebarOver(fake, rename);
    await expect(withClockAt(NOW, () => api.checkWorkbook({ asOf: AS_OF, writeReport: false }, {}))).rejects.toThrow(
      'There is no sheet called "Coaches" any more. Run the check again.',
    );
  });
});
