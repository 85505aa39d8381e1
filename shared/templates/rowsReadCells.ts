/**
 * Settings' "Training rows read" and "Evidence log rows read" cells, written by every run that
 * creates template sheets. The Coaches and Competencies totals read the logs down to the row
 * these cells give; blank, they read whole columns, which is correct but takes some spreadsheet
 * programs minutes (docs/rules.md §9). A cell's formula names its log, which Excel refuses
 * before the log exists, so each cell is written once both Settings and its log are there,
 * whatever order the sheets come in and however many runs it takes; within one run, a cell
 * whose log is there waits for the other's log still to come, so both go in one write.
 * Only a blank cell is written: a value the user typed there is theirs, and the check warns
 * about it instead (data.rows-read).
 *
 * Everything is read before the first write (a read after a write makes Google Sheets flush):
 * the sheet names and, if it exists, the Settings sheet.
 */
import { columnIndex, rowIndex } from '../sheetPlaces';
import { isBlank } from '../values/cells/blank';
import type { SheetData, WorkbookPort, WriteValue } from '../workbook';
import { COACHES } from './sheets/coachesSheet';
import { COMPETENCIES } from './sheets/competencyEntries';
import { EVIDENCE_LOG } from './sheets/evidenceLogSheet';
import { rowsReadFormulas, SETTINGS, SETTINGS_COLUMNS } from './sheets/settingsSheet';
import { TRAINING } from './sheets/trainingSheet';

/**
 * What a run knows of the workbook: the sheets there (lower case), the Settings sheet's own
 * name, and which rows-read cells are still to be written (blank on the template's Settings).
 */
export interface RowsReadState {
  sheets: ReadonlySet<string>;
  settings: string | null;
  toWrite: readonly string[];
}

/**
 * The sheets whose creation may leave a rows-read cell to write: Settings, the logs, and the
 * sheets whose totals read the cells.
 *
 * @example
 * ROWS_READ_SHEETS.includes('Coaches'); // true
 */
export const ROWS_READ_SHEETS: readonly string[] = [SETTINGS, TRAINING, COACHES, COMPETENCIES, EVIDENCE_LOG];

/**
 * Whether a step concerns the rows-read cells: it makes one of those sheets, or nothing (a run
 * with nothing to add still writes a cell cleared since).
 *
 * @example
 * touchesRowsRead(['Hours log']); // false
 */
export function touchesRowsRead(sheets: readonly string[]): boolean {
  return sheets.length === 0 || sheets.some((s) => ROWS_READ_SHEETS.includes(s));
}

/** The cell of a read sheet at a 0-based sheet row and column: its value and formula. */
function cellAt(data: SheetData, row: number, col: number): { value: unknown; formula: string | null } {
  const i = rowIndex(data, row);
  const j = columnIndex(data, col);
  if (i < 0 || j < 0) return { value: null, formula: null };
  return { value: data.values[i]?.[j] ?? null, formula: data.formulas[i]?.[j] ?? null };
}

/**
 * Reads what writing the rows-read cells needs: the sheet names (unless given) and the Settings
 * sheet (unless it is among `read`). A cell is to be written when it is blank under its own header.
 *
 * @example
 * const state = await rowsReadState(port); // { sheets: Set { 'settings' }, settings: 'Settings', toWrite: ['trainingRows', 'evidenceRows'] }
 */
export async function rowsReadState(
  port: WorkbookPort,
  names?: readonly string[],
  read: ReadonlyMap<string, SheetData> = new Map(),
): Promise<RowsReadState> {
  const all = names ?? (await port.sheetNames());
  const settings = all.find((n) => n.toLowerCase() === SETTINGS.toLowerCase()) ?? null;
  const sheets = new Set(all.map((n) => n.toLowerCase()));
  if (settings === null) return { sheets, settings, toWrite: [] };
  const data = read.get(settings) ?? (await port.read(settings));
  // A Settings sheet of the user's own, or an older one without these columns, is left alone.
  const toWrite = rowsReadFormulas()
    .filter((c) => cellAt(data, 0, c.col).value === SETTINGS_COLUMNS[c.col].header)
    .filter((c) => {
      const here = cellAt(data, c.row, c.col);
      return here.formula === null && isBlank(here.value);
    })
    .map((c) => c.key);
  return { sheets, settings, toWrite };
}

/**
 * After `added` sheets are made: writes each rows-read cell still to be written whose log is now
 * there (both in one block when both are), and answers what is known afterwards. When the other
 * cell's log is among the sheets still to come in this run (`later`), the cell ready now waits
 * for it, so the two are written as one block: one write to the spreadsheet, not two. A run
 * stopped in between leaves the cell blank for the next run, which writes blank cells whatever
 * it adds (and the check warns meanwhile, data.rows-read).
 *
 * @example
 * state = await writeRowsRead(port, state, ['Training']); // Settings' "Training rows read" written
 * state = await writeRowsRead(port, state, ['Training'], ['Evidence log']); // written with the other, later
 */
export async function writeRowsRead(
  port: WorkbookPort,
  before: RowsReadState,
  added: readonly string[],
  later: readonly string[] = [],
): Promise<RowsReadState> {
  const sheets = new Set([...before.sheets, ...added.map((n) => n.toLowerCase())]);
  // A Settings sheet made now is the template's, and its rows-read cells are blank.
  const made = added.includes(SETTINGS);
  const settings = made ? SETTINGS : before.settings;
  const pending = made ? rowsReadFormulas().map((c) => c.key) : before.toWrite;
  if (settings === null) return { sheets, settings, toWrite: [] };
  const coming = new Set(later.map((n) => n.toLowerCase()));
  const cells = rowsReadFormulas().filter((c) => pending.includes(c.key));
  const waitFor = cells.some((c) => !sheets.has(c.log.toLowerCase()) && coming.has(c.log.toLowerCase()));
  const now = waitFor ? [] : cells.filter((c) => sheets.has(c.log.toLowerCase()));
  const toWrite = pending.filter((k) => !now.some((c) => c.key === k));
  if (now.length === 2 && now[1].col === now[0].col + 1) {
    await port.write(settings, { row: now[0].row, col: now[0].col }, [now.map((c) => ({ formula: c.formula }))]);
  } else {
    for (const c of now)
      await port.write(settings, { row: c.row, col: c.col }, [[{ formula: c.formula } as WriteValue]]);
  }
  return { sheets, settings, toWrite };
}
