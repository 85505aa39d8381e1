/**
 * "Create template sheets" in Google Sheets, run by the sidebar in short server steps through
 * the built Code.js over the fake spreadsheet: one sheet per step (Competencies and the
 * Evidence log, which read each other, together), progress after each, and a Cancel that stops
 * before the next step, leaving only complete sheets and saying which were made.
 */
import { createTemplates, TEMPLATE_SHEET_NAMES } from '../../shared/templates';
import { CREATION_ORDER } from '../../shared/templates/templateSheets';
import { rowsReadFormulas } from '../../shared/templates/sheets/settingsSheet';
import type { TemplateOptions } from '../../shared/api';
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { serverCalls, type ServerCall } from '../../src/gas/sidebar/scriptRun';
import { sheetsPaneApi } from '../../src/gas/sidebar/sidebarApi';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

beforeAll(() => ensureGasBuild(), 600_000);

const inCreationOrder = (a: string, b: string) => CREATION_ORDER.indexOf(a) - CREATION_ORDER.indexOf(b);

/** The sidebar's google.script.run over the built Code.js: plain data in and out, each call logged. */
function sidebarOver(fake: FakeGas, before?: (name: string, args: unknown[]) => void) {
  const { global } = loadCode(fake);
  const steps: { name: string; args: unknown[] }[] = [];
  const call: ServerCall = async <T>(name: string, ...args: unknown[]) => {
    before?.(name, args);
    steps.push({ name, args });
    const out = (global[name] as (...a: unknown[]) => unknown)(...JSON.parse(JSON.stringify(args)));
    return JSON.parse(JSON.stringify(out ?? null)) as T;
  };
  return { api: sheetsPaneApi(serverCalls(call)), steps };
}

/** The same templates made in one go through the port: what each stepped sheet must equal. */
async function madeInOneGo(options: TemplateOptions): Promise<FakeGas> {
  const fake = new FakeGas();
  await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), options);
  return fake;
}

