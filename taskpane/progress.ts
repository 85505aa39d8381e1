/**
 * Feedback while the pane works: the action's buttons are disabled at once (so nothing runs
 * twice), a progress bar with the step it is on appears if the work takes over half a second,
 * the outcome is announced politely (role=status) and a failure assertively (role=alert) in
 * plain words with what to do next.
 */
import { el, replaceChildren, type Child } from './dom';
import { explainError } from './explainError';

/** Work only shows a progress bar after this long, so quick actions do not flicker. */
export const PROGRESS_DELAY_MS = 500;

export interface RunOptions<T> {
  /** What the pane is doing, shown as the first step, e.g. "Reading sheets…". */
  step: string;
  /** Said when it fails: "Could not create the template sheets." */
  failure: string;
  /** The work; call `progress` to move to the next step's text. */
  work(progress: (step: string) => void): Promise<T>;
}

export interface Feedback {
  /** The status and alert regions, placed where the panel wants them. */
  element: HTMLElement;
  /** Runs an action once at a time; resolves to its result, or undefined when it failed or was busy. */
  run<T>(options: RunOptions<T>): Promise<T | undefined>;
  /** Announces an outcome (replaces any earlier message). */
  say(...message: Child[]): void;
  /** Shows a problem that is not an exception, e.g. a form that needs correcting. */
  alert(...message: Child[]): void;
  clear(): void;
}

/**
 * Feedback for one panel; `controls` are disabled while its actions run.
 *
 * @example
 * const feedback = createFeedback(() => [createButton]);
 * await feedback.run({ step: 'Creating sheets…', failure: 'Could not create the sheets.', work: () => api.createTemplates({}) });
 */
export function createFeedback(
  controls: () => Iterable<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>,
): Feedback {
  const status = el('div', { role: 'status', class: 'hwbc-status', 'aria-live': 'polite' });
  const alertBox = el('div', { role: 'alert', class: 'hwbc-alert' });
  const element = el('div', { class: 'hwbc-feedback' }, status, alertBox);
  let busy = false;

  const say = (...message: Child[]): void => {
    replaceChildren(alertBox);
    replaceChildren(status, ...(message.length ? [el('p', {}, ...message)] : []));
  };
  const alert = (...message: Child[]): void => {
    replaceChildren(status);
    replaceChildren(alertBox, ...(message.length ? [el('div', { class: 'hwbc-alert-body' }, ...message)] : []));
  };

  async function run<T>(options: RunOptions<T>): Promise<T | undefined> {
    if (busy) return undefined;
    busy = true;
    const disabled = [...controls()].filter((c) => !c.disabled);
    const hadFocus = disabled.find((c) => c === document.activeElement);
    disabled.forEach((c) => (c.disabled = true));
    say();
    const stepText = el('span', { class: 'hwbc-progress-step' }, options.step);
    const bar = el(
      'div',
      { class: 'hwbc-progress' },
      el('span', { class: 'hwbc-progress-bar', 'aria-hidden': 'true' }),
      stepText,
    );
    const timer = setTimeout(() => replaceChildren(status, bar), PROGRESS_DELAY_MS);
    const progress = (step: string): void => replaceChildren(stepText, step);
    try {
      return await options.work(progress);
    } catch (e) {
      const { message, next } = explainError(e);
      alert(el('p', {}, el('strong', {}, options.failure), ' ', message), el('p', {}, next));
      return undefined;
    } finally {
      clearTimeout(timer);
      if (bar.isConnected) replaceChildren(status);
      disabled.forEach((c) => (c.disabled = false));
      // A disabled button drops keyboard focus to the page; give it back so the user keeps their place.
      if (hadFocus && (document.activeElement === document.body || document.activeElement === null)) hadFocus.focus();
      busy = false;
    }
  }

  return { element, run, say, alert, clear: () => (say(), alert()) };
}
