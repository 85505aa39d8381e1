/**
 * The built Sidebar.html in headless Chromium, wired to the built Code.js: google.script.run
 * in the page is carried to the server functions running in a vm over the fake spreadsheet.
 */
import type { Browser, Page } from 'playwright-core';
import { FakeGas } from '../../support/fakeSpreadsheetApp';
import { loadCode, type LoadedScript } from './loadCode';

/** Where the page is served from in the test; every other request is refused and recorded. */
export const PAGE_URL = 'https://sidebar.hwbc.test/';

/** google.script.run in the page, forwarding each call to the page's exposed server bridge. */
const GOOGLE_SCRIPT_RUN = `
  window.google = { script: { get run() {
    let ok = () => {}, fail = () => {};
    const runner = new Proxy({}, { get: (_, name) => {
      if (name === 'withSuccessHandler') return (h) => ((ok = h), runner);
      if (name === 'withFailureHandler') return (h) => ((fail = h), runner);
      return (...args) => window.hwbcServer(String(name), JSON.stringify(args))
        .then((json) => ok(json === undefined ? undefined : JSON.parse(json)), (e) => fail(e));
    } });
    return runner;
  } } };`;

export interface Opened {
  page: Page;
  script: LoadedScript;
  requests: string[];
  errors: string[];
  /** The name of every server call the page made, in order. */
  calls: string[];
}

/** How the sidebar is opened: its width, the spreadsheet, and a pause before each server answer. */
export interface OpenOptions {
  width?: number;
  fake?: FakeGas;
  /** Milliseconds each server call takes to answer, so a test can press Cancel between steps. */
  answerAfterMs?: number;
  /** Server calls that fail (as a lost connection would) instead of answering, e.g. the first hwbcCheckScript. */
  refuse?: (name: string, calls: readonly string[]) => boolean;
}

/**
 * Serves the sidebar as the menu item `menuFunction` does, in a new page of `browser`.
 *
 * @example
 * const { page } = await openSidebarIn(browser, 'hwbcShowSidebar', { width: 300 });
 */
export async function openSidebarIn(
  browser: Browser,
  menuFunction: string,
  {
    width = 300,
    fake = new FakeGas({ sheets: { Sheet1: [] } }),
    answerAfterMs = 0,
    refuse = () => false,
  }: OpenOptions = {},
): Promise<Opened> {
  const script = loadCode(fake);
  script.global[menuFunction]();
  const { html } = fake.ui.sidebars[fake.ui.sidebars.length - 1];
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const calls: string[] = [];
  await context.route('**/*', (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : (requests.push(route.request().url()), route.abort()),
  );
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('hwbcServer', async (name: string, args: string) => {
    calls.push(name);
    if (answerAfterMs > 0) await new Promise((done) => setTimeout(done, answerAfterMs));
    if (refuse(name, calls)) throw new Error('NetworkError: the connection to Google was lost.');
    const result = (script.global[name] as (...a: unknown[]) => unknown)(...JSON.parse(args));
    return result === undefined ? undefined : JSON.stringify(result);
  });
  await page.addInitScript(GOOGLE_SCRIPT_RUN);
  await page.goto(PAGE_URL);
  return { page, script, requests, errors, calls };
}
