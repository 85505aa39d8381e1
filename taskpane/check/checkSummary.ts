/**
 * The top of a check's result: how many findings of each severity, and a row per coach with
 * red, amber or green shown as a symbol and words as well as colour.
 */
import { showDate } from '../../shared/check/messages';
import type { CheckResult, CoachSummary, Severity } from '../../shared/check/types';
import { el } from '../dom';
import { RAG, SEVERITY } from './labels';

function count(n: number, severity: Severity): HTMLElement {
  const s = SEVERITY[severity];
  return el(
    'li',
    { class: `hwbc-count hwbc-sev-${severity}`, 'data-severity': severity },
    el('span', { class: 'hwbc-icon', 'aria-hidden': 'true' }, s.icon),
    el('span', { class: 'hwbc-count-n' }, String(n)),
    ` ${n === 1 ? s.label.toLowerCase() : s.plural}`,
  );
}

/**
 * The counts line, e.g. "2 need action · 5 warnings · 1 note".
 *
 * @example
 * severityCounts(result); // <ul> with three items
 */
export function severityCounts(result: CheckResult): HTMLElement {
  const n = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  return el(
    'ul',
    { class: 'hwbc-counts', 'aria-label': 'Findings by severity' },
    count(n('action'), 'action'),
    count(n('warning'), 'warning'),
    count(n('note'), 'note'),
  );
}

/** Hours as a person would say them: whole hours, or one decimal place when under ten. */
function hours(h: number): string {
  return h >= 10 ? String(Math.ceil(h)) : String(Math.ceil(h * 10) / 10);
}

function tierText(c: CoachSummary): string {
  if (c.tier === null || c.tierWords === null) return '—';
  // Words say what holds the coach back (evidence, PCI training); a number is hours to go.
  if (typeof c.nextTier === 'string') return `${c.tierWords}. ${c.nextTier}`;
  return c.nextTier && c.tier < 4 ? `${c.tierWords} (${hours(c.nextTier)} h to next)` : c.tierWords;
}

/** Group health coaching supervision, beside (never instead of) the individual sessions. */
function groupText(c: CoachSummary): string {
  const g = c.groupCoaching;
  if (g.last === null) return 'None';
  return `${g.lastThreeMonths} in 3 months (last ${showDate(g.last)})`;
}

/**
 * A table of coaches: name (a button that goes to their row), tier, group health coaching
 * supervision and status.
 *
 * @example
 * coachTable(result.coaches, (c) => api.selectCell(c.sheet, c.row, null));
 */
export function coachTable(coaches: readonly CoachSummary[], go: (c: CoachSummary) => void): HTMLElement {
  if (coaches.length === 0) return el('p', {}, 'No coaches were found in the sheets that were checked.');
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Coach'),
    el('th', { scope: 'col' }, 'Tier'),
    el('th', { scope: 'col' }, 'Group supervision'),
    el('th', { scope: 'col' }, 'Status'),
  );
  const rows = coaches.map((c) => {
    const rag = RAG[c.rag];
    const name = el('button', { type: 'button', class: 'hwbc-link', title: `Go to ${c.sheet} row ${c.row}` }, c.coach);
    name.addEventListener('click', () => go(c));
    return el(
      'tr',
      { 'data-coach': c.coach, 'data-rag': c.rag },
      el('th', { scope: 'row' }, name),
      el('td', {}, tierText(c)),
      el('td', {}, groupText(c)),
      el(
        'td',
        { class: `hwbc-rag hwbc-rag-${c.rag}` },
        el('span', { class: 'hwbc-icon', 'aria-hidden': 'true' }, rag.icon),
        ` ${rag.label}`,
      ),
    );
  });
  return el(
    'table',
    { class: 'hwbc-table hwbc-coaches' },
    el('caption', {}, 'Coaches'),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
}
