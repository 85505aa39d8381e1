/**
 * The PCN overview page in Chromium: two new hires' own workbooks (the same coach ID in both),
 * a practice's own workbook and a damaged file are chosen (or dropped, folders included); the page lists every coach once with
 * its workbook, the same findings and the same report as `hwbc check` over the same files, a
 * plain line for the file it could not read, sorts and filters its table, passes axe at 300,
 * 500 and 1200 px, asks nothing of any other site, and stays responsive while a big file is read.
 */
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import type { NewHireDetails } from '../../shared/api';
import { createTemplates } from '../../shared/templates';
import type { TeamResult } from '../../shared/team/types';
import { checkTeam } from '../../src/cli/checkTeam';
import { newHireWorkbook } from '../../src/xlsx/newHire/newHireWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { SCREENSHOTS, startDemo, type Demo, type DemoPage } from '../support/browser';

const AS_OF = '2026-03-20';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-overview-'));
const NAMES = ['asha.xlsx', 'asha-again.xlsx', 'practice.xlsx', 'damaged.xlsx'];
const files = NAMES.map((n) => path.join(dir, n));
let demo: Demo;
let cli: TeamResult;

async function hire(file: string, name: string, id: string): Promise<void> {
  const details: NewHireDetails = {
    ...{ name, id, organisation: 'Riverside PCN', startDate: '2025-10-01', wte: 0.6, pciDate: null, priorHours: 0 },
    ...{ lineManager: '', clinicalSupervisor: '', coachingSupervisor: '' },
  };
  fs.writeFileSync(file, (await newHireWorkbook(details, { today: AS_OF })).bytes);
}

/** `hwbc check` itself over the same files, named as the page names them (in their folder). */
async function commandLine(...args: string[]): Promise<TeamResult> {
  const was = process.cwd();
  const out: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    process.chdir(dir);
    const report = args[0];
    expect(await checkTeam({ files: NAMES, asOf: AS_OF, json: true, report })).toBe(0);
    return JSON.parse(out[0]) as TeamResult;
  } finally {
    process.chdir(was);
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await hire(files[0], 'Asha Rao', 'HWBC-9');
  await hire(files[1], 'Asha Rao', 'hwbc-9 ');
  const practice = new XlsxWorkbook({ today: AS_OF });
  await createTemplates(practice, { sample: true });
  await practice.save(files[2]);
  fs.writeFileSync(files[3], 'this is not a zip file');
  cli = await commandLine('cli-report.xlsx');
  demo = await startDemo();
}, 600_000);

afterAll(async () => {
  await demo?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function chooseAll(width: number) {
  const opened = await demo.openOverview(width, `?asOf=${AS_OF}`);
  await opened.page.setInputFiles('#overview-files', files);
  await opened.page.getByText(/^Read 3 of 4 workbooks \(1 not read: see below\)/).waitFor({ timeout: 120_000 });
  return opened;
}

/**
 * A folder as a lead keeps one: workbooks in sub-folders, beside an Excel lock file, a hidden
 * folder and a note. Made once, for the tests that choose it and that drop it.
 */
function teamFolder(): string {
  const folder = path.join(dir, 'team');
  if (fs.existsSync(folder)) return folder;
  fs.mkdirSync(path.join(folder, 'north', '.hidden'), { recursive: true });
  fs.copyFileSync(files[0], path.join(folder, 'asha.xlsx'));
  fs.copyFileSync(files[1], path.join(folder, 'north', 'asha-again.xlsx'));
  fs.copyFileSync(files[2], path.join(folder, 'north', '.hidden', 'old.xlsx'));
  fs.writeFileSync(path.join(folder, '~$asha.xlsx'), 'lock');
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a workbook');
  return folder;
}

/**
 * Drags files and folders from the machine onto an element, as the operating system does: the
 * browser's own drag events (Chromium's DevTools protocol), so a dropped folder arrives as a
 * folder entry the page must read through, not as a list of files a script could make.
 */
async function dropOnto(page: Page, selector: string, paths: string[]): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
  await cdp.detach();
}

/**
 * The four files read once, at 1200 px, for the tests that only look at (or download from) the
 * result: reading the practice's sample workbook in the page's worker is the slow part, and
 * each of those tests would read the same four files to the same result.
 */
let readOnce: Promise<DemoPage> | undefined;
const allRead = () => (readOnce ??= chooseAll(1200));

const column = (page: Page, n: number) =>
  page
    .locator('section[aria-labelledby="overview-team"] tbody tr')
    .evaluateAll((rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i].textContent ?? ''), n);

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every sheet of a workbook file as its cell values, row by row. */
async function sheets(bytes: Buffer | Uint8Array): Promise<Record<string, unknown[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown[]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((row, r) => rows.push([r, row.values]));
    out[ws.name] = rows;
  });
  return out;
}

