/**
 * What every Chromium test of the Sheets sidebar starts from: the built Code.js and sidebar,
 * one headless Chromium for the file, and a spreadsheet holding the template sheets with the
 * demonstration team.
 */
import fs from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { createTemplates } from '../../../shared/templates';
import type { GasServices } from '../../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../../src/gas/server/sheetsWorkbook';
import { FakeGas } from '../../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './builtGas';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Builds what is needed and launches Chromium before the file's tests, closing it after them;
 * call it at the top of a test file and ask the returned function for the browser in a test.
 *
 * @example
 * const browser = sidebarBrowser();
 * it('opens', async () => { await openSidebarIn(browser(), 'hwbcShowSidebar'); });
 */
export function sidebarBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error('These tests need Chromium: apt-get install -y chromium');
    await ensureGasBuild();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 180_000);
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('Chromium has not started: sidebarBrowser() must be called at the top of the file.');
    return browser;
  };
}

/**
 * A spreadsheet holding the template sheets with the demonstration team.
 *
 * @example
 * const fake = await sampleSpreadsheet(); // Coaches, Hours log, … filled in
 */
export async function sampleSpreadsheet(): Promise<FakeGas> {
  const fake = new FakeGas({ sheets: { Sheet1: [] } });
  await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample: true });
  return fake;
}
