/**
 * What a user does on the demo page, as steps the browser tests share: open a panel, create
 * templates, fill in the new-hire form, run a check, and look inside the in-memory workbook.
 */
import type { Locator, Page } from 'playwright-core';
import type { WriteValue } from '../../shared/workbook';

export type PanelKey = 'templates' | 'newHire' | 'check' | 'functions';

export const TAB_NAMES: Record<PanelKey, string> = {
  templates: 'Templates',
  newHire: 'New hire',
  check: 'Check',
  functions: 'Functions',
};

/**
 * Selects a panel's tab and gives the panel.
 *
 * @example
 * const panel = await openPanel(page, 'check');
 */
export async function openPanel(page: Page, key: PanelKey): Promise<Locator> {
  await page.getByRole('tab', { name: TAB_NAMES[key], exact: true }).click();
  const panel = page.locator(`[data-panel="${key}"]`);
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/**
 * Creates the template sheets (all of them), with or without the demonstration team.
 *
 * @example
 * await createTemplates(page, true);
 */
export async function createTemplates(page: Page, sample: boolean): Promise<Locator> {
  const panel = await openPanel(page, 'templates');
  await panel.getByRole('checkbox', { name: 'Coaches' }).waitFor();
  await panel.getByRole('checkbox', { name: 'Include demonstration data' }).setChecked(sample);
  await panel.getByRole('button', { name: 'Create sheets' }).click();
  return panel;
}

/** A complete, valid new hire. */
export const HIRE = {
  name: 'Priya Shah',
  id: 'HWBC-21',
  organisation: 'Riverside PCN',
  startDate: '2026-01-05',
  wte: '0.6',
  pciDate: '',
  priorHours: '',
  lineManager: 'Sam Lee',
  clinicalSupervisor: 'Dr Jo Hart',
  coachingSupervisor: 'Alex Moor',
};

/**
 * Types `values` into the new-hire form (fields by name) and submits it.
 *
 * @example
 * await submitHire(page, { ...HIRE, wte: '30' });
 */
export async function submitHire(page: Page, values: Partial<typeof HIRE>): Promise<Locator> {
  const panel = await openPanel(page, 'newHire');
  for (const [name, value] of Object.entries(values)) await panel.locator(`input[name="${name}"]`).fill(value);
  await panel.getByRole('button', { name: 'Add coach' }).click();
  return panel;
}

/**
 * Runs "Check this workbook", confirms the mapping as guessed, and waits for the summary.
 *
 * @example
 * const panel = await runCheck(page, '2026-04-01');
 */
export async function runCheck(page: Page, asOf?: string): Promise<Locator> {
  const panel = await openPanel(page, 'check');
  if (asOf) await panel.locator('input[name="asOf"]').fill(asOf);
  await panel.getByRole('button', { name: 'Check this workbook' }).click();
  await panel.getByRole('button', { name: 'Confirm and check' }).click();
  await panel.getByRole('heading', { name: /^Summary as of/ }).waitFor();
  return panel;
}

/**
 * Types `value` as the user's own setting under `header` on the Settings sheet (its "Your
 * value" row), as a practice manager would to fix the as-of date or a policy interval.
 *
 * @example
 * await setSetting(page, 'As-of date', { date: '2026-03-02' });
 */
export async function setSetting(page: Page, header: string, value: WriteValue): Promise<void> {
  await page.evaluate(
    async ([h, v]) => {
      const demo = window.hwbcDemo!;
      const values = demo.workbook.sheets.get('Settings')!.values;
      const headerRow = values.findIndex((r) => r.includes(h));
      const yours = values.findIndex((r) => r[0] === 'Your value');
      if (headerRow < 0 || yours < 0) throw new Error(`Settings has no "${h}" column or no "Your value" row.`);
      await demo.workbook.write('Settings', { row: yours, col: values[headerRow].indexOf(h) }, [[v]]);
      demo.render();
    },
    [header, value] as const,
  );
}

/**
 * Records what the pane asks `checkWorkbook` for; the returned function gives the requests so
 * far, each with `hasAsOf` saying whether an as-of date was sent at all.
 *
 * @example
 * const sent = await recordChecks(page); … expect((await sent())[0].hasAsOf).toBe(false);
 */
export async function recordChecks(page: Page): Promise<() => Promise<{ hasAsOf: boolean; asOf: unknown }[]>> {
  await page.evaluate(() => {
    const api = window.hwbcDemo!.api;
    const check = api.checkWorkbook.bind(api);
    const sent: { hasAsOf: boolean; asOf: unknown }[] = [];
    (window as unknown as { hwbcSent: typeof sent }).hwbcSent = sent;
    api.checkWorkbook = (options) => {
      sent.push({ hasAsOf: 'asOf' in options, asOf: options.asOf });
      return check(options);
    };
  });
  return () => page.evaluate(() => (window as unknown as { hwbcSent: { hasAsOf: boolean; asOf: unknown }[] }).hwbcSent);
}

/**
 * A sheet of the in-memory workbook: its values and formulas, read in the page.
 *
 * @example
 * (await sheetCells(page, 'Coaches'))?.formulas[1][10]; // '=…' or null
 */
export function sheetCells(
  page: Page,
  sheet: string,
): Promise<{ values: unknown[][]; formulas: (string | null)[][] } | null> {
  return page.evaluate((name) => {
    const s = window.hwbcDemo?.workbook.sheets.get(name);
    return s ? { values: s.values, formulas: s.formulas } : null;
  }, sheet);
}

/**
 * The names of the workbook's sheets, in order.
 *
 * @example
 * await sheetNames(page); // ['Our coaches']
 */
export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.hwbcDemo?.workbook.sheets.keys() ?? [])]);
}

/**
 * The demo's "Selected cell: …" line.
 *
 * @example
 * await selectedCell(page).filter({ hasText: 'Our coaches D6' }).waitFor();
 */
export function selectedCell(page: Page): Locator {
  return page.locator('.demo-selection');
}
