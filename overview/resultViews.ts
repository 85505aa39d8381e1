/**
 * The overview's other sections: the workbooks that could not be read (one plain line each),
 * the findings with their workbook and cell, the monthly summary, and the charts, each with
 * its figures in words beside it for screen readers and anyone who prefers them.
 */
import type { Chart } from '../shared/charts/chart';
import { hoursChart } from '../shared/charts/hoursChart';
import { supervisionChart } from '../shared/charts/supervisionChart';
import { tierChart } from '../shared/charts/tierChart';
import { monthTotals } from '../shared/team/teamTotals';
import type { TeamResult } from '../shared/team/types';
import { svgElement } from '../taskpane/check/charts';
import { el } from '../taskpane/dom';

const section = (id: string, title: string, ...children: (Node | string)[]) =>
  el('section', { 'aria-labelledby': id }, el('h2', { id }, title), ...children);
const scroll = (label: string, table: HTMLElement) =>
  el('div', { class: 'overview-scroll', tabindex: '0', role: 'region', 'aria-label': label }, table);
const table = (caption: string, head: readonly string[], rows: readonly (readonly string[])[]) =>
  el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((v) => el('td', {}, v))))),
  );
const percent = (r: number | null) => (r === null ? '-' : `${Math.round(r * 100)}%`);

/**
 * Each workbook that could not be read or held nothing recognised, with the reason.
 *
 * @example
 * problemsView(result); // <section>… "old.xls": only .xlsx and .csv files …</section>
 */
export function problemsView(result: TeamResult): HTMLElement | null {
  const problems = result.files.filter((f) => f.problem !== null);
  if (problems.length === 0) return null;
  return section(
    'overview-problems',
    'Workbooks not read',
    el(
      'ul',
      { class: 'overview-problems' },
      ...problems.map((f) => el('li', { 'data-file': f.file }, f.problem ?? '')),
    ),
  );
}

/**
 * Every finding with the workbook and cell it is about.
 *
 * @example
 * findingsView(result.findings);
 */
export function findingsView(result: TeamResult): HTMLElement {
  const rows = result.findings.map((f) => [
    f.file,
    f.severity,
    f.sheet ? `${f.sheet}${f.row === null ? '' : `!${f.column ?? ''}${f.row}`}` : '-',
    f.coach ?? '-',
    f.message,
  ]);
  const body = rows.length
    ? scroll(
        'Findings table',
        table('What to look at, by workbook and cell.', ['Workbook', 'Severity', 'Cell', 'Coach', 'Finding'], rows),
      )
    : el('p', {}, 'Nothing to look at: no findings.');
  return section('overview-findings', `Findings (${rows.length})`, body);
}

/**
 * The monthly summary: the PCN's totals by month, then each coach's months.
 *
 * @example
 * monthlyView(result.monthly);
 */
export function monthlyView(result: TeamResult): HTMLElement {
  const totals = monthTotals(result.monthly).map((t) => [
    t.month,
    String(t.sessions),
    String(t.nhsHours),
    String(t.clients),
    String(t.newReferrals),
    percent(t.didNotAttendRate),
    String(t.supervision),
  ]);
  const head = [
    'Month',
    'Sessions',
    'NHS coaching hours',
    'Clients',
    'New referrals',
    'Did not attend',
    'Supervision received',
  ];
  const perCoach = result.monthly.map((m) => [
    m.month,
    m.file,
    m.coach,
    String(m.sessions),
    String(m.nhsHours),
    String(m.clients),
    String(m.newReferrals),
    percent(m.didNotAttendRate),
  ]);
  return section(
    'overview-monthly',
    'Monthly summary',
    scroll('Monthly totals', table('All coaches, month by month.', head, totals)),
    el(
      'details',
      {},
      el('summary', {}, 'Each coach, month by month'),
      scroll(
        'Monthly figures per coach',
        table('Each coach, month by month.', ['Month', 'Workbook', 'Coach', ...head.slice(1, 6)], perCoach),
      ),
    ),
  );
}

/** A chart as a figure: the picture, its caption, and its figures as a list. */
function figure(chart: Chart): HTMLElement {
  return el(
    'figure',
    { class: 'hwbc-figure' },
    el('figcaption', {}, chart.title),
    svgElement(chart.picture),
    el(
      'details',
      {},
      el('summary', {}, 'The figures in words'),
      el('ul', {}, ...chart.facts.map((f) => el('li', {}, f))),
    ),
  );
}

/**
 * The three charts: coaches by tier, supervision status by type, NHS coaching hours per month
 * per coach.
 *
 * @example
 * chartsView(result);
 */
export function chartsView(result: TeamResult): HTMLElement {
  return section(
    'overview-charts',
    'Charts',
    el(
      'div',
      { class: 'overview-charts' },
      figure(tierChart(result.coaches)),
      figure(supervisionChart(result.coaches)),
      figure(hoursChart(result.monthly)),
    ),
  );
}
