/**
 * Check: reads the workbook, shows which columns it took to mean what (for the user to confirm
 * or correct), then checks every coach and shows the summary and the findings, each linked to
 * its cell. The as-of date is optional: left blank, the check uses the Settings sheet's date
 * (else today), the same day the sheet's own formulas use, so the pane and the Coaches sheet
 * agree.
 */
import type { PaneApi } from '../../shared/api';
import type { CheckResult, SheetMapping } from '../../shared/check/types';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import { readDate } from '../../shared/values/dates/readDate';
import { coachTable, severityCounts } from './checkSummary';
import { supervisionChart } from '../../shared/charts/supervisionChart';
import { tierChart } from '../../shared/charts/tierChart';
import { chartFigure } from './charts';
import { AS_OF_HINT, checkedMessage, foundMessage, NO_DATA, summaryHeading } from './checkTexts';
import { el, replaceChildren } from '../dom';
import { button, field } from '../fields';
import { findingPlace, findingsList } from './findingsList';
import { mappingView, type MappingView } from './mappingView';
import { createFeedback } from '../progress';
import { signOffPackView } from './signOffPackView';
import { stepText } from './stepText';
import { localToday } from '../today';

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
    hint: AS_OF_HINT,
  });
  const start = button('Check this workbook', 'primary', () => void guess());
  const confirm = button('Confirm and check', 'primary', () => void check());
  // Shown while a check runs in steps (Google Sheets); it stops the check before its next step.
  let stopAsked = false;
  const cancel = button('Cancel', 'secondary', () => {
    stopAsked = true;
    cancel.disabled = true;
  });
  cancel.hidden = true;
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

  /**
   * The as-of date to send: `{}` when the box is blank (the check then decides), `{ asOf }` when
   * a date is typed, null (with a message beside the box) when what is typed is not a date.
   */
  function chosenDate(): { asOf?: IsoDate } | null {
    const typed = asOf.input.value.trim();
    // A date box filled in only partly has no value, yet is not blank: say so rather than
    // quietly checking as of another day.
    if (typed === '' && !asOf.input.validity.badInput) {
      asOf.setError(null);
      return {};
    }
    try {
      const d = readDate('as-of date', typed, { today: localToday(), timeZone: 'UTC', dateSystem: '1900' });
      if (d) {
        asOf.setError(null);
        return { asOf: d };
      }
    } catch {
      // Not a date: the message below says what to do.
    }
    asOf.setError('Enter a whole date, such as 01/04/2026, or leave the box blank.');
    return null;
  }

  async function guess(): Promise<void> {
    if (!chosenDate()) return asOf.input.focus();
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
    feedback.say(foundMessage(mappings.length));
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
    const when = chosenDate();
    if (!when) return asOf.input.focus();
    const v = view?.value();
    if (!v) return;
    if ('problem' in v) {
      feedback.alert(el('p', {}, v.problem));
      return v.control.focus();
    }
    const mappings: SheetMapping[] = v.mappings;
    if (mappings.length === 0) return feedback.alert(el('p', {}, 'Choose at least one sheet to check.'));
    const names = mappings.map((m) => m.sheet).join(', ');
    stopAsked = false;
    cancel.disabled = false;
    // Only Google Sheets runs the check in steps that can stop between them.
    cancel.hidden = api.host !== 'sheets';
    const result = await feedback.run({
      step: `Checking ${names}…`,
      failure: 'Could not finish the check.',
      // No asOf at all when the box is blank, so the workbook's own date is used.
      work: (progress) =>
        api.checkWorkbook(
          { ...when, mappings },
          {
            progress: (p) => progress(stepText(p)),
            cancelled: () => stopAsked,
          },
        ),
    });
    cancel.hidden = true;
    if (result) show(result);
  }

  function show(result: CheckResult): void {
    feedback.say(checkedMessage(result));
    replaceChildren(
      stage,
      el('h3', {}, summaryHeading(result.asOf)),
      severityCounts(result),
      result.reportSheet ? el('p', {}, `The full report is on the ${result.reportSheet} sheet.`) : null,
      coachTable(result.coaches, (c) => void go(c.sheet, c.row, null, `${c.sheet} row ${c.row}`)),
      result.coaches.length === 0
        ? null
        : el(
            'div',
            { class: 'hwbc-charts' },
            chartFigure(tierChart(result.coaches)),
            chartFigure(supervisionChart(result.coaches)),
          ),
      el('h3', {}, 'Findings'),
      findingsList(result.findings, (f) => void go(f.sheet, f.row ?? 1, f.column, findingPlace(f))),
      signOffPackView(result, api, feedback),
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
    el('div', { class: 'hwbc-actions' }, start, cancel),
    feedback.element,
    stage,
  );
}
