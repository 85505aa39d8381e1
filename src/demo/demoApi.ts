/**
 * The demo page's PaneApi: the shared pane service over the in-memory workbook, plus what only
 * a host can do: insert a formula into the selected cell and select a finding's cell (both
 * done by the table view), and download a new hire's own workbook as an .xlsx file.
 */
import type { PaneApi } from '../../shared/api';
import { cellToSelect, formulaToInsert, PANE_MESSAGES } from '../../shared/paneActions';
import { paneService } from '../../shared/paneService';
import type { WorkbookPort } from '../../shared/workbook';
import { downloadHireWorkbook } from './downloadHireWorkbook';
import type { TableView } from './tableView';

/** Column letters to a 0-based index: 'A' → 0, 'AB' → 27. */
function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The pane's API for the demo: Sheets spelling (HWBC_TIER), since formulas are shown, not run.
 *
 * @example
 * mountPane(root, demoApi(port, view));
 */
export function demoApi(port: WorkbookPort, view: TableView): PaneApi {
  return {
    host: 'demo',
    ...paneService(port, 'sheets'),
    async insertFormula(formula) {
      formulaToInsert(formula);
      const at = view.selection();
      if (!at) throw new Error(PANE_MESSAGES.noCellSelected('Click a cell in the workbook table'));
      await port.write(at.sheet, { row: at.row, col: at.col }, [[{ formula }]]);
      view.select(at);
    },
    async selectCell(sheet, row, column) {
      const target = cellToSelect(row, column);
      if (!(await port.sheetNames()).includes(sheet)) throw new Error(PANE_MESSAGES.sheetGone(sheet));
      view.select({ sheet, row: target.row - 1, col: target.column ? columnIndex(target.column) : 0 });
    },
    openHireWorkbook: (details) => downloadHireWorkbook(details, port),
  };
}
