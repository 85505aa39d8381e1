/**
 * The team table: each coach once with the workbook they came from, sortable by any column
 * (a button in its header; the header says its order through aria-sort) and filtered by
 * practice (the workbook), status and tier. Text goes in as text, never as markup.
 */
import type { TeamCoach } from '../shared/team/types';
import { el, replaceChildren, uniqueId } from '../taskpane/dom';

const STATUS = { red: 'Action needed', amber: 'Attention', green: 'On track' } as const;
const supervision = (c: TeamCoach, type: 'line' | 'clinical' | 'coaching') => {
  const s = c.supervision.find((x) => x.type === type);
  return s?.status ? `${s.status}${s.due ? ` (due ${s.due})` : ''}` : 'Not known';
};
const tierOf = (c: TeamCoach) => c.tierWords ?? (c.tier === null ? 'Not known' : `Tier ${c.tier}`);

interface Column {
  name: string;
  text(c: TeamCoach): string;
  /** What the column sorts by, when not its text (numbers sort as numbers). */
  key?(c: TeamCoach): number | string;
}

const COLUMNS: readonly Column[] = [
  { name: 'Workbook', text: (c) => c.file },
  { name: 'Coach', text: (c) => c.coach },
  { name: 'Coach ID', text: (c) => c.id ?? '' },
  { name: 'Tier', text: tierOf, key: (c) => c.tier ?? -1 },
  {
    name: 'Hours to next tier',
    text: (c) => (c.hoursToNextTier === null ? '' : String(c.hoursToNextTier)),
    key: (c) => c.hoursToNextTier ?? -1,
  },
  { name: 'Line management', text: (c) => supervision(c, 'line') },
  { name: 'Clinical supervision', text: (c) => supervision(c, 'clinical') },
  { name: 'Health coaching supervision', text: (c) => supervision(c, 'coaching') },
  { name: 'Status', text: (c) => STATUS[c.rag], key: (c) => ['red', 'amber', 'green'].indexOf(c.rag) },
];

/** The choices of a filter: "All" then each value found, in order. */
function choice(label: string, values: readonly string[], onChange: (v: string) => void): HTMLElement {
  const id = uniqueId('overview-filter');
  const select = el(
    'select',
    { id },
    el('option', { value: '' }, 'All'),
    ...values.map((v) => el('option', { value: v }, v)),
  );
  select.addEventListener('change', () => onChange(select.value));
  return el('span', { class: 'overview-filter' }, el('label', { for: id }, label), ' ', select);
}

/**
 * The table with its filters, as one section.
 *
 * @example
 * main.append(teamTable(result.coaches));
 */
export function teamTable(coaches: readonly TeamCoach[]): HTMLElement {
  const filters = { practice: '', status: '', tier: '' };
  let sort: { column: number; up: boolean } | null = null;
  const body = el('tbody');
  const count = el('p', { role: 'status' });
  const buttons = COLUMNS.map((col) => el('button', { type: 'button' }, col.name));
  const heads = COLUMNS.map((_, i) => el('th', { scope: 'col' }, buttons[i]));
  const render = () => {
    let shown = coaches.filter(
      (c) =>
        (!filters.practice || c.file === filters.practice) &&
        (!filters.status || STATUS[c.rag] === filters.status) &&
        (!filters.tier || tierOf(c) === filters.tier),
    );
    if (sort) {
      const col = COLUMNS[sort.column];
      const key = col.key ?? col.text;
      const sign = sort.up ? 1 : -1;
      shown = [...shown].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
      });
    }
    heads.forEach((th, i) =>
      sort?.column === i
        ? th.setAttribute('aria-sort', sort.up ? 'ascending' : 'descending')
        : th.removeAttribute('aria-sort'),
    );
    replaceChildren(body, ...shown.map((c) => el('tr', {}, ...COLUMNS.map((col) => el('td', {}, col.text(c))))));
    count.textContent = `Showing ${shown.length} of ${coaches.length} coaches.`;
  };
  buttons.forEach((b, i) =>
    b.addEventListener('click', () => {
      sort = { column: i, up: sort?.column === i ? !sort.up : true };
      render();
    }),
  );
  const distinct = (f: (c: TeamCoach) => string) => [...new Set(coaches.map(f))].sort();
  const filterBar = el(
    'div',
    { class: 'overview-filters' },
    choice(
      'Practice (workbook)',
      distinct((c) => c.file),
      (v) => ((filters.practice = v), render()),
    ),
    choice(
      'Status',
      Object.values(STATUS).filter((s) => coaches.some((c) => STATUS[c.rag] === s)),
      (v) => ((filters.status = v), render()),
    ),
    choice('Tier', distinct(tierOf), (v) => ((filters.tier = v), render())),
  );
  render();
  return el(
    'section',
    { 'aria-labelledby': 'overview-team' },
    el('h2', { id: 'overview-team' }, 'Coaches'),
    filterBar,
    count,
    el(
      'div',
      { class: 'overview-scroll', tabindex: '0', role: 'region', 'aria-label': 'Coaches table' },
      el(
        'table',
        {},
        el('caption', {}, 'Every coach with the workbook they came from. Select a column heading to sort by it.'),
        el('thead', {}, el('tr', {}, ...heads)),
        body,
      ),
    ),
  );
}
