/**
 * The demonstration workbook beside the pane: a tab per sheet and the chosen sheet's cells.
 * It re-draws when the pane changes a sheet, and keeps the "selected cell" that Insert writes
 * into and that a finding link moves to.
 */
import { append, el, replaceChildren } from '../../taskpane/dom';
import { columnLetter } from '../../shared/workbook';
import type { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { sheetGrid, type Cell } from './sheetGrid';

export interface Selection extends Cell {
  sheet: string;
}

export interface TableView {
  /** Draws again, e.g. after the pane changed `sheet` (that sheet is then shown). */
  render(changed?: string | null): void;
  /** Shows `sheet` with the cell selected and scrolled into view (focus stays where it is). */
  select(selection: Selection, focus?: boolean): void;
  selection(): Selection | null;
}

export interface TableViewOptions {
  /** A sentence on what the workbook held when the page opened. */
  about?: string;
  /** A link that opens the page again with another workbook, e.g. an empty one. */
  restart?: { href: string; label: string };
}

/**
 * Mounts the table view of `workbook` into `root`.
 *
 * @example
 * const view = tableView(document.getElementById('workbook')!, workbook, {
 *   restart: { href: '/demo.html?start=empty', label: 'Start again with an empty workbook' },
 * });
 */
export function tableView(root: HTMLElement, workbook: MemoryWorkbook, options: TableViewOptions = {}): TableView {
  let shown: string | null = null;
  let selected: Selection | null = null;
  const tabs = el('div', { role: 'tablist', 'aria-label': 'Sheets', class: 'demo-tabs' });
  const panel = el('div', { role: 'tabpanel', class: 'demo-sheet', id: 'demo-sheet' });
  const status = el('p', { role: 'status', class: 'demo-selection' });

  const pick = (cell: Cell, focus: boolean): void => {
    if (shown) view.select({ sheet: shown, ...cell }, focus);
  };

  function drawTabs(names: string[]): void {
    const buttons = names.map((name) =>
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'demo-tab',
          'aria-selected': String(name === shown),
          'aria-controls': 'demo-sheet',
          tabindex: name === shown ? '0' : '-1',
        },
        name,
      ),
    );
    buttons.forEach((b, i) => {
      b.addEventListener('click', () => ((shown = names[i]), view.render()));
      b.addEventListener('keydown', (e) => {
        const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
        if (to === null) return;
        e.preventDefault();
        shown = names[(to + names.length) % names.length];
        view.render();
        tabs.querySelector<HTMLButtonElement>('[aria-selected="true"]')?.focus();
      });
    });
    replaceChildren(tabs, ...buttons);
  }

  const view: TableView = {
    render(changed) {
      const names = [...workbook.sheets.keys()];
      if (changed && workbook.sheets.has(changed)) shown = changed;
      if (!shown || !workbook.sheets.has(shown)) shown = names[0] ?? null;
      drawTabs(names);
      const sheet = shown ? workbook.sheets.get(shown) : undefined;
      if (!sheet)
        return replaceChildren(panel, el('p', {}, 'The workbook is empty. Create template sheets from the panel.'));
      panel.setAttribute('aria-label', sheet.name);
      const mine = selected?.sheet === sheet.name ? selected : null;
      replaceChildren(panel, el('div', { class: 'demo-scroll' }, sheetGrid(sheet, mine, pick)));
      const said = selected
        ? `Selected cell: ${selected.sheet} ${columnLetter(selected.col)}${selected.row + 1}`
        : 'No cell selected. Click a cell to select it.';
      // Only a real change is announced again.
      if (status.textContent !== said) replaceChildren(status, said);
    },
    select(selection, focus = false) {
      selected = selection;
      shown = selection.sheet;
      view.render();
      const cell = panel.querySelector<HTMLElement>('.demo-selected');
      cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (focus) cell?.focus();
    },
    selection: () => selected,
  };

  append(
    root,
    el(
      'div',
      { class: 'demo-workbook-head' },
      el('h2', { class: 'demo-title' }, 'Workbook'),
      options.restart ? el('a', { class: 'demo-restart', href: options.restart.href }, options.restart.label) : null,
    ),
    options.about ? el('p', { class: 'demo-note' }, options.about) : null,
    el(
      'p',
      { class: 'demo-note' },
      'Formulas are not calculated in this demonstration: a formula cell shows its formula in grey italics. Excel and Google Sheets work them out.',
    ),
    tabs,
    status,
    panel,
  );
  view.render();
  return view;
}
