/**
 * The sidebar's long-running and sheet-making buttons in Chromium, over the built Code.js and
 * the fake spreadsheet: Cancel stops a check and a template creation run in steps (each
 * server answer slowed so the click lands between steps), the functions self-test button
 * adds its sheet and says how many checks it holds, and the sign-off pack button adds a pack.
 */
import { TEMPLATE_SHEET_NAMES } from '../../shared/templates';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { openSidebarIn } from './support/sidebarInChromium';
import { sampleSpreadsheet, sidebarBrowser } from './support/sidebarSession';

const browser = sidebarBrowser();

const sheetNames = (fake: FakeGas) => fake.book.sheets.map((s) => s.name);

it('Cancel stops a check between steps, says so, and writes no report', async () => {
  const fake = await sampleSpreadsheet();
  const before = sheetNames(fake);
  const { page, errors } = await openSidebarIn(browser(), 'hwbcMenuCheck', { fake, answerAfterMs: 300 });
  await page.getByRole('button', { name: 'Check this workbook' }).click();
  // The check's code loads and the guess reads every sheet's values in steps first.
  await page.getByRole('button', { name: 'Confirm and check' }).click({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('alert')
    .getByText(/Stopped\. Nothing more was read or written after you pressed Cancel\./)
    .waitFor();
  expect(await page.getByRole('button', { name: 'Cancel' }).isHidden()).toBe(true);
  expect(sheetNames(fake)).toEqual(before);
  expect(errors).toEqual([]);
}, 240_000);

it('Cancel stops template creation after the sheet being made, listing those not made', async () => {
  const fake = new FakeGas({ sheets: { Sheet1: [] } });
  const { page, errors } = await openSidebarIn(browser(), 'hwbcShowSidebar', { fake, answerAfterMs: 300 });
  await page.getByRole('checkbox', { name: 'Coaches' }).waitFor();
  await page.getByRole('button', { name: 'Create sheets' }).click();
  await page.getByText(new RegExp(`^Created \\d+ of ${TEMPLATE_SHEET_NAMES.length} sheets \\(last .+\\)…$`)).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  const status = page.getByRole('status');
  await status
    .getByText(/^Stopped after you pressed Cancel\. Added \d sheets?, each complete; \d sheets were not created\.$/)
    .waitFor();
  const added = await page.locator('[data-list="added"] li').allTextContents();
  const stopped = await page.locator('[data-list="stopped"] li').allTextContents();
  expect(added.length).toBeGreaterThanOrEqual(1);
  expect([...added, ...stopped].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
  expect(sheetNames(fake)).toEqual(['Sheet1', ...added]);
  expect(errors).toEqual([]);
}, 120_000);

it('the functions self-test button adds the sheet and says how many checks it holds', async () => {
  const fake = new FakeGas({ sheets: { Sheet1: [] } });
  const { page, errors } = await openSidebarIn(browser(), 'hwbcShowSidebar', { fake });
  await page.getByRole('tab', { name: 'Functions' }).click();
  await page.getByRole('button', { name: 'Functions self-test' }).click();
  const said = page.getByRole('status').getByText(/^Added the sheet (.+) with (\d+) checks/);
  await said.waitFor();
  const [, sheet, checks] = /^Added the sheet (.+) with (\d+) checks/.exec((await said.textContent()) ?? '') ?? [];
  expect(sheetNames(fake)).toContain(sheet);
  const formulas = countFormulas(fake, sheet);
  expect(Number(checks)).toBeGreaterThan(10);
  expect(formulas).toBeGreaterThanOrEqual(Number(checks));
  expect(errors).toEqual([]);
}, 120_000);

it('the sign-off pack button adds the chosen coach’s pack as a new sheet', async () => {
  const fake = await sampleSpreadsheet();
  const { page, errors } = await openSidebarIn(browser(), 'hwbcMenuCheck', { fake });
  await page.getByRole('button', { name: 'Check this workbook' }).click();
  await page.getByRole('button', { name: 'Confirm and check' }).click({ timeout: 90_000 });
  // The pack's own coach list (the mapping view has Coach drop-downs too).
  const coach = page.locator('select[id^="hwbc-pack-coach"]');
  await coach.waitFor({ timeout: 90_000 });
  const id = await coach.inputValue();
  await page.getByRole('button', { name: 'Make sign-off pack' }).click();
  await page
    .getByRole('status')
    .getByText(/^Added the sheet (.+) \((\d+) rows\), ready to print on A4 landscape\.$/)
    .waitFor({ timeout: 90_000 });
  const pack = sheetNames(fake).find((n) => n.startsWith('Sign-off') && n.includes(id));
  expect(pack).toBeDefined();
  expect(fake.values(pack as string).length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
}, 300_000);

/** Cells holding a formula on a sheet of the fake. */
function countFormulas(fake: FakeGas, sheet: string): number {
  const values = fake.values(sheet);
  const cells = values.flatMap((row, r) => row.map((_, c) => fake.book.sheet(sheet)?.cell(r + 1, c + 1)?.formula));
  return cells.filter((f) => typeof f === 'string' && f.startsWith('=')).length;
}
