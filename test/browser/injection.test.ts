/**
 * User text is data, never markup or a formula: a coach called "<img src=x onerror=alert(1)>"
 * is shown as those characters wherever it appears, and text starting with =, +, - or @ that
 * the add-in writes stays text in the sheet.
 */
import type { Page } from 'playwright-core';
import { startDemo, type Demo } from '../support/browser';
import { HIRE, openPanel, runCheck, sheetCells, submitHire } from './demoActions';

const MARKUP = '<img src=x onerror=alert(1)>';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

/** Puts a coach called `name` on the blank row 8 of the practice's own sheet. */
async function seedCoach(page: Page, name: string): Promise<void> {
  await page.evaluate(async (n) => {
    const demo = window.hwbcDemo!;
    await demo.workbook.write('Our coaches', { row: 7, col: 0 }, [[n, 'RPCN-09', '2025-01-06', 1, 120, 'Yes']]);
    demo.render();
  }, name);
}

const images = (page: Page) => page.evaluate(() => document.querySelectorAll('img').length);

test('markup in a cell shows as text in the table view and in the check, and never runs', async () => {
  const { page, dialogs } = await demo.open(500);
  await seedCoach(page, MARKUP);
  expect(await page.locator('[data-cell="A8"]').textContent()).toBe(MARKUP);

  const panel = await runCheck(page);
  expect(await panel.locator('table.hwbc-coaches tbody th').allTextContents()).toContain(MARKUP);
  expect(await images(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('markup typed into the new-hire form shows as text and never runs', async () => {
  const { page, dialogs } = await demo.open(300);
  const panel = await submitHire(page, { ...HIRE, name: MARKUP });

  await panel.getByRole('heading', { name: `Added ${MARKUP}` }).waitFor();
  expect(await panel.getByRole('status').textContent()).toBe(`Added ${MARKUP}.`);
  await page.getByRole('tab', { name: 'Coaches', exact: true }).click();
  expect(await page.locator('.demo-grid td', { hasText: MARKUP }).count()).toBeGreaterThan(0);
  expect(await images(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a new hire whose details start with =, +, - or @ is written as text, not as formulas', async () => {
  const { page } = await demo.open(500);
  const risky = {
    name: '=HYPERLINK("http://example.org","Click me")',
    organisation: '+44 Riverside',
    lineManager: '-Sam Lee',
    coachingSupervisor: '@Alex Moor',
  };
  const panel = await submitHire(page, { ...HIRE, ...risky });
  await panel.getByRole('heading', { name: /^Added / }).waitFor();
  await openPanel(page, 'templates');

  const coaches = (await sheetCells(page, 'Coaches'))!;
  for (const text of Object.values(risky)) {
    const at = coaches.values
      .flatMap((row, r) => row.map((v, c) => (v === text ? [r, c] : null)))
      .filter(Boolean) as number[][];
    expect({ text, found: at.length > 0 }).toEqual({ text, found: true });
    for (const [r, c] of at) expect({ text, formula: coaches.formulas[r][c] }).toEqual({ text, formula: null });
  }
});
