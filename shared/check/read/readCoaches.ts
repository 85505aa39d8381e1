/**
 * Reading the coaches sheet(s): one coach a row, each value through the core's readers.
 * A row with no name and no ID (a total, a note) is not a coach.
 */
import type { CoachField, ReadKey } from '../../fields';
import type { IsoDate } from '../../values/dates/calendarDate';
import { CellReader, NUMBER_RULES } from './cellReader';
import { coachKey } from './references/coachKey';
import { idWrittenWithSpaces } from './references/coachWrittenOtherwise';
import { finding, Where } from '../findings/findingRules';
import { EXPIRY_COLUMNS } from '../../fields';
import type { MappedRow, MappedRows } from './rows/mappedRows';
import { CHECK_MESSAGES } from '../messages';
import type { Coach } from './model';
import { readDone, readSignOff, readWte } from './specialCells';
import type { Finding } from '../types';

/**
 * Labels of a totals or average line, which names no coach (and in a log is no session).
 *
 * @example
 * NOT_A_COACH.test('Grand total'); // true
 */
export const NOT_A_COACH = /^(grand )?totals?:?$|^average$/i;

function cellAt(row: MappedRow, field: CoachField): Where | null {
  const cell = row.get(field);
  return cell ? { sheet: row.sheet, row: row.row, column: cell.column } : null;
}

function columnsOf(row: MappedRow, fields: readonly string[]): Readonly<Record<string, string>> {
  const columns: Record<string, string> = {};
  for (const f of fields) {
    // The mapping's fields, as saved in the workbook: plain text, checked by the mapping.
    const column = row.column(f as ReadKey);
    if (column !== null) columns[f] = column;
  }
  // Shared by every coach of the sheet (see readCoaches): nobody may change it.
  return Object.freeze(columns);
}

/**
 * One coach from a row of a coaches sheet, or null when the row names nobody.
 *
 * @example
 * readCoachRow(row, reader, '2026-03-20', { name: 'A', hours: 'F' }); // { label: 'Sam Jones', hours: 120, … }
 */
export function readCoachRow(
  row: MappedRow,
  reader: CellReader,
  asOf: IsoDate,
  columns: Readonly<Record<string, string>>,
): Coach | null {
  const id = reader.text(row, 'id', null);
  const name = reader.text(row, 'name', null);
  const label = name ?? id;
  if (label === null || NOT_A_COACH.test(label)) return null;
  const at: Where = { sheet: row.sheet, row: row.row, column: row.get(name ? 'name' : 'id')?.column ?? null };
  const date = (f: CoachField) => reader.date(row, f, label);
  const text = (f: CoachField) => reader.text(row, f, label);
  const done = (f: CoachField) => (row.get(f) ? readDone(reader, row, f, label, asOf) : undefined);
  const hours = reader.number(row, 'hours', label, NUMBER_RULES.hours);
  const idCell = row.value('id');
  return {
    key: coachKey(id ?? label),
    label,
    id,
    ...(typeof idCell === 'string' && id !== null && idCell !== id ? { idWritten: idCell } : {}),
    name,
    at,
    columns,
    start: date('startDate'),
    wte: readWte(reader, row, label),
    hours,
    hoursUnreadable: reader.wasBad(row, 'hours'),
    priorHours: reader.number(row, 'priorHours', label, NUMBER_RULES.hours),
    pci: done('pci'),
    induction: done('induction'),
    mandatory: done('mandatory'),
    evidencedTier: reader.number(row, 'evidencedTier', label, NUMBER_RULES.tier),
    claimedTier: reader.number(row, 'claimedTier', label, NUMBER_RULES.tier),
    tierWorkedOut: row.get('claimedTier')?.formula ?? false,
    signOff: readSignOff(reader, row, label, asOf),
    signOffOrganisation: row.get('tier2SignOffOrganisation') ? text('tier2SignOffOrganisation') : undefined,
    organisation: text('organisation'),
    supervisors: {
      line: text('lineManager'),
      clinical: text('clinicalSupervisor'),
      coaching: text('coachingSupervisor'),
    },
    last: { line: date('lastLine'), clinical: date('lastClinical'), coaching: date('lastCoaching') },
    lastAt: {
      line: cellAt(row, 'lastLine'),
      clinical: cellAt(row, 'lastClinical'),
      coaching: cellAt(row, 'lastCoaching'),
    },
    supervisorTier: reader.number(row, 'supervisorTier', label, NUMBER_RULES.tier),
    supervisorHours: reader.number(row, 'supervisorHours', label, NUMBER_RULES.hours),
    lastAppraisal: date('lastAppraisal'),
    pdpAgreed: date('pdpAgreed'),
    pdpReview: date('pdpReview'),
    probationEnd: date('probationEnd'),
    expiries: EXPIRY_COLUMNS.flatMap((e) => {
      const expires = date(e.field);
      const at = cellAt(row, e.field);
      return expires !== null && at !== null ? [{ title: e.title, expires, at }] : [];
    }),
  };
}

/**
 * Every coach on the coaches sheets. A coach listed twice (same ID, or same name with no
 * ID) is checked once, from the first row, and the second row gets a note.
 *
 * @example
 * readCoaches([{ rows, fields }], reader, '2026-03-20', findings).length; // 4
 */
export function readCoaches(
  sheets: readonly { rows: MappedRows; fields: readonly string[] }[],
  reader: CellReader,
  asOf: IsoDate,
  findings: Finding[],
): Coach[] {
  const coaches: Coach[] = [];
  const seen = new Map<string, Coach>();
  for (const sheet of sheets) {
    // A field's column is the same on every row of a sheet: worked out once, not per coach.
    const columns = sheet.rows.length > 0 ? columnsOf(sheet.rows.row(0), sheet.fields) : {};
    for (const row of sheet.rows) {
      const coach = readCoachRow(row, reader, asOf, columns);
      if (!coach) continue;
      const first = seen.get(coach.key);
      if (first) {
        const where = `${first.at.sheet} row ${first.at.row}`;
        findings.push(finding('data.duplicate-coach', coach.at, coach.label, CHECK_MESSAGES.duplicateCoach(where)));
        continue;
      }
      seen.set(coach.key, coach);
      coaches.push(coach);
      const spaced = idWrittenWithSpaces(coach);
      if (spaced) findings.push(spaced);
    }
  }
  return coaches;
}
