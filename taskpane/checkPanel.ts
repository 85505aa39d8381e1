/**
 * Check: reads the workbook, shows which columns it took to mean what (for the user to confirm
 * or correct), then checks every coach as of a date and shows the summary and the findings,
 * each linked to its cell.
 */
import type { PaneApi } from '../shared/api';
import type { CheckResult, SheetMapping } from '../shared/check/types';
import { readDate } from '../shared/values';
import { coachTable, severityCounts } from './checkSummary';
import { el, replaceChildren } from './dom';
import { button, field } from './fields';
import { findingPlace, findingsList } from './findingsList';
import { mappingView, type MappingView } from './mappingView';
import { createFeedback } from './progress';
import { localToday } from './today';

const NO_DATA =
  'No sheet with coach data was found. Create the template sheets on the Templates tab, or give your own sheet a header row with columns such as Name, Start date and WTE.';

/**
 * Builds the Check panel into `panel`.
 *
 * @example
 * checkPanel(panelElement, api);
 */
export function checkPanel(panel: HTMLElement, api: PaneApi): void {
  const asOf = field({
    name: 'asOf',
    label: 'As of',
    type: 'date',
    required: true,
    hint: 'Due dates and statuses are worked out for this day.',
  });
  asOf.input.value = localToday();
  const start = button('Check this workbook', 'primary', () => void guess());
  const confirm = button('Confirm and check', 'primary', () => void check());
  const stage = el('div', { class: 'hwbc-stage' });
  const feedback = createFeedback(() => [
    start,
    confirm,
    asOf.input,
    ...stage.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('select, input, button'),
  ]);
  let view: MappingView | null = null;

  const go = (sheet: string, row: number, column: string | null, place: string): Promise<unknown> =>
    feedback.run({
      step: `Going to ${place}…`,
      failure: `Could not go to ${place}.`,
      work: () => api.selectCell(sheet, row, column),
    });

  function date(): string | null {
    try {
      const d = readDate('as-of date', asOf.input.value, { today: localToday(), timeZone: 'UTC', dateSystem: '1900' });
      asOf.setError(d ? null : 'Enter the date to check as of, such as today.');
      return d;
    } catch {
      asOf.setError('Enter a real date, such as 2026-04-01 or 01/04/2026.');
      return null;
    }
  }

  async function guess(): Promise<void> {
    if (!date()) return asOf.input.focus();
    replaceChildren(stage);
    view = null;
    const mappings = await feedback.run({
      step: 'Reading sheets…',
      failure: 'Could not read the workbook.',
      work: () => api.guessMappings(),
    });
    if (!mappings) return;
    if (mappings.length === 0) return feedback.say(NO_DATA);
    view = mappingView(mappings);
    feedback.say(
      `Found ${mappings.length === 1 ? '1 sheet' : `${mappings.length} sheets`} to check. Confirm what each column holds.`,
    );
    replaceChildren(
      stage,
      el('h3', {}, 'What each column holds'),
      el(
        'p',
        {},
        'Correct any column that was read wrongly, then check. Your choice is saved in the workbook for next time.',
      ),
      view.element,
      el('div', { class: 'hwbc-actions' }, confirm),
    );
  }

  async function check(): Promise<void> {
    const when = date();
    const v = view?.value();
    if (!when || !v) return;
    if ('problem' in v) {
      feedback.alert(el('p', {}, v.problem));
      return v.control.focus();
    }
    const mappings: SheetMapping[] = v.mappings;
    if (mappings.length === 0) return feedback.alert(el('p', {}, 'Choose at least one sheet to check.'));
    const names = mappings.map((m) => m.sheet).join(', ');
    const result = await feedback.run({
      step: `Checking ${names}…`,
      failure: 'Could not finish the check.',
      work: () => api.checkWorkbook({ asOf: when, mappings }),
    });
    if (result) show(result);
  }

  function show(result: CheckResult): void {
    const n = result.findings.length;
    feedback.say(
      `Checked ${result.coaches.length === 1 ? '1 coach' : `${result.coaches.length} coaches`} as of ${result.asOf}: ${n === 1 ? '1 finding' : `${n} findings`}.`,
    );
    replaceChildren(
      stage,
      el('h3', {}, `Summary as of ${result.asOf}`),
      severityCounts(result),
      result.reportSheet ? el('p', {}, `The full report is on the ${result.reportSheet} sheet.`) : null,
      coachTable(result.coaches, (c) => void go(c.sheet, c.row, null, `${c.sheet} row ${c.row}`)),
      el('h3', {}, 'Findings'),
      findingsList(result.findings, (f) => void go(f.sheet, f.row ?? 1, f.column, findingPlace(f))),
    );
  }

  panel.append(
    el('h2', {}, 'Check this workbook'),
    el(
      'p',
      {},
      'Finds your coaches, in the template sheets or your own, and lists what needs attention. Only the HWBC Report sheet is written.',
    ),
    asOf.element,
    el('div', { class: 'hwbc-actions' }, start),
    feedback.element,
    stage,
  );
}
