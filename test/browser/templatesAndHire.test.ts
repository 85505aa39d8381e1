/**
 * End to end on the demo page: creating the template sheets in the empty workbook (and leaving
 * them alone the second time), and adding a new hire to the sample team the page starts with,
 * with every problem shown beside its field before anything is written.
 */
import type { Page } from 'playwright-core';
import { startDemo, type Demo } from '../support/browser';
import { createTemplates, HIRE, openPanel, sheetCells, sheetNames, submitHire } from './demoActions';

// Creating all ten template sheets (the Monthly summary's formulas included) in the demo's
// in-memory workbook takes tens of seconds on a shared 2-core machine.
jest.setTimeout(180000);

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

const snapshot = (page: Page) => page.evaluate(() => JSON.stringify([...window.hwbcDemo!.workbook.sheets.values()]));

test('Create sheets adds every template sheet with the sample team, and a second time leaves them all alone', async () => {
  const { page } = await demo.open(500, '?start=empty');
  expect(await sheetNames(page)).toEqual(['Our coaches']);
  const practiceBefore = await sheetCells(page, 'Our coaches');
  const panel = await createTemplates(page, true);
  const offered = await panel
    .locator('input[name="sheet"]')
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  await panel.locator('[data-result="templates"]').waitFor();

  // Sheets are created in the order their formulas need, not necessarily the order offered.
  expect((await panel.locator('[data-list="added"] li').allTextContents()).sort()).toEqual([...offered].sort());
  expect(await sheetNames(page)).toEqual(expect.arrayContaining(['Our coaches', ...offered]));
  expect(await page.getByRole('tab', { name: 'Coaches', exact: true }).count()).toBe(1);
  expect((await sheetCells(page, 'Coaches'))!.values.length).toBeGreaterThan(3);
  expect(await sheetCells(page, 'Our coaches')).toEqual(practiceBefore);

  const before = await snapshot(page);
  await panel.getByRole('button', { name: 'Create sheets' }).click();
  await panel.getByRole('heading', { name: 'Nothing added' }).waitFor();
  const skipped = await panel.locator('[data-list="skipped"] li').allTextContents();
  expect(skipped.map((s) => s.split(':')[0]).sort()).toEqual([...offered].sort());
  expect(await snapshot(page)).toBe(before);
});

test('the new-hire form shows each problem beside its field, and writes nothing until it is right', async () => {
  const { page } = await demo.open(300);
  const before = await snapshot(page);
  const panel = await submitHire(page, {});

  await panel.getByRole('alert').filter({ hasText: '3 fields need correcting' }).waitFor();
  for (const name of ['name', 'id', 'startDate']) {
    const input = panel.locator(`input[name="${name}"]`);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
    const message = await panel.locator(`[data-error-for="${name}"]`).textContent();
    expect(message!.trim().length).toBeGreaterThan(10);
    expect(describedBy).toContain(await panel.locator(`[data-error-for="${name}"]`).getAttribute('id'));
  }
  // A blank WTE means full time and blank optional fields are fine.
  for (const name of ['wte', 'organisation', 'pciDate']) {
    expect(await panel.locator(`input[name="${name}"]`).getAttribute('aria-invalid')).toBeNull();
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('name');

  // Once tried, each field is re-checked as it is corrected.
  await panel.locator('input[name="name"]').fill('Priya Shah');
  expect(await panel.locator('input[name="name"]').getAttribute('aria-invalid')).toBeNull();
  await panel.locator('input[name="wte"]').fill('30');
  expect(await panel.locator('[data-error-for="wte"]').textContent()).toContain('divide by 37.5');
  expect(await panel.locator('input[name="wte"]').getAttribute('aria-invalid')).toBe('true');
  await panel.locator('input[name="wte"]').fill('60%');
  expect(await panel.locator('[data-error-for="wte"]').textContent()).toBe('');
  expect(await snapshot(page)).toBe(before);
});

test('a valid new hire is added to Coaches, and the pane says where', async () => {
  const { page } = await demo.open(500);
  const panel = await submitHire(page, HIRE);

  await panel.getByRole('heading', { name: `Added ${HIRE.name}` }).waitFor();
  expect(await panel.locator('[data-list="added"] li').count()).toBeGreaterThan(0);
  const coaches = (await sheetCells(page, 'Coaches'))!;
  // Found by ID: the sample team has a supervisor of the same name.
  const row = coaches.values.find((r) => r.includes(HIRE.id));
  expect(row).toEqual(expect.arrayContaining([HIRE.name, HIRE.id]));
  // The form is cleared for the next hire.
  expect(await (await openPanel(page, 'newHire')).locator('input[name="name"]').inputValue()).toBe('');

  // The same ID again: only the workbook knows it is taken, and the message goes beside the ID.
  const before = await snapshot(page);
  await submitHire(page, { ...HIRE, name: 'Someone Else' });
  await panel.locator('[data-error-for="id"]').filter({ hasText: 'already on the Coaches sheet' }).waitFor();
  expect(await panel.locator('input[name="id"]').getAttribute('aria-invalid')).toBe('true');
  expect(await snapshot(page)).toBe(before);
});
