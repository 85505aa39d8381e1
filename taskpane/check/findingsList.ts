/**
 * The findings of a check, most urgent first, each with a button that selects its cell in the
 * workbook. Filters by severity and coach keep a long list usable in a narrow sidebar; long
 * lists are shown a page at a time.
 */
import type { Finding, Severity } from '../../shared/check/types';
import { el, replaceChildren, uniqueId } from '../dom';
import { SEVERITY } from './labels';

const PAGE = 50;
const ORDER: Severity[] = ['action', 'warning', 'note'];

/**
 * Where a finding points, as a user reads it: its cell, its row, or the sheet alone.
 *
 * @example
 * findingPlace({ sheet: 'Our coaches', row: 6, column: 'D', … }); // 'Our coaches D6'
 */
export function findingPlace(f: Finding): string {
  return f.row === null ? f.sheet : `${f.sheet} ${f.column ?? 'row '}${f.row}`;
}

function item(f: Finding, go: (f: Finding) => void): HTMLElement {
  const s = SEVERITY[f.severity];
  const link = el('button', { type: 'button', class: 'hwbc-link', 'data-rule': f.rule }, `Go to ${findingPlace(f)}`);
  link.addEventListener('click', () => go(f));
  return el(
    'li',
    { class: `hwbc-finding hwbc-sev-${f.severity}`, 'data-severity': f.severity },
    el(
      'span',
      { class: 'hwbc-badge' },
      el('span', { class: 'hwbc-icon', 'aria-hidden': 'true' }, s.icon),
      ` ${s.label}`,
    ),
    f.coach ? el('span', { class: 'hwbc-finding-coach' }, ` ${f.coach}: `) : ' ',
    el('span', { class: 'hwbc-finding-message' }, f.message),
    el('div', {}, link),
  );
}

function select(label: string, options: [string, string][]): { element: HTMLElement; select: HTMLSelectElement } {
  const id = uniqueId('hwbc-filter');
  const s = el('select', { id, class: 'hwbc-select' }, ...options.map(([v, t]) => el('option', { value: v }, t)));
  return {
    element: el('div', { class: 'hwbc-field' }, el('label', { for: id, class: 'hwbc-label' }, label), s),
    select: s,
  };
}

/**
 * The findings with filters; `go` selects a finding's cell.
 *
 * @example
 * findingsList(result.findings, (f) => api.selectCell(f.sheet, f.row ?? 1, f.column));
 */
export function findingsList(findings: readonly Finding[], go: (f: Finding) => void): HTMLElement {
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const coaches = [...new Set(findings.map((f) => f.coach).filter((c): c is string => c !== null))];
  const severity = select('Show', [
    ['', 'All findings'],
    ...ORDER.map((s): [string, string] => [s, SEVERITY[s].label]),
  ]);
  const coach = select('Coach', [['', 'All coaches'], ...coaches.map((c): [string, string] => [c, c])]);
  const list = el('ul', { class: 'hwbc-findings' });
  const more = el('button', { type: 'button', class: 'hwbc-button hwbc-button-secondary' });
  const shownNote = el('p', { class: 'hwbc-muted' });
  let limit = PAGE;

  const render = (): void => {
    const chosen = sorted.filter(
      (f) =>
        (!severity.select.value || f.severity === severity.select.value) &&
        (!coach.select.value || f.coach === coach.select.value),
    );
    replaceChildren(list, ...chosen.slice(0, limit).map((f) => item(f, go)));
    replaceChildren(
      shownNote,
      chosen.length > limit ? `Showing ${limit} of ${chosen.length}.` : chosen.length ? '' : 'No findings to show.',
    );
    more.hidden = chosen.length <= limit;
    replaceChildren(more, `Show ${Math.min(PAGE, chosen.length - limit)} more`);
  };
  const refilter = (): void => {
    limit = PAGE;
    render();
  };
  severity.select.addEventListener('change', refilter);
  coach.select.addEventListener('change', refilter);
  more.addEventListener('click', () => {
    limit += PAGE;
    render();
  });
  render();
  if (findings.length === 0) return el('p', {}, 'Nothing needs attention.');
  return el(
    'div',
    { class: 'hwbc-findings-wrap' },
    el('div', { class: 'hwbc-filters' }, severity.element, coach.element),
    list,
    shownNote,
    more,
  );
}
