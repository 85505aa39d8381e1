/**
 * Reading a CPD log (docs/rules.md §7): dated activities with hours, a type and the competencies
 * they link to. CPD is shown beside the tier and never counts towards NHS coaching hours, so
 * this log is read on its own, never as hours with clients.
 */
import { CellReader, NUMBER_RULES, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import type { MappedRows } from './rows/mappedRows';
import type { CpdEntry } from './model';
import { competencyCode } from './readEvidence';
import type { Finding } from '../types';

/**
 * The framework codes named in a "linked competency codes" cell, in the order written, each
 * once: "COM-04, MOD 2; pro-1" gives COM-04, MOD-02 and PRO-01. Words that are not codes are
 * left out (the cell is free text).
 *
 * @example
 * linkedCodes('COM-04, MOD 2; pro-1 contracting'); // ['COM-04', 'MOD-02', 'PRO-01']
 */
export function linkedCodes(text: string | null): string[] {
  if (text === null) return [];
  const found = [...text.matchAll(/[A-Za-z]{3}[\s-]*\d{1,2}(?!\d)/g)].map((m) => competencyCode(m[0]));
  return [...new Set(found.filter((c): c is string => c !== null))];
}

/**
 * Every CPD row that names an activity or hours. Hours come from an hours column, else
 * minutes ÷ 60.
 *
 * @example
 * readCpdLog(rows, reader, index, findings)[0]; // { date: '2026-01-15', hours: 3, activity: 'MI refresher', codes: ['COM-04'], … }
 */
export function readCpdLog(rows: MappedRows, reader: CellReader, index: CoachIndex, findings: Finding[]): CpdEntry[] {
  return rows.flatMap((row) => {
    const text = reader.text(row, 'coach', null);
    const coach = index.resolve(text, row, findings);
    const label = coach?.label ?? text;
    const minutes = reader.number(row, 'minutes', label, NUMBER_RULES.hours);
    const hours = reader.number(row, 'hours', label, NUMBER_RULES.hours) ?? (minutes === null ? null : minutes / 60);
    const activity = reader.text(row, 'activity', label);
    if (activity === null && hours === null) return [];
    return [
      {
        coach,
        date: reader.date(row, 'date', label),
        hours,
        activity,
        type: reader.text(row, 'cpdType', label),
        codes: linkedCodes(reader.text(row, 'competencies', label)),
        at: whereOf(row, 'date'),
      },
    ];
  });
}
