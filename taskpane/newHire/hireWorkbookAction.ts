/**
 * After a coach is added: the offer of a workbook of their own. Only hosts that can make one
 * offer it (PaneApi.openHireWorkbook): Excel opens it in a new window, the demo page downloads
 * it. The Sheets add-on cannot make another spreadsheet without access to the user's Google
 * Drive, which it deliberately does not ask for, so there the pane says so instead.
 */
import type { NewHireDetails, PaneApi } from '../../shared/api';
import { el } from '../dom';
import { button } from '../fields';
import type { Feedback } from '../progress';

/**
 * The action's button text, as the host will carry it out.
 *
 * @example
 * hireWorkbookLabel('excel', 'Priya Shah'); // "Open Priya Shah's own workbook"
 */
export function hireWorkbookLabel(host: PaneApi['host'], name: string): string {
  return host === 'excel' ? `Open ${name}'s own workbook` : `Download ${name}'s workbook (.xlsx)`;
}

/**
 * The offer for the hire just added: a button that runs through `feedback` (so the panel's
 * controls are disabled while the file is made), the Sheets hint, or null when the host has
 * neither. `onButton` hands the button to the panel, to be disabled with its other controls.
 *
 * @example
 * replaceChildren(results, hireResult(name, result), hireWorkbookAction(api, details, feedback, (b) => (extra = b)));
 */
export function hireWorkbookAction(
  api: PaneApi,
  details: NewHireDetails,
  feedback: Feedback,
  onButton: (b: HTMLButtonElement) => void = () => undefined,
): HTMLElement | null {
  const open = api.openHireWorkbook?.bind(api);
  if (!open) {
    if (api.host !== 'sheets') return null;
    return el(
      'p',
      { class: 'hwbc-hint', 'data-hint': 'hireWorkbook' },
      `A separate workbook just for ${details.name} is not offered here: making another spreadsheet needs access to your Google Drive, which this add-on does not ask for. `,
      'To give them one, create a new spreadsheet, open this add-on there, choose Create sheets, then add them on this form.',
    );
  }
  const action = button(hireWorkbookLabel(api.host, details.name), 'secondary', () => {
    void feedback
      .run({
        step: `Making ${details.name}'s own workbook…`,
        failure: `Could not make ${details.name}'s own workbook.`,
        work: () => open(details),
      })
      .then((done) => done && feedback.say(done.message));
  });
  action.setAttribute('data-action', 'hireWorkbook');
  onButton(action);
  return el('div', { class: 'hwbc-actions' }, action);
}
