/**
 * Functions: the HWBC spreadsheet functions, each with its help, parameters and an example
 * with its result, and a button that puts the example into the selected cell; and the
 * "Functions self-test" button, which adds a sheet checking every function in this host.
 */
import type { FunctionInfo, PaneApi } from '../shared/api';
import { el, replaceChildren } from './dom';
import { button } from './fields';
import { createFeedback, type Feedback } from './progress';

function card(f: FunctionInfo, insert: (f: FunctionInfo) => void): { element: HTMLElement; button: HTMLButtonElement } {
  const b = button('Insert example', 'secondary', () => insert(f));
  b.setAttribute('aria-label', `Insert example of ${f.name} into the selected cell`);
  const params = f.params.length
    ? el(
        'dl',
        { class: 'hwbc-params' },
        ...f.params.flatMap((p) => [
          el('dt', {}, el('code', {}, p.name), p.optional ? el('span', { class: 'hwbc-muted' }, ' (optional)') : null),
          el('dd', {}, p.help),
        ]),
      )
    : el('p', { class: 'hwbc-muted' }, 'No parameters.');
  const element = el(
    'details',
    { class: 'hwbc-function', 'data-function': f.name },
    el(
      'summary',
      {},
      el('code', { class: 'hwbc-function-name' }, f.name),
      el('span', { class: 'hwbc-function-help' }, f.help),
    ),
    el('h4', {}, 'Parameters'),
    params,
    el('h4', {}, 'Example'),
    el('p', {}, el('code', { class: 'hwbc-formula' }, f.example)),
    el('p', {}, 'Gives: ', el('strong', { class: 'hwbc-example-result' }, f.exampleResult)),
    el('div', { class: 'hwbc-actions' }, b),
  );
  return { element, button: b };
}

/**
 * Builds the Functions panel into `panel`.
 *
 * @example
 * functionsPanel(panelElement, api);
 */
export function functionsPanel(panel: HTMLElement, api: PaneApi): void {
  const buttons: HTMLButtonElement[] = [];
  const list = el('div', { class: 'hwbc-functions' });
  const feedback: Feedback = createFeedback(() => buttons);
  const insert = async (f: FunctionInfo): Promise<void> => {
    const done = await feedback.run({
      step: `Inserting ${f.name}…`,
      failure: `Could not insert ${f.name}.`,
      work: async () => (await api.insertFormula(f.example), true),
    });
    if (done) feedback.say(`Put ${f.example} into the selected cell.`);
  };
  const selfTest = button('Functions self-test', 'secondary', () => void makeSelfTest());
  selfTest.setAttribute('aria-describedby', 'hwbc-self-test-help');
  buttons.push(selfTest);
  const makeSelfTest = async (): Promise<void> => {
    let message = '';
    const done = await feedback.run({
      step: 'Adding the self-test sheet…',
      failure: 'Could not add the self-test sheet.',
      work: async () => ((message = (await api.createSelfTest()).message), true),
    });
    if (done) feedback.say(message);
  };
  panel.append(
    el('h2', {}, 'Functions'),
    el('p', {}, 'Type these into any cell, like built-in functions. Select a cell first to insert an example there.'),
    el(
      'p',
      { id: 'hwbc-self-test-help' },
      'To see that every function works in this workbook, add the self-test sheet: each example beside its expected answer, with PASS or FAIL.',
    ),
    el('div', { class: 'hwbc-actions' }, selfTest),
    // Kept in view while scrolling the list, so "Put … into the selected cell" is seen.
    el('div', { class: 'hwbc-sticky' }, feedback.element),
    list,
  );
  void feedback.run({
    step: 'Loading the functions…',
    failure: 'Could not list the functions.',
    work: async () => {
      const cards = (await api.listFunctions()).map((f) => card(f, (x) => void insert(x)));
      buttons.push(...cards.map((c) => c.button));
      replaceChildren(list, ...cards.map((c) => c.element));
    },
  });
}
