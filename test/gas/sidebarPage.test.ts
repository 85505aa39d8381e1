/**
 * The built Sidebar.html in headless Chromium, wired to the built Code.js: the page the menu
 * serves, google.script.run carried to the server functions running in a vm over the fake
 * spreadsheet. Proves the page is self-contained, opens on the panel the menu asked for, and
 * that the pane's calls reach Sheets.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ROOT } from './support/builtGas';
import { openSidebarIn } from './support/sidebarInChromium';
import { sidebarBrowser } from './support/sidebarSession';

const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');

const browser = sidebarBrowser();

const openSidebar = (menuFunction: string, width = 300, fake = new FakeGas({ sheets: { Sheet1: [] } })) =>
  openSidebarIn(browser(), menuFunction, { width, fake });

function shot(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return page.screenshot({ path: path.join(SCREENSHOTS, `sheets-sidebar-${name}.png`), fullPage: true });
}

describe('the Sheets sidebar page', () => {
  it('is one self-contained file: no external script, style, font or image', async () => {
    const { page, requests, errors } = await openSidebar('hwbcShowSidebar');
    await page.getByRole('tab', { name: 'Templates' }).waitFor();
    expect(requests).toEqual([]);
    expect(await page.locator('script[src], link[rel="stylesheet"], img[src^="http"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await shot(page, 'templates-300');
  });

  it('opens on the New hire form from the New hire… menu item', async () => {
    const { page, errors } = await openSidebar('hwbcMenuNewHire');
    await expect(page.getByRole('tab', { name: 'New hire' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tab', { name: 'Templates' }).getAttribute('aria-selected')).resolves.toBe('false');
    expect(errors).toEqual([]);
    await shot(page, 'new-hire-300');
  });

  it("lists the template sheets from the server and shows the pane's style", async () => {
    const { page } = await openSidebar('hwbcShowSidebar');
    await page.getByRole('checkbox', { name: 'Coaches' }).waitFor();
    expect(await page.locator('#hwbc-root').evaluate((e) => e.classList.contains('hwbc-pane'))).toBe(true);
    // The inlined pane.css is applied: the pane is not the browser's default serif.
    const font = await page.locator('#hwbc-root').evaluate((e) => getComputedStyle(e).fontFamily);
    expect(font).not.toMatch(/^(serif|"?Times)/);
  });

  it('inserts a function example into the selected cell of the sheet', async () => {
    const fake = new FakeGas({
      sheets: {
        Team: [
          ['Name', 'Hours'],
          ['Asha', 120],
        ],
      },
    });
    fake.select('Team', 'C2');
    const { page, errors } = await openSidebar('hwbcShowSidebar', 300, fake);
    await page.getByRole('tab', { name: 'Functions' }).click();
    const tier = page.locator('[data-function="HWBC_TIER"]');
    await tier.locator('summary').click();
    await tier.getByRole('button', { name: /Insert example of HWBC_TIER/ }).click();
    await page.getByText('Put =HWBC_TIER(250,TRUE,2) into the selected cell.').waitFor();
    expect(fake.book.sheet('Team')?.cell(2, 3)?.formula).toBe('=HWBC_TIER(250,TRUE,2)');
    expect(errors).toEqual([]);
    await shot(page, 'functions-300');
  });

  it('adds a new hire through the server, and says why there is no workbook of their own', async () => {
    const fake = new FakeGas({ sheets: { Sheet1: [] } });
    const { page, requests, errors } = await openSidebar('hwbcMenuNewHire', 300, fake);
    const form = page.getByRole('form', { name: 'New hire' });
    await form.locator('input[name="name"]').fill('Priya Shah');
    await form.locator('input[name="id"]').fill('HWBC-21');
    await form.locator('input[name="startDate"]').fill('2026-01-05');
    await form.getByRole('button', { name: 'Add coach' }).click();
    await page.getByRole('heading', { name: 'Added Priya Shah' }).waitFor();
    expect(fake.values('Coaches').some((row) => row.includes('HWBC-21') && row.includes('Priya Shah'))).toBe(true);
    // Another spreadsheet would need Drive access, which the add-on does not ask for: no button, a hint.
    expect(await page.locator('[data-action="hireWorkbook"]').count()).toBe(0);
    await expect(page.locator('[data-hint="hireWorkbook"]').textContent()).resolves.toContain('Google Drive');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows the server's refusal in plain words when the selected cell is not empty", async () => {
    const fake = new FakeGas({
      sheets: {
        Team: [
          ['Name', 'Hours'],
          ['Asha', 120],
        ],
      },
    });
    fake.select('Team', 'B2');
    const { page } = await openSidebar('hwbcShowSidebar', 300, fake);
    await page.getByRole('tab', { name: 'Functions' }).click();
    const tier = page.locator('[data-function="HWBC_TIER"]');
    await tier.locator('summary').click();
    await tier.getByRole('button', { name: /Insert example of HWBC_TIER/ }).click();
    await page.getByText(/B2 is not empty/).waitFor();
    expect(fake.values('Team')[1]).toEqual(['Asha', 120]);
  });
});
