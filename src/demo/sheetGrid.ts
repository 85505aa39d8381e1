/**
 * One sheet of the demonstration workbook as an ARIA grid: column letters across the top, row
 * numbers down the side, one cell selectable (click, or arrow keys once inside). Formulas are
 * not calculated in memory, so a formula cell shows its formula text, styled apart.
 */
import { el } from '../../taskpane/dom';
import { columnLetter } from '../../shared/workbook';
import type { MemorySheet } from '../../shared/memory/memoryWorkbook';

/** Rows drawn at once; a selection further down moves the window to it. */
export const WINDOW_ROWS = 200;
const SPARE = 5;

export interface Cell {
  row: number;
  col: number;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * Draws `sheet`, marking `selected`; `choose` is called when the user picks a cell.
 *
 * @example
 * container.append(sheetGrid(sheet, { row: 2, col: 0 }, (cell) => select(cell)));
 */
export function sheetGrid(
  sheet: MemorySheet,
  selected: Cell | null,
  choose: (cell: Cell, focus: boolean) => void,
): HTMLElement {
  // A few blank rows and columns past the data, as a spreadsheet has, to insert a formula into.
  const rowCount = Math.max(sheet.values.length + SPARE, (selected?.row ?? 0) + 1, 10);
  const width = Math.max(6, ...sheet.values.map((r) => r.length + 2), (selected?.col ?? 0) + 1);
  const first = selected && selected.row >= WINDOW_ROWS ? selected.row - Math.floor(WINDOW_ROWS / 2) : 0;
  const last = Math.min(rowCount, first + WINDOW_ROWS);
  const focusable = selected ?? { row: first, col: 0 };

  const head = el(
    'tr',
    { role: 'row' },
    el('th', { role: 'columnheader', class: 'demo-corner' }, el('span', { class: 'demo-visually-hidden' }, 'Row')),
  );
  for (let c = 0; c < width; c++) head.append(el('th', { role: 'columnheader', scope: 'col' }, columnLetter(c)));
  const body = el('tbody', { role: 'rowgroup' });
  for (let r = first; r < last; r++) {
    const tr = el('tr', { role: 'row' }, el('th', { role: 'rowheader', scope: 'row' }, String(r + 1)));
    for (let c = 0; c < width; c++) {
      const formula = sheet.formulas[r]?.[c] ?? null;
      const isSelected = selected?.row === r && selected.col === c;
      const td = el(
        'td',
        {
          role: 'gridcell',
          class: `${formula ? 'demo-formula' : ''}${isSelected ? ' demo-selected' : ''}`.trim() || undefined,
          'aria-selected': isSelected ? 'true' : 'false',
          'data-cell': `${columnLetter(c)}${r + 1}`,
          tabindex: focusable.row === r && focusable.col === c ? '0' : '-1',
        },
        text(formula ?? sheet.values[r]?.[c]),
      );
      td.addEventListener('click', () => choose({ row: r, col: c }, true));
      tr.append(td);
    }
    body.append(tr);
  }
  const table = el(
    'table',
    { role: 'grid', class: 'demo-grid', 'aria-label': `Sheet ${sheet.name}`, 'aria-rowcount': String(rowCount + 1) },
    el('thead', { role: 'rowgroup' }, head),
    body,
  );
  table.addEventListener('keydown', (event) => {
    const at = (event.target as HTMLElement).closest('td');
    if (!at || !at.dataset.cell) return;
    const r = Number(/\d+$/.exec(at.dataset.cell)?.[0]) - 1;
    const c = (at as HTMLTableCellElement).cellIndex - 1;
    const moves: Record<string, Cell> = {
      ArrowUp: { row: Math.max(first, r - 1), col: c },
      ArrowDown: { row: Math.min(last - 1, r + 1), col: c },
      ArrowLeft: { row: r, col: Math.max(0, c - 1) },
      ArrowRight: { row: r, col: Math.min(width - 1, c + 1) },
      Home: { row: r, col: 0 },
      End: { row: r, col: width - 1 },
    };
    const to = moves[event.key] ?? (event.key === 'Enter' || event.key === ' ' ? { row: r, col: c } : null);
    if (!to) return;
    event.preventDefault();
    choose(to, true);
  });
  return table;
}
