/**
 * Reading a training checklist: per coach, PCI training, the setting induction items and
 * the mandatory training items, each required or not and completed on a date (or not).
 */
import { INDUCTION_ITEMS } from '../../framework/training';
import type { TrainingRecord } from '../../rules/readiness';
import type { IsoDate } from '../../values/calendarDate';
import { CellReader, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import { normaliseHeader } from '../find/headerText';
import type { MappedRow } from './mappedRows';
import type { Coach } from './model';
import { readDone } from './specialCells';
import type { Finding } from '../types';

/**
 * Which readiness item a checklist line belongs to.
 *
 * @example
 * trainingItem('Setting induction'); // 'induction'
 */
export type TrainingItem = 'pci' | 'induction' | 'mandatory';

const INDUCTION: ReadonlySet<string> = new Set(INDUCTION_ITEMS.map(normaliseHeader));

/**
 * Sorts a checklist line by its checklist column when there is one ("PCI training",
 * "Induction", "Mandatory training"), else by its title.
 *
 * @example
 * checklistItem('Induction', 'Learning about the service'); // 'induction'
 */
export function checklistItem(checklist: string | null, title: string): TrainingItem {
  if (checklist !== null && /\bpci\b/i.test(checklist)) return 'pci';
  if (checklist !== null && /induction/i.test(checklist)) return 'induction';
  if (checklist !== null && /mandatory|statutory/i.test(checklist)) return 'mandatory';
  return trainingItem(title);
}

/**
 * Sorts a checklist line by its title: PCI training, an induction item, or else mandatory
 * training (the 16 general capabilities, and anything a practice adds).
 *
 * @example
 * trainingItem('PCI-accredited four-day health coaching training'); // 'pci'
 * trainingItem('Basic first aid');                                  // 'mandatory'
 */
export function trainingItem(title: string): TrainingItem {
  if (/\bpci\b|four[- ]day/i.test(title)) return 'pci';
  if (INDUCTION.has(normaliseHeader(title)) || /induction/i.test(title)) return 'induction';
  return 'mandatory';
}

/**
 * Every line of a training checklist. With no "required" column every line is required;
 * with one, a blank means not required (safeguarding and information governance always are).
 *
 * @example
 * readTraining(rows, reader, index, findings, '2026-03-20')[0].record; // { title: 'Basic first aid', required: true, completedOn: null }
 */
export function readTraining(
  rows: readonly MappedRow[],
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
  asOf: IsoDate,
): { coach: Coach | null; record: TrainingRecord; item: TrainingItem }[] {
  return rows.flatMap((row) => {
    const text = reader.text(row, 'coach', null);
    const coach = index.resolve(text, whereOf(row, 'coach'), findings);
    const label = coach?.label ?? text;
    const title = reader.text(row, 'item', label);
    if (title === null) return [];
    const required = row.get('required') ? (reader.boolean(row, 'required', label) ?? false) : true;
    const done = readDone(reader, row, 'completedOn', label, asOf);
    const completedOn = typeof done === 'string' ? done : done === true ? 'yes' : null;
    const item = checklistItem(reader.text(row, 'checklist', label), title);
    return [{ coach, record: { title, required, completedOn }, item }];
  });
}
