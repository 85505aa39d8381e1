/**
 * A labelled form field with an optional hint and a message beside it. The message is tied to
 * the control with aria-describedby and the control is marked aria-invalid, so a screen reader
 * reads the problem with the field, and the user sees it next to what needs changing.
 */
import { el, replaceChildren, uniqueId } from './dom';

export interface FieldOptions {
  /** Key for tests and the form's data, e.g. 'startDate'. */
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number' | 'checkbox';
  hint?: string;
  required?: boolean;
  /** Extra input attributes, e.g. { inputmode: 'decimal', autocomplete: 'off' }. */
  attrs?: Record<string, string>;
}

export interface Field {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows `message` beside the field, or clears it when null. */
  setError(message: string | null): void;
}

/**
 * Builds a field: label, control, hint and an (initially empty) message.
 *
 * @example
 * const wte = field({ name: 'wte', label: 'WTE', hint: 'Between 0 and 1, such as 0.6 or 60%', required: true });
 * wte.setError('Enter the WTE as a fraction between 0 and 1.');
 */
export function field(options: FieldOptions): Field {
  const id = uniqueId(`hwbc-${options.name}`);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const checkbox = options.type === 'checkbox';
  const input = el('input', {
    id,
    name: options.name,
    type: options.type ?? 'text',
    class: checkbox ? 'hwbc-checkbox' : 'hwbc-input',
    'aria-required': options.required ? 'true' : undefined,
    'aria-describedby': options.hint ? `${hintId} ${errorId}` : errorId,
    ...options.attrs,
  });
  const label = el(
    'label',
    { for: id, class: 'hwbc-label' },
    options.label,
    options.required ? el('span', { class: 'hwbc-required' }, ' (required)') : null,
  );
  const hint = options.hint ? el('div', { id: hintId, class: 'hwbc-hint' }, options.hint) : null;
  const error = el('div', { id: errorId, class: 'hwbc-field-error', 'data-error-for': options.name });
  const element = checkbox
    ? el('div', { class: 'hwbc-field hwbc-field-check' }, input, label, hint, error)
    : el('div', { class: 'hwbc-field' }, label, hint, input, error);

  const setError = (message: string | null): void => {
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      // The icon is decoration; the words carry the meaning (not colour alone).
      replaceChildren(error, el('span', { class: 'hwbc-icon', 'aria-hidden': 'true' }, '⚠'), ` ${message}`);
    } else {
      input.removeAttribute('aria-invalid');
      replaceChildren(error);
    }
  };
  return { element, input, setError };
}

/**
 * A button with the pane's look.
 *
 * @example
 * button('Create sheets', 'primary', () => create());
 */
export function button(text: string, kind: 'primary' | 'secondary' | 'link', onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: `hwbc-button hwbc-button-${kind}` }, text);
  b.addEventListener('click', onClick);
  return b;
}
