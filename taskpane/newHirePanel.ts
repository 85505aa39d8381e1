/**
 * New hire: the form that adds a coach to Coaches and their checklist rows to Training. It is
 * checked in the pane first, and every problem is shown beside its field before anything is
 * written to the workbook.
 */
import type { NewHireDetails, NewHireResult, PaneApi } from '../shared/api';
import { el, replaceChildren } from './dom';
import { button, field, type Field, type FieldOptions } from './fields';
import { validateNewHireForm, type NewHireErrors, type NewHireForm } from './newHireValidation';
import { createFeedback } from './progress';
import { localToday } from './today';

type Key = keyof NewHireDetails;

const FIELDS: (FieldOptions & { name: Key })[] = [
  { name: 'name', label: 'Name', required: true, attrs: { autocomplete: 'off' } },
  { name: 'id', label: 'Coach ID', required: true, hint: 'Links the coach to their rows in the logs, e.g. HWBC-07.' },
  { name: 'organisation', label: 'Organisation', hint: 'The practice or PCN that employs the coach.' },
  { name: 'startDate', label: 'Start date', type: 'date', required: true },
  {
    name: 'wte',
    label: 'WTE',
    required: true,
    hint: '1 for full time, 0.6 or 60% for three days a week.',
    attrs: { inputmode: 'decimal' },
  },
  { name: 'pciDate', label: 'PCI training completed on', type: 'date', hint: 'Leave blank if not done yet.' },
  {
    name: 'priorHours',
    label: 'Prior NHS coaching hours',
    hint: 'Hours already coached in the NHS; blank for none.',
    attrs: { inputmode: 'decimal' },
  },
];

const SUPERVISORS: (FieldOptions & { name: Key })[] = [
  { name: 'lineManager', label: 'Line manager' },
  { name: 'clinicalSupervisor', label: 'Clinical supervisor' },
  { name: 'coachingSupervisor', label: 'Health coaching supervisor', hint: 'Must be at Tier 3 or above.' },
];

function resultView(name: string, result: NewHireResult): HTMLElement {
  return el(
    'div',
    { class: 'hwbc-result', 'data-result': 'newHire' },
    el('h3', {}, `Added ${name}`),
    el('ul', { class: 'hwbc-list', 'data-list': 'added' }, ...result.added.map((s) => el('li', {}, s))),
    ...(result.skipped.length
      ? [
          el('h3', {}, 'Not added'),
          el('ul', { class: 'hwbc-list' }, ...result.skipped.map((s) => el('li', {}, `${s.sheet}: ${s.reason}`))),
        ]
      : []),
  );
}

/**
 * Builds the New hire panel into `panel`.
 *
 * @example
 * newHirePanel(panelElement, api);
 */
export function newHirePanel(panel: HTMLElement, api: PaneApi): void {
  const fields = new Map<Key, Field>([...FIELDS, ...SUPERVISORS].map((o) => [o.name, field(o)]));
  const submit = el('button', { type: 'submit', class: 'hwbc-button hwbc-button-primary' }, 'Add coach');
  const clear = button('Clear form', 'secondary', () => (form.reset(), show({}), feedback.clear()));
  const feedback = createFeedback(() => [submit, clear, ...[...fields.values()].map((f) => f.input)]);
  const results = el('div', { class: 'hwbc-results' });
  let tried = false;

  const read = (): NewHireForm => Object.fromEntries([...fields].map(([k, f]) => [k, f.input.value])) as NewHireForm;
  const show = (errors: NewHireErrors): void => fields.forEach((f, k) => f.setError(errors[k] ?? null));

  const form = el(
    'form',
    { class: 'hwbc-form', novalidate: true, 'aria-label': 'New hire' },
    ...FIELDS.map((o) => fields.get(o.name)?.element),
    el(
      'fieldset',
      { class: 'hwbc-fieldset' },
      el('legend', {}, 'Supervisors'),
      ...SUPERVISORS.map((o) => fields.get(o.name)?.element),
    ),
    el('div', { class: 'hwbc-actions' }, submit, clear),
  );
  // Once the user has tried to submit, each field is re-checked as they fix it.
  form.addEventListener('input', () => tried && show(checked().errors));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void add();
  });

  function checked(): { errors: NewHireErrors; details?: NewHireDetails } {
    const v = validateNewHireForm(read(), localToday());
    return v.ok ? { errors: {}, details: v.details } : { errors: v.errors };
  }

  async function add(): Promise<void> {
    tried = true;
    const { errors, details } = checked();
    show(errors);
    replaceChildren(results);
    if (!details) {
      const n = Object.keys(errors).length;
      feedback.alert(
        el(
          'p',
          {},
          n === 1 ? 'One field needs correcting' : `${n} fields need correcting`,
          ' before the coach is added. Nothing was written.',
        ),
      );
      const first = [...fields].find(([k]) => errors[k]);
      first?.[1].input.focus();
      return;
    }
    const result = await feedback.run({
      step: `Adding ${details.name} to the workbook…`,
      failure: `Could not add ${details.name}.`,
      work: () => api.newHire(details),
    });
    if (!result) return;
    tried = false;
    form.reset();
    feedback.say(`Added ${details.name}.`);
    replaceChildren(results, resultView(details.name, result));
  }

  panel.append(
    el('h2', {}, 'New hire'),
    el(
      'p',
      {},
      'Adds a coach to the Coaches sheet and their training checklist to Training. Their first supervision due dates follow from the start date.',
    ),
    form,
    feedback.element,
    results,
  );
}
