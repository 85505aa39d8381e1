/**
 * The demo page as a whole: it starts with the sample team (or, asked, an empty workbook),
 * only its own files are loaded, its Content-Security-Policy is strict, failures are explained
 * in plain words, and slow work shows progress and cannot be started twice.
 */
import { startDemo, type Demo } from '../support/browser';
import { openPanel, selectedCell, sheetCells, sheetNames, TAB_NAMES } from './demoActions';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

test("the page starts with the sample team beside the practice's own sheet, and can start again empty", async () => {
  const { page, errors } = await demo.open(500, '?delay=1');
  const names = await sheetNames(page);
  expect(names[0]).toBe('Our coaches');
  const templates = await page.evaluate(() => window.hwbcDemo!.api.listTemplateSheets());
  expect(names.slice(1).sort()).toEqual([...templates].sort());
  const team = (await sheetCells(page, 'Coaches'))!.values.slice(1).filter((r) => typeof r[1] === 'string' && r[1]);
  expect(team.length).toBeGreaterThan(3);
  const notes = (await page.locator('.demo-note').allTextContents()).join(' ');
  expect(notes).toContain('made-up team of coaches');
  // Formulas are shown, not worked out: the page says so, and who does work them out.
  expect(notes).toMatch(/Formulas are not calculated in this demonstration.*Excel and Google Sheets work them out/);

  await page.getByRole('link', { name: 'Start again with an empty workbook' }).click();
  await page.waitForURL((url) => url.searchParams.get('start') === 'empty');
  await page.waitForFunction(() => window.hwbcDemo !== undefined);
  expect(new URL(page.url()).searchParams.get('delay')).toBe('1');
  expect(await sheetNames(page)).toEqual(['Our coaches']);
  expect(await page.locator('.demo-note').first().textContent()).toContain('add the template sheets');

  await page.getByRole('link', { name: 'Start again with the sample team' }).click();
  await page.waitForURL((url) => !url.searchParams.has('start'));
  await page.waitForFunction(() => window.hwbcDemo !== undefined);
  expect(await sheetNames(page)).toEqual(names);
  expect(errors).toEqual([]);
});

test('a date box reads day, month, year, as a practice manager in England writes it', async () => {
  const { page } = await demo.open(500);
  const panel = await openPanel(page, 'check');
  await panel.locator('input[name="asOf"]').fill('2026-11-25');
  // The box's parts are in the browser's own accessibility tree, in the order they are shown.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const parts = nodes
    .filter((n) => !n.ignored && n.role?.value === 'spinbutton')
    // Named 'Day', 'Month' or 'Year' (Chromium says the part's label twice: 'Day Day').
    .map((n) => `${String(n.name?.value).split(' ')[0]} ${n.value?.value}`);
  expect(parts).toEqual(['Day 25', 'Month 11', 'Year 2026']);
});

test('the page loads nothing from outside its own origin and its CSP allows only its own files', async () => {
  const { page, requests, errors } = await demo.open(500);
  for (const key of Object.keys(TAB_NAMES) as (keyof typeof TAB_NAMES)[]) await openPanel(page, key);
  await page.locator('[data-function]').first().waitFor();

  expect(requests.length).toBeGreaterThanOrEqual(4);
  expect(requests.filter((url) => !url.startsWith(`${demo.origin}/`))).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  // A CSP violation (inline style, eval) would be reported on the console.
  expect(errors).toEqual([]);
});

test('a failure is shown in plain words with what to do next, and the button works again', async () => {
  const { page } = await demo.open(300);
  await page.evaluate(() => {
    const api = window.hwbcDemo!.api;
    api.createTemplates = async () => {
      throw new Error('Templates are not built yet.');
    };
  });
  const panel = await openPanel(page, 'templates');
  const create = panel.getByRole('button', { name: 'Create sheets' });
  await create.click();

  const alert = panel.getByRole('alert').filter({ hasText: 'Could not create the template sheets.' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Templates are not built yet.');
  expect(await alert.textContent()).toContain('nothing in the workbook was changed');
  expect(await create.isEnabled()).toBe(true);
});

test('inserting a function with no cell selected says to select a cell first', async () => {
  const { page } = await demo.open(500);
  const panel = await openPanel(page, 'functions');
  await panel.locator('[data-function] summary').first().click();
  await panel
    .getByRole('button', { name: /^Insert example of/ })
    .first()
    .click();
  const alert = panel.getByRole('alert').filter({ hasText: 'Could not insert' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Click a cell in the workbook table first');
});

test('slow work shows a progress bar with its step, and its buttons are disabled until it ends', async () => {
  // ?delay makes every workbook call wait, as a real host's round trip can.
  const { page } = await demo.open(500, '?delay=1500');
  await page.locator('[data-cell="C5"]').click();
  expect(await selectedCell(page).textContent()).toContain('Our coaches C5');
  const panel = await openPanel(page, 'functions');
  await panel.locator('[data-function] summary').first().click();
  const insert = panel.getByRole('button', { name: /^Insert example of/ });
  await insert.first().click();

  const step = panel.locator('.hwbc-progress-step');
  await step.waitFor();
  expect(await step.textContent()).toMatch(/^Inserting HWBC_\w+…$/);
  expect(await panel.getByRole('status').textContent()).toMatch(/^Inserting HWBC_/);
  const states = await insert.evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled));
  expect(states.every(Boolean)).toBe(true);

  await panel
    .getByRole('status')
    .getByText(/^Put =HWBC_/)
    .waitFor();
  expect(await step.count()).toBe(0);
  expect(await insert.first().isEnabled()).toBe(true);
  const cells = await sheetCells(page, 'Our coaches');
  expect(cells?.formulas[4][2]).toMatch(/^=HWBC_/);
});
