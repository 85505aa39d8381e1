/**
 * End to end on the demo page: after adding a coach, "Download <name>'s workbook (.xlsx)"
 * saves a workbook of their own, made in the page. The code that writes it loads only when
 * asked for, from the page's own address, and nothing is sent anywhere. A host without the
 * action (PaneApi.openHireWorkbook left out) shows no button.
 */
import fs from 'fs';
import { startDemo, type Demo } from '../support/browser';
import { hireWorkbookCoaches } from '../support/hireWorkbookCoaches';
import { createTemplates, HIRE, sheetCells, submitHire } from './demoActions';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

const CHUNK = /\/hire-workbook\.[0-9a-f]{8}\.js$/;
const label = `Download ${HIRE.name}'s workbook (.xlsx)`;

test("downloads the new hire's own workbook, with them on its Coaches sheet", async () => {
  const { page, requests, errors } = await demo.open(500);
  await createTemplates(page, false);
  await page.locator('[data-result="templates"]').waitFor();
  const panel = await submitHire(page, HIRE);
  await panel.getByRole('heading', { name: `Added ${HIRE.name}` }).waitFor();
  // Adding the coach did not need the .xlsx code: it has not been loaded yet.
  expect(requests.filter((u) => CHUNK.test(u))).toEqual([]);
  const coachesBefore = await sheetCells(page, 'Coaches');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${HIRE.id} ${HIRE.name}.xlsx`);
  const file = await download.path();
  const { sheets, coaches } = await hireWorkbookCoaches(fs.readFileSync(file));
  expect(sheets).toEqual(expect.arrayContaining(['Coaches', 'Training', 'Settings']));
  expect(coaches.map((c) => [c['Coach ID'], c.Name, c.Organisation])).toEqual([
    [HIRE.id, HIRE.name, HIRE.organisation],
  ]);

  await panel
    .getByRole('status')
    .filter({ hasText: `Downloaded ${HIRE.id} ${HIRE.name}.xlsx` })
    .waitFor();
  // The page's own workbook is as it was, and the button is ready for another copy.
  expect(await sheetCells(page, 'Coaches')).toEqual(coachesBefore);
  expect(await panel.getByRole('button', { name: label }).isEnabled()).toBe(true);

  // The chunk came from the page's own address; nothing else was asked of any other.
  expect(requests.filter((u) => CHUNK.test(u))).toHaveLength(1);
  const origins = new Set(requests.map((u) => new URL(u).origin));
  expect([...origins]).toEqual([demo.origin]);
  expect(errors).toEqual([]);
});

test('offers no workbook of their own where the host cannot make one', async () => {
  const { page, errors } = await demo.open(500);
  // A host without the action: the pane asks the API each time a coach is added.
  await page.evaluate(() => delete window.hwbcDemo!.api.openHireWorkbook);
  const panel = await submitHire(page, HIRE);
  await panel.getByRole('heading', { name: `Added ${HIRE.name}` }).waitFor();
  expect(await panel.locator('[data-action="hireWorkbook"]').count()).toBe(0);
  expect(await panel.getByRole('button', { name: /workbook/ }).count()).toBe(0);
  // The Sheets hint is for Sheets only.
  expect(await panel.locator('[data-hint="hireWorkbook"]').count()).toBe(0);
  expect(errors).toEqual([]);
});
