/**
 * The sidebar loads the check's code (SidebarCheck.html) only when first asked, through the fake
 * google.script.run, and runs it as a script of its own: in Chromium, over the built Code.js
 * and the fake spreadsheet holding the demonstration workbook, end to end (progress, Cancel,
 * the report), loaded once however many checks follow; a load that fails is said in plain
 * words and tried again on the next click.
 */
import type { Page } from 'playwright-core';
import { CHECK_GLOBAL, CHECK_NOT_LOADED } from '../../src/gas/sidebar/lazyCheck';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { openSidebarIn } from './support/sidebarInChromium';
import { sampleSpreadsheet, sidebarBrowser } from './support/sidebarSession';

const browser = sidebarBrowser();

const loads = (calls: readonly string[]) => calls.filter((c) => c === 'hwbcCheckScript').length;
const checkLoaded = (page: Page) => page.evaluate((name) => name in window, CHECK_GLOBAL);
const hasReport = (fake: FakeGas) => fake.book.sheets.some((s) => s.name === 'HWBC Report');

it('loads the check once, when first used, and checks the demonstration workbook: progress, Cancel, report', async () => {
  const fake = await sampleSpreadsheet();
  const { page, calls, errors } = await openSidebarIn(browser(), 'hwbcMenuCheck', { fake, answerAfterMs: 150 });
  await page.getByRole('button', { name: 'Check this workbook' }).waitFor();
  // The page opens without the check.
  expect(loads(calls)).toBe(0);
  expect(await checkLoaded(page)).toBe(false);

  await page.getByRole('button', { name: 'Check this workbook' }).click();
  // Guessing what each sheet holds reads every sheet's values in steps: allow for a busy machine.
  await page.getByRole('button', { name: 'Confirm and check' }).waitFor({ timeout: 90_000 });
  expect(loads(calls)).toBe(1);
  expect(await checkLoaded(page)).toBe(true);
  // One script element ran it; nothing was fetched from elsewhere.
  expect(await page.locator('script:not([src])').count()).toBe(2);

  // First run: progress between steps, then Cancel stops it before any report is written.
  await page.getByRole('button', { name: 'Confirm and check' }).click();
  await page.getByText(/^Read \d+ of \d+ sheets, [\d,]+ rows? checked \(now .+\)…$/).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('alert')
    .getByText(/Stopped\. Nothing more was read or written/)
    .waitFor({ timeout: 60_000 });
  expect(hasReport(fake)).toBe(false);

  // Second run, to the end: the report sheet, with the check's code not loaded again.
  await page.getByRole('button', { name: 'Check this workbook' }).click();
  await page.getByRole('button', { name: 'Confirm and check' }).click({ timeout: 90_000 });
  await page.getByText('The full report is on the HWBC Report sheet.').waitFor({ timeout: 90_000 });
  expect(hasReport(fake)).toBe(true);
  expect(fake.values('HWBC Report').length).toBeGreaterThan(5);
  expect(loads(calls)).toBe(1);
  expect(errors).toEqual([]);
}, 180_000);

it('says plainly when the check cannot be loaded, and loads it on the next click', async () => {
  // A small team of the practice's own: this case is about loading, not about the check.
  const fake = new FakeGas({
    sheets: {
      Team: [
        ['Coach', 'Coach ID', 'Start date', 'WTE', 'NHS hours'],
        ['Asha Khan', 'C1', '2025-01-06', 1, 120],
      ],
    },
  });
  const refuseFirstLoad = (name: string, calls: readonly string[]) => name === 'hwbcCheckScript' && loads(calls) === 1;
  const { page, calls, errors } = await openSidebarIn(browser(), 'hwbcMenuCheck', { fake, refuse: refuseFirstLoad });
  await page.getByRole('button', { name: 'Check this workbook' }).click();
  await page.getByRole('alert').getByText(CHECK_NOT_LOADED).waitFor();
  expect(await checkLoaded(page)).toBe(false);

  await page.getByRole('button', { name: 'Check this workbook' }).click();
  await page.getByRole('button', { name: 'Confirm and check' }).waitFor({ timeout: 90_000 });
  expect(loads(calls)).toBe(2);
  expect(await checkLoaded(page)).toBe(true);
  // Nothing of the workbook was read while the check's code was missing.
  expect(calls.slice(0, calls.indexOf('hwbcCheckScript') + 1)).not.toContain('hwbcStepRead');
  // The failed call is reported by the page's own handler, not left as an uncaught error.
  expect(errors.filter((e) => !/NetworkError/.test(e))).toEqual([]);
}, 180_000);