describe('the PCN overview page', () => {
  it('lists every coach once with its workbook, the findings and a line for the file it could not read, as hwbc check does', async () => {
    const { page, errors, dialogs } = await allRead();
    expect(await column(page, 0)).toEqual(cli.coaches.map((c) => c.file));
    expect(await column(page, 1)).toEqual(cli.coaches.map((c) => c.coach));
    expect(cli.coaches.map((c) => c.file)).toEqual(
      expect.arrayContaining(['asha.xlsx', 'asha-again.xlsx', 'practice.xlsx']),
    );
    const findings = page.locator('section[aria-labelledby="overview-findings"] tbody tr');
    expect(await findings.count()).toBe(cli.findings.length);
    const duplicate = cli.findings.find((f) => /also in asha/.test(f.message));
    expect(duplicate).toBeDefined();
    await findings.filter({ hasText: duplicate!.message }).first().waitFor();
    const damaged = page.locator('.overview-problems li[data-file="damaged.xlsx"]');
    expect(await damaged.textContent()).toBe(cli.files.find((f) => f.file === 'damaged.xlsx')?.problem);
    expect(await damaged.textContent()).toMatch(/is not a readable \.xlsx workbook/);
    const months = page.locator('section[aria-labelledby="overview-monthly"] table').first().locator('tbody tr');
    expect(await months.count()).toBe(new Set(cli.monthly.map((m) => m.month)).size);
    const charts = page.locator('section[aria-labelledby="overview-charts"] figure');
    expect(await charts.count()).toBe(3);
    expect(await charts.locator('svg[role="img"]').first().getAttribute('aria-label')).toMatch(/^Coaches by tier\. /);
    expect(await charts.nth(2).locator('li').count()).toBe(new Set(cli.monthly.map((m) => `${m.coach}|${m.id}`)).size);
    expect({ errors, dialogs }).toEqual({ errors: [], dialogs: [] });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview-1200.png'), fullPage: true });
  }, 180_000);

  it('takes a whole folder, sub-folders included, skipping lock files, hidden files and other kinds', async () => {
    const { page } = await demo.openOverview(1200, `?asOf=${AS_OF}`);
    await page.setInputFiles('#overview-folder', teamFolder());
    await page.getByText(/^Read 2 of 2 workbooks: 2 coaches/).waitFor({ timeout: 120_000 });
    expect(await column(page, 0)).toEqual(['team/asha.xlsx', 'team/north/asha-again.xlsx']);
  }, 180_000);

  it('reads a dropped folder and a dropped file as it reads them chosen, with a line for the file it could not read', async () => {
    const { page, errors } = await demo.openOverview(1200, `?asOf=${AS_OF}`);
    await dropOnto(page, '.overview-drop', [teamFolder(), files[3]]);
    await page.getByText(/^Read 2 of 3 workbooks \(1 not read: see below\): 2 coaches/).waitFor({ timeout: 120_000 });
    expect(await column(page, 0)).toEqual(['team/asha.xlsx', 'team/north/asha-again.xlsx']);
    const damaged = page.locator('.overview-problems li[data-file="damaged.xlsx"]');
    expect(await damaged.textContent()).toBe(cli.files.find((f) => f.file === 'damaged.xlsx')?.problem);
    expect(errors).toEqual([]);
  }, 180_000);

  it('downloads the same team report as hwbc check --report writes for the same files', async () => {
    const { page } = await allRead();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the team report (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^team-report.*\.xlsx$/);
    const downloaded = fs.readFileSync((await download.path())!);
    const written = fs.readFileSync(path.join(dir, 'cli-report.xlsx'));
    const [page_, command] = [await sheets(downloaded), await sheets(written)];
    expect(Object.keys(page_)).toEqual(['PCN summary', 'Coaches', 'Findings', 'Monthly summary']);
    expect(page_).toEqual(command);
  }, 180_000);

  for (const width of [300, 500, 1200]) {
    it(`has no serious or critical axe violation at ${width} px`, async () => {
      const { page } = await allRead();
      await page.setViewportSize({ width, height: 900 });
      expect(await seriousViolations(page)).toEqual([]);
      if (width === 300) await page.screenshot({ path: path.join(SCREENSHOTS, 'overview-300.png'), fullPage: true });
    }, 180_000);
  }

  it('sorts by a column from its header button and filters by practice, status and tier', async () => {
    // Last of the tests on the page read once: it leaves the table sorted and filtered.
    const { page } = await allRead();
    await page.setViewportSize({ width: 1200, height: 900 });
    const sortBy = (name: string) => page.getByRole('button', { name, exact: true }).click();
    const header = page.locator('th').filter({ has: page.getByRole('button', { name: 'Coach', exact: true }) });
    const names = cli.coaches.map((c) => c.coach);
    await sortBy('Coach');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await column(page, 1)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await sortBy('Coach');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await column(page, 1)).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    await page.getByLabel('Practice (workbook)', { exact: true }).selectOption('asha-again.xlsx');
    expect(await column(page, 0)).toEqual(['asha-again.xlsx']);
    await page.getByLabel('Practice (workbook)', { exact: true }).selectOption('');
    const red = cli.coaches.filter((c) => c.rag === 'red').length;
    if (red > 0) {
      await page.getByLabel('Status', { exact: true }).selectOption('Action needed');
      expect((await column(page, 8)).length).toBe(red);
      expect(new Set(await column(page, 8))).toEqual(new Set(['Action needed']));
      await page.getByLabel('Status', { exact: true }).selectOption('');
    }
    const tier = await page.getByLabel('Tier', { exact: true }).locator('option').nth(1).textContent();
    await page.getByLabel('Tier', { exact: true }).selectOption(tier!);
    expect(new Set(await column(page, 3))).toEqual(new Set([tier]));
    expect((await column(page, 3)).length).toBe(
      cli.coaches.filter((c) => (c.tierWords ?? `Tier ${c.tier}`) === tier).length,
    );
  }, 180_000);

  it('asks nothing of any other site, under the same policy as the demo page', async () => {
    const { page, requests } = await allRead();
    const policy = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    const own = policy(fs.readFileSync(path.join(__dirname, '../../overview/overview.html'), 'utf8'));
    expect(own).toBeDefined();
    expect(own).toBe(policy(fs.readFileSync(path.join(__dirname, '../../src/demo/demo.html'), 'utf8')));
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(own);
    expect(requests.filter((r) => !r.startsWith(demo.origin) && !r.startsWith('blob:'))).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${demo.origin}/overviewWorker.js`]));
    // The policy is enforced: a script from another site is refused, not fetched.
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const s = document.createElement('script');
          s.src = 'https://example.org/x.js';
          document.head.append(s);
        }),
    );
    expect(refused).toMatch(/^script-src/);
  }, 180_000);

  it('keeps the page responsive while a big file is read in its worker', async () => {
    const rows = fs.readFileSync(path.join(__dirname, '../fixtures/check/hours-log.csv'), 'utf8').trim().split('\n');
    const big = path.join(dir, 'big-log.csv');
    const body = rows.slice(1).join('\n');
    fs.writeFileSync(big, `${rows[0]}\n${Array.from({ length: 800 }, () => body).join('\n')}\n`);
    const { page } = await demo.openOverview(500, `?asOf=${AS_OF}`);
    // A timer ticks every 20 ms until the worker says the last file is read (the table is
    // drawn after that, so only the reading is timed).
    await page.evaluate(() => {
      const w = window as unknown as { ticks: number[]; reading: boolean };
      w.ticks = [];
      w.reading = true;
      const timer = setInterval(() => w.reading && w.ticks.push(performance.now()), 20);
      const progress = document.querySelector('.overview-progress') as HTMLElement;
      new MutationObserver(() => {
        if (/^Read 2 of 2 workbooks…/.test(progress.textContent ?? '')) {
          w.reading = false;
          clearInterval(timer);
        }
      }).observe(progress, { childList: true, characterData: true, subtree: true });
    });
    await page.setInputFiles('#overview-files', [big, path.join(dir, 'practice.xlsx')]);
    await page.getByText(/^Read 2 of 2 workbooks:/).waitFor({ timeout: 120_000 });
    const ticks = await page.evaluate(() => (window as unknown as { ticks: number[] }).ticks);
    const gaps = ticks.slice(1).map((x, i) => x - ticks[i]);
    // The timer went on ticking all through the reading: no long stall of the page's thread.
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(1000);
  }, 180_000);
});
