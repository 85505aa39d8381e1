/**
 * One client's reference written more than one way (docs/rules.md §3). The check reads "C-101",
 * "c101" and " c101 " as one client (clientKey), but a spreadsheet formula matches references
 * as written, case aside: the template's Sessions since review on the Caseload (COUNTIFS, which
 * the check takes as it is when the column is there) and Clients seen on the Monthly summary
 * (MATCH). So where one client is written two ways, the sheet and the check's monthly figures
 * disagree, and a review due can go unseen on the Caseload and in the check, which takes its
 * count. Saying so lets the practice write it one way, after which all agree. A reference that
 * is an NHS number or a person's name is left to the information-governance findings.
 */
import { clientKey } from '../read/references/clientKey';
import { isBlank } from '../../values/cells/blank';
import type { CheckData } from '../read/model';
import type { MappedRows } from '../read/rows/mappedRows';
import { CHECK_MESSAGES } from '../messages';
import type { Finding } from '../types';
import { finding } from './findingRules';
import { nhsNumbersIn } from './nhsNumber';
import { looksLikePersonName } from './personName';

/** The sheets whose client references the template's formulas match against each other. */
const KINDS: ReadonlySet<string> = new Set(['caseload', 'hoursLog']);

/** At most this many ways are listed in one finding; the rest are counted. */
const LISTED = 4;

/** One way of writing a reference (as a formula sees it: case aside): its first row and how many rows. */
interface Way {
  typed: string;
  rows: number;
  list: MappedRows;
  i: number;
}

/** A reference as a formula reads it: text as it is (spaces included), a number as its digits. */
function written(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && !isBlank(value) ? value : null;
}

/**
 * A reference that holds what the information-governance scan reports (an NHS number, a
 * person's name): its own finding says to replace it, without repeating it, so this one must
 * not quote it either.
 */
const patientDetail = (typed: string) => nhsNumbersIn(typed).length > 0 || looksLikePersonName(typed);

/**
 * Each reference as written, in the order first met, with its first row and how many rows:
 * one look-up a row in a map of what is written, so the work grows with the rows, and the
 * tidying (clientKey) is done once for each different text, not once a row.
 */
function waysWritten(data: CheckData): Map<string, Way> {
  const seen = new Map<string, Way>();
  for (const { kind, rows } of data.logRows) {
    if (!KINDS.has(kind)) continue;
    rows.eachValueOf('client', (value, i) => {
      const typed = written(value);
      if (typed === null) return;
      const way = seen.get(typed);
      if (way !== undefined) way.rows++;
      else seen.set(typed, { typed, rows: 1, list: rows, i });
    });
  }
  return seen;
}

/**
 * A warning for each client whose reference is written more than one way (case aside), at the
 * first row of the second way met, naming each way with its first row and count.
 *
 * @example
 * clientSpellings(data); // [{ rule: 'data.client-spellings', sheet: 'Hours log', row: 40, column: 'C', … }]
 */
export function clientSpellings(data: CheckData): Finding[] {
  // Each client's ways, case aside; nearly every client has one, so a list is made only for
  // the second (a map of ways per client was most of this finding's time).
  const clients = new Map<string, Way | Way[]>();
  for (const way of waysWritten(data).values()) {
    const key = clientKey(way.typed);
    if (key === '') continue;
    const known = clients.get(key);
    if (known === undefined) {
      clients.set(key, way);
      continue;
    }
    const ways = Array.isArray(known) ? known : [known];
    if (ways !== known) clients.set(key, ways);
    const lower = way.typed.toLowerCase();
    const same = ways.find((w) => w.typed.toLowerCase() === lower);
    // "C-101" and "c-101" are one way to a formula: counted together, shown as first written.
    if (same !== undefined) same.rows += way.rows;
    else ways.push(way);
  }
  const out: Finding[] = [];
  for (const all of clients.values()) {
    if (!Array.isArray(all) || all.length < 2 || all.some((w) => patientDetail(w.typed))) continue;
    const place = (w: Way) => {
      const row = w.list.row(w.i);
      return { row, where: { sheet: row.sheet, row: row.row, column: row.column('client') } };
    };
    const shown = all.slice(0, LISTED).map((w) => {
      const { where } = place(w);
      return { typed: w.typed, first: `${where.sheet} row ${where.row}`, rows: w.rows };
    });
    const { row, where } = place(all[1]);
    const coach = data.index.find(written(row.value('coach')))?.label ?? null;
    out.push(
      finding('data.client-spellings', where, coach, CHECK_MESSAGES.clientSpellings(shown, all.length - shown.length)),
    );
  }
  return out;
}
