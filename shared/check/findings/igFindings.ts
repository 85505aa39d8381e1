/**
 * Information governance (docs/rules.md §3: caseload sheets hold a pseudonymous client
 * reference, never a name or NHS number). Every typed cell of a log or caseload is checked
 * for a valid NHS number, and every client-reference cell for what looks like a name. The
 * findings never repeat what they found (only an NHS number's last three digits), so the
 * report does not copy patient details further.
 */
import { finding } from './findingRules';
import type { MappedRow } from '../read/rows/mappedRows';
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
 * The scan over a log's rows: one visitor for every cell of every row, made once, rather than
 * a function made for each of 100,000 rows (each kept by the garbage collector for a while).
 */
class IgScan {
  private row: MappedRow | null = null;
  private client: string | null = null;

  constructor(
    private readonly data: CheckData,
    private readonly out: Finding[],
  ) {}

  /** Adds the row's findings to the scan's list. */
  scan(row: MappedRow): void {
    this.row = row;
    this.client = row.column('client');
    row.eachCell(this.visit);
  }

  private readonly visit = (value: CellValue, formula: boolean, column: string): void => {
    const row = this.row as MappedRow;
    if (formula) return;
    const numbers = mayHoldNhsNumber(value) ? nhsNumbersIn(value) : NONE;
    if (numbers.length > 0) {
      const where = { sheet: row.sheet, row: row.row, column };
      const message = CHECK_MESSAGES.nhsNumber(numbers[0].slice(-3));
      this.out.push(finding('ig.nhs-number', where, rowCoach(row, this.data), message));
    } else if (column === this.client && typeof value === 'string' && looksLikePersonName(value)) {
      const where = { sheet: row.sheet, row: row.row, column };
      this.out.push(finding('ig.person-name', where, rowCoach(row, this.data), CHECK_MESSAGES.personName));
    }
  };
}

/**
 * The information governance findings for one row, added to `out` (the scan visits every
 * cell of every log: nothing is made for a row or cell that finds nothing).
 *
 * @example
 * igRowFindings(row, data, out); // out: [{ rule: 'ig.nhs-number', column: 'B', … }]
 */
export function igRowFindings(row: MappedRow, data: CheckData, out: Finding[]): void {
  new IgScan(data, out).scan(row);
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
  for (const { rows } of data.logRows) for (let i = 0; i < rows.length; i++) ig.scan(rows.row(i));
  return out;
}
