/**
 * The Tier sign-off pack, under a check's results: choose a coach, and their pack (hours by
 * month, supervision, training and renewals, competency evidence and gaps, a sign-off block)
 * is added as a new print-ready sheet for the independent supervisor (framework §8.2.1). The
 * workbook's other sheets are never changed; a pack never overwrites an earlier one.
 */
import type { PaneApi } from '../../shared/api';
import type { CheckResult } from '../../shared/check/types';
import { el, uniqueId } from '../dom';
import { button } from '../fields';
import type { Feedback } from '../progress';

/**
 * The pack's words in the pane.
 *
 * @example
 * PACK_PANE_TEXT.added('Sign-off HWBC-004', 71); // 'Added the sheet Sign-off HWBC-004 (71 rows), ready to print on A4 landscape.'
 */
export const PACK_PANE_TEXT = {
  heading: 'Tier sign-off pack',
  about:
    'For the supervisor who agrees a coach’s next tier: hours by month, supervision, training and renewals, each competency the next tier needs with its evidence or the gap, and a sign-off block. Added as a new sheet; nothing else changes.',
  choose: 'Coach',
  make: 'Make sign-off pack',
  step: (coach: string) => `Making the sign-off pack for ${coach}…`,
  failure: 'Could not make the sign-off pack.',
  added: (sheet: string, rows: number) => `Added the sheet ${sheet} (${rows} rows), ready to print on A4 landscape.`,
} as const;

/**
 * The pack section for a check's result.
 *
 * @example
 * signOffPackView(result, api, feedback); // <section> with a coach drop-down and a button
 */
export function signOffPackView(result: CheckResult, api: PaneApi, feedback: Feedback): HTMLElement | null {
  if (result.coaches.length === 0) return null;
  const id = uniqueId('hwbc-pack-coach');
  const select = el(
    'select',
    { id, name: 'packCoach' },
    ...result.coaches.map((c) => el('option', { value: c.id ?? c.coach }, c.id ? `${c.coach} (${c.id})` : c.coach)),
  );
  const make = button(PACK_PANE_TEXT.make, 'secondary', () => {
    const coach = select.value;
    const label = select.selectedOptions[0]?.textContent ?? coach;
    void feedback
      .run({
        step: PACK_PANE_TEXT.step(label),
        failure: PACK_PANE_TEXT.failure,
        work: () => api.signOffPack(coach, { asOf: result.asOf }),
      })
      .then((made) => {
        if (made) feedback.say(PACK_PANE_TEXT.added(made.sheet, made.rows));
      });
  });
  return el(
    'section',
    { class: 'hwbc-pack' },
    el('h3', {}, PACK_PANE_TEXT.heading),
    el('p', {}, PACK_PANE_TEXT.about),
    el('label', { for: id }, PACK_PANE_TEXT.choose),
    select,
    el('div', { class: 'hwbc-actions' }, make),
  );
}
