/**
 * New hire: the form that adds a coach to Coaches and their checklist rows to Training. It is
 * checked in the pane first, and every problem is shown beside its field before anything is
 * written to the workbook.
 */
import type { NewHireDetails, NewHireResult, PaneApi } from '../../shared/api';
import { validateNewHire } from '../../shared/templates/validateNewHire';
import { el, replaceChildren } from '../dom';
import { button, field, type Field } from '../fields';
import { hireWorkbookAction } from './hireWorkbookAction';
import { DETAILS, fieldErrors, hireResult, SUPERVISORS, type Key, type NewHireErrors } from './newHireFields';
import { createFeedback } from '../progress';

/**
 * Builds the New hire panel into `panel`.
 *
 * @example
 * newHirePanel(panelElement, api);
 */
export function newHirePanel(panel: HTMLElement, api: PaneApi): void {
  const fields = new Map<Key, Field>([...DETAILS, ...SUPERVISORS].map((o) => [o.name, field(o)]));
  const submit = el('button', { type: 'submit', class: 'hwbc-button hwbc-button-primary' }, 'Add coach');
  const clear = button('Clear form', 'secondary', () => (form.reset(), show({}), feedback.clear()));
  // The offer of the last hire's own workbook, disabled with the form while anything runs.
  let hireWorkbook: HTMLButtonElement[] = [];
  const feedback = createFeedback(() => [submit, clear, ...[...fields.values()].map((f) => f.input), ...hireWorkbook]);
  const results = el('div', { class: 'hwbc-results' });
  let tried = false;

  const show = (errors: NewHireErrors): void => fields.forEach((f, k) => f.setError(errors[k] ?? null));
  const group = (list: typeof DETAILS) => list.map((o) => fields.get(o.name)?.element);
  const form = el(
    'form',
    { class: 'hwbc-form', novalidate: true, 'aria-label': 'New hire' },
    ...group(DETAILS),
    el('fieldset', { class: 'hwbc-fieldset' }, el('legend', {}, 'Supervisors'), ...group(SUPERVISORS)),
    el('div', { class: 'hwbc-actions' }, submit, clear),
  );
  // Once the user has tried to submit, each field is re-checked as they fix it.
  form.addEventListener('input', () => tried && show(checked().errors));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void add();
  });

  // The same validator addNewHire runs on the workbook side, so the two never disagree.
  function checked(): { errors: NewHireErrors; details?: NewHireDetails } {
    const v = validateNewHire(Object.fromEntries([...fields].map(([k, f]) => [k, f.input.value])));
    return v.ok ? { errors: {}, details: v.value } : { errors: v.errors };
  }

  function refuse(errors: NewHireErrors): void {
    show(errors);
    const n = Object.keys(errors).length;
    const count = n === 1 ? 'One field needs correcting' : `${n} fields need correcting`;
    feedback.alert(el('p', {}, count, ' before the coach is added. Nothing was written.'));
    [...fields].find(([k]) => errors[k])?.[1].input.focus();
  }

  async function add(): Promise<void> {
    tried = true;
    const { errors, details } = checked();
    show(errors);
    replaceChildren(results);
    hireWorkbook = [];
    if (!details) return refuse(errors);
    const result = await feedback.run({
      step: `Adding ${details.name} to the workbook…`,
      failure: `Could not add ${details.name}.`,
      work: async (): Promise<NewHireResult | NewHireErrors> => {
        try {
          return await api.newHire(details);
        } catch (e) {
          // A problem only the workbook can spot (an ID already taken) goes beside its field.
          const byField = fieldErrors(e);
          if (byField) return byField;
          throw e;
        }
      },
    });
    if (!result) return;
    if (!('added' in result)) return refuse(result as NewHireErrors);
    tried = false;
    form.reset();
    feedback.say(`Added ${details.name}.`);
    replaceChildren(
      results,
      hireResult(details.name, result),
      hireWorkbookAction(api, details, feedback, (b) => (hireWorkbook = [b])),
    );
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
