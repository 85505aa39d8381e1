/**
 * Templates: choose which template sheets to add, optionally with the demonstration team, and
 * create them. The result says what was added and what was left alone (a sheet that already
 * exists is never touched).
 */
import type { PaneApi, TemplateResult } from '../shared/api';
import { el, replaceChildren } from './dom';
import { button, field, type Field } from './fields';
import { plural } from './plural';
import { createFeedback } from './progress';
import { createdText } from './check/stepText';

function resultView(result: TemplateResult): HTMLElement {
  return el(
    'div',
    { class: 'hwbc-result', 'data-result': 'templates' },
    el('h3', {}, result.added.length ? 'Added' : 'Nothing added'),
    result.added.length
      ? el('ul', { class: 'hwbc-list', 'data-list': 'added' }, ...result.added.map((s) => el('li', {}, s)))
      : el('p', {}, 'Every sheet you chose is already in the workbook.'),
    result.skipped.length ? el('h3', {}, 'Left alone') : null,
    result.skipped.length
      ? el(
          'ul',
          { class: 'hwbc-list', 'data-list': 'skipped' },
          ...result.skipped.map((s) => el('li', {}, el('strong', {}, s.sheet), `: ${s.reason}`)),
        )
      : null,
    result.stopped?.length ? el('h3', {}, 'Not created (stopped)') : null,
    result.stopped?.length
      ? el('ul', { class: 'hwbc-list', 'data-list': 'stopped' }, ...result.stopped.map((s) => el('li', {}, s)))
      : null,
  );
}

function summary(result: TemplateResult): string {
  const left = result.skipped.length ? `, left ${result.skipped.length} alone` : '';
  const added = `${plural(result.added.length, 'sheet', 'sheets')}${left}`;
  if (!result.stopped?.length) return `Added ${added}.`;
  return `Stopped after you pressed Cancel. Added ${added}, each complete; ${plural(result.stopped.length, 'sheet was', 'sheets were')} not created.`;
}

/**
 * Builds the Templates panel into `panel`.
 *
 * @example
 * templatesPanel(panelElement, api);
 */
export function templatesPanel(panel: HTMLElement, api: PaneApi): void {
  const boxes: Field[] = [];
  const list = el('div', { class: 'hwbc-checklist' }, el('p', { class: 'hwbc-muted' }, 'Loading the list of sheets…'));
  const fieldset = el('fieldset', { class: 'hwbc-fieldset' }, el('legend', {}, 'Sheets to add'), list);
  const sample = field({
    name: 'sample',
    label: 'Include demonstration data',
    type: 'checkbox',
    hint: 'A made-up team of coaches with logged hours and supervision, so you can see every formula at work.',
  });
  const results = el('div', { class: 'hwbc-results' });
  const create = button('Create sheets', 'primary', () => void go());
  // Shown while sheets are made in steps (Google Sheets); it stops before the next sheet.
  let stopAsked = false;
  const cancel = button('Cancel', 'secondary', () => {
    stopAsked = true;
    cancel.disabled = true;
  });
  cancel.hidden = true;
  const feedback = createFeedback(() => [create, sample.input, ...boxes.map((b) => b.input)]);

  async function go(): Promise<void> {
    const sheets = boxes.filter((b) => b.input.checked).map((b) => b.input.value);
    if (sheets.length === 0) {
      feedback.alert(el('p', {}, 'Choose at least one sheet to add.'));
      return;
    }
    replaceChildren(results);
    stopAsked = false;
    cancel.disabled = false;
    // Only Google Sheets makes the sheets in steps that can stop between them.
    cancel.hidden = api.host !== 'sheets';
    const result = await feedback.run({
      step: sample.input.checked ? 'Creating sheets and the demonstration team…' : 'Creating sheets…',
      failure: 'Could not create the template sheets.',
      work: (progress) =>
        api.createTemplates(
          { sheets, sample: sample.input.checked },
          { progress: (p) => progress(createdText(p)), cancelled: () => stopAsked },
        ),
    });
    cancel.hidden = true;
    if (!result) return;
    feedback.say(summary(result));
    replaceChildren(results, resultView(result));
  }

  panel.append(
    el('h2', {}, 'Template sheets'),
    el(
      'p',
      {},
      'Adds the sheets where hours, clients, supervision and evidence are logged. Sheets already in the workbook are left as they are.',
    ),
    fieldset,
    sample.element,
    el('div', { class: 'hwbc-actions' }, create, cancel),
    feedback.element,
    results,
  );
  void feedback.run({
    step: 'Loading the list of sheets…',
    failure: 'Could not list the template sheets.',
    work: async () => {
      const names = await api.listTemplateSheets();
      boxes.push(
        ...names.map((name) => {
          const f = field({ name: 'sheet', label: name, type: 'checkbox', attrs: { value: name } });
          f.input.checked = true;
          return f;
        }),
      );
      replaceChildren(list, ...boxes.map((b) => b.element));
    },
  });
}
