/**
 * WCAG 2.2 AA on every panel: axe-core finds no serious or critical violation at the Sheets
 * sidebar's 300 px or a 500 px Excel pane (screenshots of each are saved for review), and the
 * tabs, a form and its messages work from the keyboard alone with a visible focus ring.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startDemo, type Demo } from '../support/browser';
import { openPanel, runCheck, submitHire, TAB_NAMES, type PanelKey } from './demoActions';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await demo?.close();
});

/** Serious and critical axe violations in the pane (or, with `wholePage`, the whole page). */
async function seriousViolations(page: Page, wholePage = false): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
  const result = await (wholePage ? axe : axe.include('#pane')).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const shoot = (page: Page, name: string) =>
  page.locator('#pane').screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

for (const width of [300, 500]) {
  test(`every panel at ${width} px passes axe and is saved as a screenshot`, async () => {
    const { page } = await demo.open(width);
    // Once for the whole page (landmarks, language, the workbook table), then panel by panel.
    expect(await seriousViolations(page, true)).toEqual([]);
    for (const key of Object.keys(TAB_NAMES) as PanelKey[]) {
      const panel = await openPanel(page, key);
      if (key === 'functions') await panel.locator('[data-function] summary').first().click();
      if (key === 'templates') await panel.locator('input[name="sheet"]').first().waitFor();
      expect({ key, violations: await seriousViolations(page) }).toEqual({ key, violations: [] });
      await shoot(page, `${key}-${width}`);
    }
    // The form with its messages showing.
    await submitHire(page, { wte: '30' });
    await page.locator('[data-error-for="wte"]').filter({ hasText: 'hours a week' }).waitFor();
    expect(await page.locator('[data-panel="newHire"] [aria-invalid="true"]').count()).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `newHire-errors-${width}`);
  });
}

test("the check's mapping and results at 300 and 500 px pass axe", async () => {
  // One check run, looked at in both widths: the pane's layout follows the viewport, and
  // running the check on the demo's sample team again for the second width would add nothing.
  const { page } = await demo.open(300);
  const atEachWidth = async (name: string) => {
    for (const width of [300, 500]) {
      await page.setViewportSize({ width, height: 900 });
      expect({ width, violations: await seriousViolations(page) }).toEqual({ width, violations: [] });
      await shoot(page, `${name}-${width}`);
    }
  };
  const panel = await openPanel(page, 'check');
  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  await panel.getByRole('button', { name: 'Confirm and check' }).waitFor();
  await atEachWidth('check-mapping');
  await runCheck(page);
  await atEachWidth('check-results');
  // The time of the two tests (one per width) this once was.
}, 120_000);

test('the keyboard alone moves between tabs, and focus is always visible', async () => {
  const { page } = await demo.open(300);
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const style = getComputedStyle(a);
      return {
        text: a.textContent,
        role: a.getAttribute('role'),
        outline: parseFloat(style.outlineWidth),
        visible: style.outlineStyle !== 'none',
      };
    });
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ text: 'Templates', role: 'tab' });
  const moves: [string, string][] = [
    ['ArrowRight', 'New hire'],
    ['ArrowRight', 'Check'],
    ['End', 'Functions'],
    ['ArrowRight', 'Templates'],
    ['ArrowLeft', 'Functions'],
    ['Home', 'Templates'],
    ['ArrowLeft', 'Functions'],
  ];
  for (const [key, tab] of moves) {
    await page.keyboard.press(key);
    const now = await focused();
    expect({ key, text: now.text, visible: now.visible && now.outline >= 2 }).toEqual({
      key,
      text: tab,
      visible: true,
    });
    expect(await page.getByRole('tab', { name: tab, exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: tab, exact: true }).isVisible()).toBe(true);
  }
  // Only the selected tab is in the Tab order: Tab goes on into its panel.
  await page.keyboard.press('ArrowLeft'); // Check
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ role: 'tabpanel' });
  // Then through the as-of date (Chromium tabs through its day, month and year) to the button.
  let button = await focused();
  for (let presses = 0; presses < 6 && button.text !== 'Check this workbook'; presses++) {
    await page.keyboard.press('Tab');
    button = await focused();
  }
  expect(button.text).toBe('Check this workbook');
  expect(button.visible && button.outline >= 2).toBe(true);
});

test('from the keyboard, the form is submitted and its first problem gets focus', async () => {
  const { page } = await demo.open(500);
  await openPanel(page, 'newHire');
  await page.locator('input[name="name"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-error-for="name"]').filter({ hasText: 'name' }).waitFor();
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('name');
});
