/**
 * Information governance (docs/rules.md §3: caseload sheets hold a pseudonymous client
 * reference, never a name or NHS number). Every typed cell of a log or caseload is checked
 * for a valid NHS number, and every client-reference cell for what looks like a name. The
 * findings never repeat what they found (only an NHS number's last three digits), so the
 * report does not copy patient details further.
 */
import { finding } from './findingRules';
import type { MappedRow } from '../read/mappedRows';
import { CHECK_MESSAGES } from '../messages';
import type { CheckData } from '../read/model';
import { nhsNumbersIn } from './nhsNumber';
import { looksLikePersonName } from './personName';
import type { Finding } from '../types';

/** Names a row's coach as the other findings do: their label if known, else as typed. */
function rowCoach(row: MappedRow, data: CheckData): string | null {
  const v = row.value('coach');
  const text = typeof v === 'string' ? v.trim() || null : typeof v === 'number' ? String(v) : null;
  return data.index.find(text)?.label ?? text;
}

/**
 * The information governance findings for one row.
 *
 * @example
 * igRowFindings(row, data); // [{ rule: 'ig.nhs-number', column: 'B', … }]
 */
export function igRowFindings(row: MappedRow, data: CheckData): Finding[] {
  const out: Finding[] = [];
  const client = row.column('client');
  row.eachCell((value, formula, column) => {
    if (formula) return;
    const numbers = nhsNumbersIn(value);
    const where = () => ({ sheet: row.sheet, row: row.row, column });
    if (numbers.length > 0) {
      out.push(finding('ig.nhs-number', where(), rowCoach(row, data), CHECK_MESSAGES.nhsNumber(numbers[0].slice(-3))));
    } else if (column === client && typeof value === 'string' && looksLikePersonName(value)) {
      out.push(finding('ig.person-name', where(), rowCoach(row, data), CHECK_MESSAGES.personName));
    }
  });
  return out;
}

/**
 * Information governance findings over every log and caseload row.
 *
 * @example
 * igFindings(data).map((f) => f.rule); // ['ig.nhs-number', 'ig.person-name']
 */
export function igFindings(data: CheckData): Finding[] {
  return data.logRows.flatMap((sheet) => sheet.rows.flatMap((row) => igRowFindings(row, data)));
}
