/**
 * Reading a supervision log: date, coach, type, supervisor, format, duration. A log kept
 * one sheet per type ("Clinical supervision") takes its type from the sheet's name.
 */
import { isGroupSession, withoutGroupWord } from '../../rules/supervision/supervisionFormat';
import { parseSupervisionType, readSupervisionType } from '../../rules/supervision/supervisionType';
import type { IsoDate } from '../../values/dates/calendarDate';
import { readText } from '../../values/cells/readText';
import { CellReader, NUMBER_RULES, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import type { MappedRow, MappedRows } from './rows/mappedRows';
import type { SupervisionEntry } from './model';
import { typeFromSheetName } from '../find/sheetKinds';
import { readDone } from './specialCells';
import type { Finding } from '../types';

/**
 * One supervision-log row, or null when it has no date or no type (nothing to count).
 *
 * @example
 * readSupervisionRow(row, reader, index, findings, '2026-03-20'); // { type: 'clinical', date: '2026-02-10', individual: true, … }
 */
export function readSupervisionRow(
  row: MappedRow,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
  asOf: IsoDate,
): SupervisionEntry | null {
  const text = reader.text(row, 'coach', null);
  const coach = index.resolve(text, row, findings);
  const label = coach?.label ?? text;
  const date = reader.date(row, 'date', label);
  let typed: string | null = null;
  const type =
    row.column('type') !== null
      ? reader.read(row, 'type', label, (name, v) => {
          typed = readText(name, v);
          return typed === null ? null : readSupervisionType(name, groupCoachingType(typed));
        })
      : typeFromSheetName(row.sheet);
  if (date === null || type === null) return null;
  const hours = reader.number(row, 'hours', label, NUMBER_RULES.hours);
  const minutes = hours === null ? reader.number(row, 'minutes', label, NUMBER_RULES.hours) : hours * 60;
  const format = reader.text(row, 'format', label);
  return {
    coach,
    date,
    type,
    supervisor: reader.text(row, 'supervisor', label),
    individual: !isGroupSession(format, typed),
    minutes,
    focus: reader.text(row, 'focus', label),
    concerns: reader.boolean(row, 'concerns', label),
    action: reader.text(row, 'action', label),
    followUp: reader.date(row, 'followUp', label),
    // "Completed means completed" (docs/rules.md §4): a date by the as-of date, TRUE or yes/done.
    actionDone:
      row.column('actionDone') !== null ? (readDone(reader, row, 'actionDone', label, asOf) ? true : false) : false,
    followUpAt: whereOf(row, row.column('followUp') !== null ? 'followUp' : 'date'),
    at: whereOf(row, 'date'),
  };
}

/**
 * A type such as "Group health coaching" names health coaching supervision held as a group, as
 * the template's formulas read it ("group" and "coach" in the type); any other type is read as
 * typed, so "Group clinical" is not mistaken for clinical supervision.
 */
function groupCoachingType(typed: string): string {
  return parseSupervisionType(typed) === null && /group.*coach/i.test(typed) ? withoutGroupWord(typed) : typed;
}

/**
 * Every dated, typed row of a supervision log.
 *
 * @example
 * readSupervisionLog(rows, reader, index, findings, '2026-03-20').length; // 48
 */
export function readSupervisionLog(
  rows: MappedRows,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
  asOf: IsoDate,
): SupervisionEntry[] {
  return rows.flatMap((row) => readSupervisionRow(row, reader, index, findings, asOf) ?? []);
}
