/**
 * The Training sheet: per coach, the checklist of docs/rules.md §4 — PCI-accredited training, the
 * eight setting induction items of §4.1 and the sixteen mandatory training items of Appendix 2
 * §1 — with required, completed on, notes, and a worked-out status per line.
 */
import { INDUCTION_ITEMS, MANDATORY_TRAINING, PCI_TRAINING } from '../../framework/training';
import type { IsoDate } from '../../values/dates/calendarDate';
import {
  expiresFormula,
  refresherMonthsFormula,
  renewalStatusFormula,
} from '../../rules/development/developmentFormula';
import { trainingStatusFormula } from '../../rules/readiness/readinessFormula';
import { SETTINGS_CELLS } from './settingsSheet';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';
import { cell } from '../formulas/cellReferences';
import { fieldColumns } from '../fieldColumns';
import { CHECKLISTS } from '../../fields';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * TRAINING; // 'Training'
 */
export const TRAINING = 'Training';

// The checklists are the field registry's; kept importable from here.
export { CHECKLISTS };

const c = (key: string, row: number) => cell(TRAINING_COLUMNS, key, row);

/** The line's refresher months: typed on the line (a whole number from 1), else the Settings period for its kind. */
function months(r: number): string {
  const typed = c('refresherMonths', r);
  const dev = SETTINGS_CELLS.development;
  const fromSettings = refresherMonthsFormula({
    mandatory: `${c('checklist', r)}="${CHECKLISTS.mandatory}"`,
    title: c('item', r),
    governance: dev.governanceRefresherMonths,
    firstAid: dev.firstAidRefresherMonths,
    other: dev.otherRefresherMonths,
  });
  return `IF(IF(ISNUMBER(${typed}),AND(${typed}>=1,${typed}=INT(${typed})),FALSE),${typed},${fromSettings})`;
}

/**
 * The Training sheet's columns; the status is worked out.
 *
 * @example
 * TRAINING_COLUMNS.map((c) => c.key).at(-1); // 'status'
 */
export const TRAINING_COLUMNS: readonly TemplateColumn[] = fieldColumns('training', {
  expires: {
    formula: (r) =>
      `=${expiresFormula({ completedOn: c('completedOn', r), months: months(r), asOf: SETTINGS_CELLS.asOf })}`,
  },
  status: {
    formula: (r) =>
      `=IF(OR(${c('coach', r)}="",${c('item', r)}=""),"",IF(ISNUMBER(${c('expires', r)}),${renewalStatusFormula({
        expires: c('expires', r),
        asOf: SETTINGS_CELLS.asOf,
        dueSoonDays: SETTINGS_CELLS.development.renewalDueSoonDays,
      })},${trainingStatusFormula({ item: c('item', r), required: c('required', r), completedOn: c('completedOn', r), asOf: SETTINGS_CELLS.asOf })}))`,
  },
});

/** What a new coach's checklist starts with; dates of lines already done, by code. */
export interface ChecklistStart {
  coach: string;
  completed?: Readonly<Record<string, IsoDate>>;
}

/*
 * Decision: PCI training and all eight induction items start as required (an employer marks
 * an induction item "No" when it does not apply to the setting); mandatory items start as the
 * framework data says: safeguarding and confidentiality required, the others to be decided.
 */
/**
 * A coach's 25 checklist lines: PCI training, 8 induction items, 16 mandatory items.
 *
 * @example
 * checklistRows({ coach: 'HWBC-008', completed: { PCI: '2026-01-10' } }).length; // 25
 */
export function checklistRows(start: ChecklistStart): RowValues[] {
  const lines = [
    { checklist: CHECKLISTS.pci, code: 'PCI', item: PCI_TRAINING, required: true },
    ...INDUCTION_ITEMS.map((item, i) => ({
      checklist: CHECKLISTS.induction,
      code: `IND-${String(i + 1).padStart(2, '0')}`,
      item,
      required: true,
    })),
    ...MANDATORY_TRAINING.map((m) => ({
      checklist: CHECKLISTS.mandatory,
      code: m.code,
      item: m.title,
      required: m.required,
    })),
  ];
  return lines.map((l) => {
    const done = start.completed?.[l.code];
    return {
      coach: start.coach,
      checklist: l.checklist,
      code: l.code,
      item: l.item,
      required: l.required ? 'Yes' : 'No',
      completedOn: done ? { date: done } : null,
    };
  });
}

/**
 * The Training sheet, optionally with coaches' checklists on it.
 *
 * @example
 * trainingSheet(checklistRows({ coach: 'HWBC-001' })).rows.length; // 2500 formula rows
 */
export function trainingSheet(data: readonly RowValues[] = []) {
  return buildSheet({
    name: TRAINING,
    columns: TRAINING_COLUMNS,
    data,
    formulaRows: 2500,
    highlights: [
      { column: 'status', equals: 'Outstanding', style: 'bad' },
      { column: 'status', equals: 'Expired', style: 'bad' },
      { column: 'status', equals: 'Due soon', style: 'warn' },
      { column: 'status', equals: 'Done', style: 'good' },
    ],
  });
}