it('makes every template sheet in steps, each equal to the sheet made in one go', async () => {
  const fake = new FakeGas();
  const { api, steps } = sidebarOver(fake);
  const progress: { created: number; sheets: number; sheet: string }[] = [];
  const result = await api.createTemplates({ sample: true }, { progress: (p) => progress.push(p) });

  expect([...result.added].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
  expect(result.stopped).toBeUndefined();
  const adds = steps.filter((s) => s.name === 'hwbcAddTemplateSheets').map((s) => s.args[0]);
  // One sheet a step, but Competencies and the Evidence log, which read each other, together.
  const pair = ['Competencies', 'Evidence log'];
  const singles = result.added.filter((s) => !pair.includes(s)).map((s) => [s]);
  expect([...adds].sort()).toEqual([...singles, pair].sort());
  expect(adds.flat()).toEqual(result.added);
  expect(steps.map((s) => s.name)).toEqual(['hwbcPlanTemplates', ...adds.map(() => 'hwbcAddTemplateSheets')]);
  expect(progress.map((p) => p.created)).toEqual(adds.map((_, i) => adds.slice(0, i + 1).flat().length));
  expect(progress.every((p) => p.sheets === TEMPLATE_SHEET_NAMES.length)).toBe(true);

  const oneGo = await madeInOneGo({ sample: true });
  for (const name of TEMPLATE_SHEET_NAMES) expect(fake.describeSheet(name)).toEqual(oneGo.describeSheet(name));
});

it('stops before the next sheet on Cancel, leaving only complete sheets and saying which', async () => {
  const fake = new FakeGas();
  const before = fake.book.sheets.map((s) => s.name);
  const { api, steps } = sidebarOver(fake);
  let created = 0;
  const result = await api.createTemplates(
    { sample: true },
    { progress: (p) => (created = p.created), cancelled: () => created >= 3 },
  );

  expect(result.added).toHaveLength(3);
  expect(result.stopped).toEqual(TEMPLATE_SHEET_NAMES.filter((n) => !result.added.includes(n)).sort(inCreationOrder));
  expect([...result.added, ...(result.stopped ?? [])].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
  // The workbook holds exactly the sheets said to be made, each as complete as in one go.
  expect(fake.book.sheets.map((s) => s.name)).toEqual([...before, ...result.added]);
  const oneGo = await madeInOneGo({ sample: true });
  // Complete but for the cells that read a sheet not made yet (Settings' rows read on the
  // Training sheet and the Evidence log): those are written when the sheets they read are.
  for (const name of result.added) {
    expect(fake.describeSheet(name)).toEqual(readingOnly(oneGo.describeSheet(name), result.added));
  }
  expect(steps.filter((s) => s.name === 'hwbcAddTemplateSheets')).toHaveLength(3);

  // Creating the rest later, as a user who pressed Cancel does, leaves every sheet as in one go.
  const rest = await api.createTemplates({ sample: true }, { progress: () => undefined });
  expect(rest.added).toEqual(result.stopped);
  for (const name of TEMPLATE_SHEET_NAMES) expect(fake.describeSheet(name)).toEqual(oneGo.describeSheet(name));
});

it("writes Settings' two rows-read cells in one write, as creating the templates in one go does", async () => {
  const fake = new FakeGas();
  const { api } = sidebarOver(fake);
  await api.createTemplates({ sample: true }, {});
  const oneGo = await madeInOneGo({ sample: true });
  // Each sheet's rows in one write, Competencies' coverage, and the two rows-read cells together:
  // the cell of the Training sheet, made earlier, waits for the Evidence log's.
  expect(fake.callCount('Range.setValues')).toBe(TEMPLATE_SHEET_NAMES.length + 2);
  expect(fake.callCount('Range.setValues')).toBe(oneGo.callCount('Range.setValues'));
  expect(fake.describeSheet('Settings')).toEqual(oneGo.describeSheet('Settings'));
});

it('leaves a rows-read cell waiting for a log a Cancel stopped, and the next run writes both cells in one write', async () => {
  const fake = new FakeGas();
  const { api } = sidebarOver(fake);
  let last = '';
  const stopped = await api.createTemplates(
    { sample: true },
    { progress: (p) => (last = p.sheet), cancelled: () => last === 'Training' },
  );
  expect(stopped.added).toEqual(['Settings', 'Hours log', 'Supervision log', 'Training']);
  const [training, evidence] = rowsReadFormulas();
  const cell = (c: { row: number; col: number }) => fake.book.sheet('Settings')?.cell(c.row + 1, c.col + 1) ?? null;
  // Blank, and the check warns meanwhile (data.rows-read): the Evidence log it waited for is not made.
  expect(cell(training)?.formula ?? null).toBeNull();
  expect(cell(evidence)?.formula ?? null).toBeNull();

  fake.resetCalls();
  const rest = await api.createTemplates({ sample: true }, {});
  expect(rest.added).toEqual(stopped.stopped);
  expect(fake.callCount('Range.setValues')).toBe(rest.added.length + 2);
  expect(cell(training)?.formula).toBe(training.formula);
  expect(cell(evidence)?.formula).toBe(evidence.formula);
  const oneGo = await madeInOneGo({ sample: true });
  expect(fake.describeSheet('Settings')).toEqual(oneGo.describeSheet('Settings'));
});

/** A described sheet with the cells whose formulas name a template sheet other than `made` left empty. */
function readingOnly(described: unknown, made: readonly string[]): unknown {
  const sheet = described as { cells: ({ formula: string | null } | null)[][] };
  const missing = TEMPLATE_SHEET_NAMES.filter((n) => !made.includes(n));
  const names = (formula: string, name: string) => formula.includes(`${name}!`) || formula.includes(`'${name}'!`);
  const cells = sheet.cells.map((row) =>
    row.map((cell) => (cell?.formula && missing.some((n) => names(cell.formula as string, n)) ? null : cell)),
  );
  return { ...sheet, cells };
}

it("with nothing to add, writes Settings' rows-read cells again where they were cleared, and never over a typed value", async () => {
  const fake = new FakeGas();
  const { api, steps } = sidebarOver(fake);
  await api.createTemplates({});
  const [training, evidence] = rowsReadFormulas();
  const settings = fake.book.sheet('Settings');
  if (!settings) throw new Error('no Settings sheet');
  // 1-based on the fake sheet.
  settings.setCell(training.row + 1, training.col + 1, null);
  settings.setCell(evidence.row + 1, evidence.col + 1, { value: 90, formula: null });
  steps.length = 0;
  const again = await api.createTemplates({});
  expect(again.added).toEqual([]);
  expect(steps.map((s) => [s.name, s.args[0]])).toEqual([
    ['hwbcPlanTemplates', {}],
    ['hwbcAddTemplateSheets', []],
  ]);
  expect(settings.cell(training.row + 1, training.col + 1)?.formula).toBe(training.formula);
  expect(settings.cell(evidence.row + 1, evidence.col + 1)?.formula ?? null).toBeNull();
  expect(fake.values('Settings')[evidence.row][evidence.col]).toBe(90);
});

it('leaves alone a sheet someone made between two steps, and says so', async () => {
  const fake = new FakeGas();
  const mine = [['My own training notes']];
  const { api } = sidebarOver(fake, (name, args) => {
    if (name === 'hwbcAddTemplateSheets' && (args[0] as string[])[0] === 'Training') fake.setSheet('Training', mine);
  });
  const result = await api.createTemplates({ sheets: ['Training'] });
  expect(result.added).toEqual(['Settings']);
  expect(result.skipped).toEqual([{ sheet: 'Training', reason: expect.stringMatching(/left exactly as it is/) }]);
  expect(fake.values('Training')).toEqual(mine);
});

it('refuses a step naming a sheet that is not a template sheet', () => {
  const { global } = loadCode(new FakeGas());
  expect(() => global.hwbcAddTemplateSheets(['Payroll'], false)).toThrow(
    /Payroll: This is not one of the template sheets/,
  );
});
