/**
 * Headless Chromium on the demo page, for the browser tests: builds dist/demo when it is
 * missing or older than its sources (one build at a time across test files), serves it over
 * HTTP on a free port, and opens pages that record dialogs, requests and console errors.
 */
import fs from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildDemo } from './buildDemo';

const CHROMIUM = '/usr/bin/chromium';
// Chromium on Linux takes its own language (which orders a date box's day, month and year)
// from LANG, and only if it has that language's pack: Debian ships it in chromium-l10n.
const EN_GB_PACK = '/usr/lib/chromium/locales/en-GB.pak';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as {
  serve(o: { roots: string[]; port: number }): Promise<Server>;
};

/** Where screenshots go (gitignored). */
export const SCREENSHOTS = path.resolve(__dirname, '../../test-output/screenshots');

export interface DemoPage {
  page: Page;
  /** Messages of any alert/confirm/prompt the page opened (there should be none). */
  dialogs: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions (CSP violations are reported here). */
  errors: string[];
}

export interface Demo {
  origin: string;
  /** Opens /demo.html (plus `query`) at `width` × `height` px and waits for the pane. */
  open(width?: number, query?: string, height?: number): Promise<DemoPage>;
  /** Opens /overview.html (plus `query`) at `width` px and waits for its file chooser. */
  openOverview(width?: number, query?: string): Promise<DemoPage>;
  close(): Promise<void>;
}

/**
 * Launches Chromium and serves the demo; call `close()` in afterAll.
 *
 * @example
 * const demo = await startDemo();
 * const { page } = await demo.open(300);
 */
export async function startDemo(): Promise<Demo> {
  if (!fs.existsSync(CHROMIUM)) throw new Error('Chromium is needed: apt-get install -y chromium chromium-l10n');
  if (!fs.existsSync(EN_GB_PACK))
    throw new Error(
      "Chromium's British English pack is needed, for dates shown 25/11/2026: apt-get install -y chromium-l10n",
    );
  const dir = await buildDemo();
  const server = await serve({ roots: [dir], port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // British English for the browser itself, not only the page: date boxes read 25/11/2026.
      env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
      args: [
        '--lang=en-GB',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const newPage = async (width: number, height: number): Promise<DemoPage> => {
    const context = await browser.newContext({
      viewport: { width, height },
      reducedMotion: 'reduce',
      // A practice manager in England: dates read dd/mm/yyyy, today is London's.
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const result: DemoPage = { page, dialogs: [], requests: [], errors: [] };
    page.on('dialog', (d) => {
      result.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => result.requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && result.errors.push(m.text()));
    page.on('pageerror', (e) => result.errors.push(e.message));
    return result;
  };
  const open = async (width = 500, query = '', height = 900): Promise<DemoPage> => {
    const result = await newPage(width, height);
    await result.page.goto(`${origin}/demo.html${query}`);
    await result.page.getByRole('tab', { name: 'Templates' }).waitFor();
    return result;
  };
  const openOverview = async (width = 1200, query = ''): Promise<DemoPage> => {
    const result = await newPage(width, 900);
    await result.page.goto(`${origin}/overview.html${query}`);
    await result.page.locator('#overview-files').waitFor({ state: 'attached' });
    return result;
  };
  const close = async (): Promise<void> => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { origin, open, openOverview, close };
}
