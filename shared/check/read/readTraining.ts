/**
 * Reading a training checklist: per coach, PCI training, the setting induction items and
 * the mandatory training items, each required or not and completed on a date (or not).
 */
import { INDUCTION_ITEMS } from '../../framework/training';
import { DEFAULT_DEVELOPMENT_POLICY, type DevelopmentPolicy } from '../../rules/development/developmentPolicy';
import { refresherMonths } from '../../rules/development/refresherPeriod';
import { trainingExpires } from '../../rules/development/renewalStatus';
import type { IsoDate } from '../../values/dates/calendarDate';
import { CellReader, NUMBER_RULES, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import { normaliseHeader } from '../find/headerText';
import type { MappedRow, MappedRows } from './rows/mappedRows';
import type { TrainingLine } from './model';
import { readDone } from './specialCells';
import type { Finding } from '../types';

/**
 * Which readiness item a checklist line belongs to.
 *
 * @example
 * trainingItem('Setting induction'); // 'induction'
 */
export type TrainingItem = 'pci' | 'induction' | 'mandatory';

let induction: ReadonlySet<string> | null = null;
/** The induction items' titles tidied, made on first use rather than whenever a script loads. */
const inductionTitles = (): ReadonlySet<string> => (induction ??= new Set(INDUCTION_ITEMS.map(normaliseHeader)));

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
  if (inductionTitles().has(normaliseHeader(title)) || /induction/i.test(title)) return 'induction';
  return 'mandatory';
}

/**
 * When a completed line lapses (docs/rules.md §7): the sheet's own expiry date when it gives one,
 * else the completion date plus the line's refresher months (typed on the line, else the
 * period for its kind of training in use on Settings). Null when it never lapses or has no
 * completion date to count from.
 */
function lineExpires(
  row: MappedRow,
  reader: CellReader,
  label: string | null,
  completed: IsoDate | null,
  months: number | null,
): IsoDate | null {
  const typed = reader.date(row, 'expires', label);
  if (typed !== null) return typed;
  const own = reader.number(row, 'refresherMonths', label, NUMBER_RULES.count);
  return trainingExpires(completed, own !== null && own >= 1 ? own : months);
}

/**
 * Every line of a training checklist. With no "required" column every line is required;
 * with one, a blank means not required (safeguarding and information governance always are).
 *
 * @example
 * readTraining(rows, reader, index, findings, '2026-03-20')[0].record; // { title: 'Basic first aid', required: true, completedOn: null }
 */
export function readTraining(
  rows: MappedRows,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
  asOf: IsoDate,
  policy: DevelopmentPolicy = DEFAULT_DEVELOPMENT_POLICY,
): TrainingLine[] {
  return rows.flatMap((row) => {
    const text = reader.text(row, 'coach', null);
    const coach = index.resolve(text, row, findings);
    const label = coach?.label ?? text;
    const title = reader.text(row, 'item', label);
    if (title === null) return [];
    const required = row.get('required') ? (reader.boolean(row, 'required', label) ?? false) : true;
    const done = readDone(reader, row, 'completedOn', label, asOf);
    const completedOn = typeof done === 'string' ? done : done === true ? 'yes' : null;
    const item = checklistItem(reader.text(row, 'checklist', label), title);
    const completed = typeof done === 'string' ? done : null;
    const expires =
      done === null || done === false
        ? null
        : lineExpires(row, reader, label, completed, refresherMonths(item, title, policy));
    const at = whereOf(row, row.get('completedOn') ? 'completedOn' : 'item');
    return [{ coach, record: { title, required, completedOn }, item, completed, expires, at }];
  });
}
