/**
 * Information governance (docs/rules.md §3: caseload sheets hold a pseudonymous client
 * reference, never a name or NHS number). Every typed cell of a log or caseload is checked
 * for a valid NHS number, and every client-reference cell for what looks like a name. The
 * findings never repeat what they found (only an NHS number's last three digits), so the
 * report does not copy patient details further.
 */
import { finding } from './findingRules';
import type { MappedRow, MappedRows } from '../read/rows/mappedRows';
import { isBlank } from '../../values/cells/blank';
import { CHECK_MESSAGES } from '../messages';
import type { CheckData } from '../read/model';
import { mayHoldNhsNumber, nhsNumbersIn } from './nhsNumber';
import { looksLikePersonName } from './personName';
import type { Finding } from '../types';
import type { CellValue } from '../../workbook';

const NONE: readonly string[] = [];

/** Names a row's coach as the other findings do: their label if known, else as typed. */
function rowCoach(row: MappedRow, data: CheckData): string | null {
  const v = row.value('coach');
  const text = typeof v === 'string' ? v.trim() || null : typeof v === 'number' ? String(v) : null;
  return data.index.find(text)?.label ?? text;
}

/**
 * The scan over a log's cells as the sheet holds them, with nothing made and no function called
 * for a cell that cannot hold a finding (nearly all: short text, small numbers, formulas).
 */
class IgScan {
  constructor(
    private readonly data: CheckData,
    private readonly out: Finding[],
  ) {}

  /** Adds the findings of every cell of `rows` to the scan's list. */
  scan(rows: MappedRows): void {
    if (rows.length === 0) return;
    // The client column's letter, worked out once for each sheet of the list (a list may join
    // several sheets; each has its own letters).
    let sheetLetters: readonly string[] | null = null;
    let client: string | null = null;
    rows.eachRowOfCells((values, formulas, letters, i) => {
      if (letters !== sheetLetters) {
        sheetLetters = letters;
        client = rows.row(i).column('client');
      }
      for (let c = 0; c < values.length; c++) {
        if (formulas !== undefined && (formulas[c] ?? null) !== null) continue;
        const value = values[c] ?? null;
        // A name is looked for in the client column only; an NHS number in any typed cell.
        const name = typeof value === 'string' && letters[c] === client;
        if (!name && !mayHoldNhsNumber(value)) continue;
        if (isBlank(value)) continue;
        this.cell(rows.row(i), value, letters[c], client);
      }
    });
  }

  /**
   * A cell that may hold an NHS number or a name, looked at closely; `client` is the letter of
   * the row's client column (null if none), already worked out for the row's sheet.
   */
  private cell(row: MappedRow, value: CellValue, column: string, client: string | null): void {
    const numbers = mayHoldNhsNumber(value) ? nhsNumbersIn(value) : NONE;
    if (numbers.length > 0) {
      const where = { sheet: row.sheet, row: row.row, column };
      const message = CHECK_MESSAGES.nhsNumber(numbers[0].slice(-3));
      this.out.push(finding('ig.nhs-number', where, rowCoach(row, this.data), message));
    } else if (column === client && typeof value === 'string' && looksLikePersonName(value)) {
      const where = { sheet: row.sheet, row: row.row, column };
      this.out.push(finding('ig.person-name', where, rowCoach(row, this.data), CHECK_MESSAGES.personName));
    }
  }
}

/**
 * Information governance findings over every log and caseload row.
 *
 * @example
 * igFindings(data).map((f) => f.rule); // ['ig.nhs-number', 'ig.person-name']
 */
export function igFindings(data: CheckData): Finding[] {
  const out: Finding[] = [];
  const ig = new IgScan(data, out);
  for (const { rows } of data.logRows) ig.scan(rows);
  return out;
}
