/**
 * End to end on the demo page: checking the sample team the page starts with (a finding link
 * selects its cell), checking the practice's own sheet alone (mapping shown and corrected,
 * summary, a finding link), the as-of date, and inserting a function into the selected cell.
 */
import { startDemo, type Demo } from '../support/browser';
import { openPanel, recordChecks, runCheck, selectedCell, setSetting, sheetCells } from './demoActions';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

test('the check runs on the sample team, lists its coaches in words, and a finding link selects its cell', async () => {
  const { page } = await demo.open(300);
  const panel = await openPanel(page, 'check');
  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  // The template sheets are found, and said to hold what they hold.
  const coachesSheet = panel.locator('fieldset[data-sheet="Coaches"]');
  await coachesSheet.waitFor();
  expect(await coachesSheet.textContent()).toContain('Holds coaches');
  await panel.getByRole('button', { name: 'Confirm and check' }).click();
  await panel.getByRole('heading', { name: /^Summary as of / }).waitFor();

  const coaches = await sheetCells(page, 'Coaches');
  const names = coaches!.values
    .slice(1)
    .map((r) => r[1])
    .filter((n) => typeof n === 'string' && n !== '');
  expect(names.length).toBeGreaterThan(3);
  const shown = await panel.locator('table.hwbc-coaches tbody th').allTextContents();
  expect(shown).toEqual(expect.arrayContaining(names));
  for (const status of await panel.locator('table.hwbc-coaches td.hwbc-rag').allTextContents()) {
    expect(status).toMatch(/^(✖ Needs action|▲ Warning|✔ OK)$/);
  }
  // Beside the table, the PCN overview's small charts, each saying in words what it shows.
  const tiers = await panel.getByRole('img', { name: /^Coaches by tier\. / }).getAttribute('aria-label');
  const counted = [...tiers!.matchAll(/: (\d+) coach/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(counted).toBe(shown.length);
  const supervision = await panel
    .getByRole('img', { name: /^Supervision status by type\. / })
    .getAttribute('aria-label');
  for (const type of ['Line management', 'Clinical supervision', 'Health coaching supervision']) {
    const parts = new RegExp(`${type}: (\\d+) OK, (\\d+) due soon, (\\d+) overdue, (\\d+) not known`).exec(
      supervision!,
    );
    expect(parts?.slice(1).reduce((n, x) => n + Number(x), 0)).toBe(shown.length);
  }

  // A finding on one of the sample team's sheets: its link shows that sheet with the cell selected.
  const links = await panel.locator('.hwbc-finding button[data-rule]').allTextContents();
  const place = links
    .map((t) => /^Go to (.+) ([A-Z]+)(\d+)$/.exec(t))
    .find((m) => m !== null && m[1] !== 'Our coaches');
  expect(place).toBeDefined();
  const [text, sheet, column, row] = place!;
  await panel.getByRole('button', { name: text, exact: true }).first().click();
  await selectedCell(page)
    .filter({ hasText: `Selected cell: ${sheet} ${column}${row}` })
    .waitFor();
  expect(await page.getByRole('tab', { name: sheet, exact: true }).getAttribute('aria-selected')).toBe('true');
  expect(await page.locator(`[data-cell="${column}${row}"]`).getAttribute('aria-selected')).toBe('true');
});

test("the check shows how it read the practice's own sheet, then a summary whose findings select their cells", async () => {
  const { page } = await demo.open(500, '?start=empty');
  const panel = await openPanel(page, 'check');
  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  const sheet = panel.locator('fieldset[data-sheet="Our coaches"]');
  await sheet.waitFor();
  expect(await sheet.textContent()).toContain('headers on row 3');
  const coach = sheet.locator('select[data-column="A"]');
  expect(await coach.inputValue()).not.toBe('');

  await panel.getByRole('button', { name: 'Confirm and check' }).click();
  await panel.getByRole('heading', { name: /^Summary as of/ }).waitFor();
  const counts = await panel.locator('.hwbc-count').allTextContents();
  expect(counts).toHaveLength(3);
  const rows = panel.locator('table.hwbc-coaches tbody tr');
  expect(await rows.count()).toBe(5);
  for (const status of await rows.locator('td.hwbc-rag').allTextContents()) {
    expect(status).toMatch(/^(✖ Needs action|▲ Warning|✔ OK)$/);
  }

  // Jess Evans's WTE of 30 is bad data: a finding names its cell, D6, and the link goes there.
  const link = panel.getByRole('button', { name: 'Go to Our coaches D6' }).first();
  await link.click();
  await selectedCell(page).filter({ hasText: 'Selected cell: Our coaches D6' }).waitFor();
  expect(await page.locator('[data-cell="D6"]').getAttribute('aria-selected')).toBe('true');
  const report = await panel.locator('p', { hasText: 'The full report is on the' }).count();
  expect(report).toBe(1);
});

test('a corrected mapping is used and offered again next time', async () => {
  const { page } = await demo.open(500);
  const panel = await openPanel(page, 'check');
  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  const sheet = panel.locator('fieldset[data-sheet="Our coaches"]');
  await sheet.waitFor();

  // One field for two columns is refused before anything is checked, with focus on the second.
  const started = await sheet.locator('select[data-column="C"]').inputValue();
  await sheet
    .locator('select[data-column="C"]')
    .selectOption(await sheet.locator('select[data-column="A"]').inputValue());
  await panel.getByRole('button', { name: 'Confirm and check' }).click();
  await panel.getByRole('alert').filter({ hasText: 'for both column A and column C' }).waitFor();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.column)).toBe('C');
  await sheet.locator('select[data-column="C"]').selectOption(started);

  await sheet.locator('select[data-column="I"]').selectOption('');
  await panel.getByRole('button', { name: 'Confirm and check' }).click();
  await panel.getByRole('heading', { name: /^Summary as of/ }).waitFor();

  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  await panel.getByRole('button', { name: 'Confirm and check' }).waitFor();
  // Without the header list a column not used is not offered at all; either way it stays unused.
  const again = panel.locator('fieldset[data-sheet="Our coaches"] select[data-column="I"]');
  if ((await again.count()) > 0) expect(await again.inputValue()).toBe('');
});

test('a blank as-of date leaves the day to the Settings sheet; a typed one is used instead', async () => {
  const { page } = await demo.open(500);
  // The practice manager has set the Settings sheet's as-of date, which its formulas use.
  await setSetting(page, 'As-of date', { date: '2026-03-02' });
  const sent = await recordChecks(page);
  const panel = await openPanel(page, 'check');
  const box = panel.locator('input[name="asOf"]');
  expect(await box.inputValue()).toBe('');
  expect(await box.getAttribute('aria-required')).toBeNull();
  expect(await panel.locator('.hwbc-hint').first().textContent()).toBe(
    'Leave blank to use the as-of date on the Settings sheet, or today if there is none.',
  );

  await runCheck(page);
  // The day actually used, as people write it.
  await panel.getByRole('heading', { name: 'Summary as of 2 Mar 2026' }).waitFor();
  expect(await panel.getByRole('status').textContent()).toMatch(
    /^Checked \d+ coaches as of 2 Mar 2026: \d+ findings\.$/,
  );
  expect(await sent()).toEqual([{ hasAsOf: false, asOf: undefined }]);

  await runCheck(page, '2026-04-01');
  await panel.getByRole('heading', { name: 'Summary as of 1 Apr 2026' }).waitFor();
  expect((await sent())[1]).toEqual({ hasAsOf: true, asOf: '2026-04-01' });

  // A date typed only in part is not taken as blank: nothing is checked until it is whole or cleared.
  await box.fill('');
  await box.click();
  await page.keyboard.type('25');
  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  await panel.locator('[data-error-for="asOf"]').filter({ hasText: 'Enter a whole date' }).waitFor();
  expect(await box.getAttribute('aria-invalid')).toBe('true');
  expect(await sent()).toHaveLength(2);
});

test('Insert puts the example formula into the selected cell', async () => {
  const { page } = await demo.open(500);
  await page.locator('[data-cell="K4"]').click();
  const panel = await openPanel(page, 'functions');
  const card = panel.locator('[data-function="HWBC_TIER"]');
  await card.locator('summary').click();
  const example = (await card.locator('.hwbc-formula').textContent())!;
  expect(example).toMatch(/^=HWBC_TIER\(/);
  expect(await card.locator('.hwbc-example-result').textContent()).not.toBe('');
  await card.getByRole('button', { name: /^Insert example/ }).click();

  await panel
    .getByRole('status')
    .filter({ hasText: `Put ${example} into the selected cell.` })
    .waitFor();
  const cell = page.locator('[data-cell="K4"]');
  expect(await cell.textContent()).toBe(example);
  expect(await cell.getAttribute('class')).toContain('demo-formula');
  expect((await sheetCells(page, 'Our coaches'))!.formulas[3][10]).toBe(example);
});
