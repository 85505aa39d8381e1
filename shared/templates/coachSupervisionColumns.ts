/**
 * The Coaches sheet's supervision columns, three for each type: the last session on the
 * Supervision log up to the as-of date, the due date and the status (RULES.md §2), with the
 * intervals read from the Settings sheet.
 */
import { SUPERVISION_LABELS, type SupervisionType } from '../rules/supervisionType';
import { supervisionDueFormula, supervisionStatusFormula } from '../rules/supervisionFormula';
import {
  groupCoachingCountFormula,
  lastGroupCoachingFormula,
  lastSessionFormula,
  type SupervisionLogCells,
} from '../rules/supervisionLastFormula';
import { SETTINGS_CELLS } from './settingsSheet';
import { type TemplateColumn } from './sheetLayout';
import { wholeColumn } from './formulas/cellReferences';
import { SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS } from './supervisionLogSheet';

const DATE = 'dd mmm yyyy';
const log = (key: string) => wholeColumn(SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS, key);
const asOf = SETTINGS_CELLS.asOf;

/*
 * Decision: a session dated after the as-of date is a planned one and does not count yet, so
 * the rule's "last date after the as-of date" error cannot arise on the sheet.
 */
/**
 * The last / due / status columns of one supervision type, keyed `lineLast`, `lineDue`, …,
 * given how the Coaches sheet names its own cells.
 *
 * @example
 * coachSupervisionColumns('clinical', c, forCoach).map((col) => col.header);
 * // ['Clinical last', 'Clinical due', 'Clinical status']
 */
export function coachSupervisionColumns(
  type: SupervisionType,
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): TemplateColumn[] {
  const label = SUPERVISION_LABELS[type];
  const cells = (r: number) => ({
    last: c(`${type}Last`, r),
    start: c('start', r),
    wte: c('wte', r),
    policy: SETTINGS_CELLS.policy,
  });
  const latest = (r: number) => lastSessionFormula(type, logCells(c('id', r)));
  const which = type === 'coaching' ? 'individual health coaching' : label.toLowerCase();
  return [
    {
      key: `${type}Last`,
      header: `${label} last`,
      width: 13,
      numberFormat: DATE,
      note: `Worked out: the latest ${which} session on the Supervision log up to the as-of date.`,
      formula: (r) => forCoach(r, `IF(${latest(r)}=0,"",${latest(r)})`),
    },
    {
      key: `${type}Due`,
      header: `${label} due`,
      width: 13,
      numberFormat: DATE,
      note: 'Worked out: the last session (or the start date) plus the interval on Settings.',
      formula: (r) => forCoach(r, supervisionDueFormula(type, cells(r))),
    },
    {
      key: `${type}Status`,
      header: `${label} status`,
      width: 11,
      note: 'Worked out on the as-of date: OK, Due soon or Overdue.',
      formula: (r) => forCoach(r, supervisionStatusFormula(type, { ...cells(r), due: c(`${type}Due`, r), asOf })),
    },
    ...(type === 'coaching' ? groupCoachingColumns(c, forCoach) : []),
  ];
}

/** The Supervision log's typed columns, whole, for one coach. */
function logCells(coachId: string): SupervisionLogCells {
  return { date: log('date'), coach: log('coach'), type: log('type'), format: log('format'), coachId, asOf };
}

/**
 * Group health coaching supervision beside the individual sessions (RULES.md §2): the last
 * group session and the number in the last three months. Neither changes the due date.
 *
 * @example
 * groupCoachingColumns(c, forCoach).map((col) => col.header); // ['Group coaching last', 'Group sessions (3 months)']
 */
export function groupCoachingColumns(
  c: (key: string, row: number) => string,
  forCoach: (row: number, body: string) => string,
): TemplateColumn[] {
  const last = (r: number) => lastGroupCoachingFormula(logCells(c('id', r)));
  return [
    {
      key: 'groupCoachingLast',
      header: 'Group coaching last',
      width: 13,
      numberFormat: DATE,
      note: 'Worked out: the latest group health coaching supervision up to the as-of date. Group supervision is recommended as well as, never instead of, individual supervision (framework §4.2.2).',
      formula: (r) => forCoach(r, `IF(${last(r)}=0,"",${last(r)})`),
    },
    {
      key: 'groupCoachingCount',
      header: 'Group sessions (3 months)',
      width: 10,
      numberFormat: '0',
      note: 'Worked out: group health coaching supervision sessions in the three months up to the as-of date.',
      formula: (r) => forCoach(r, groupCoachingCountFormula(logCells(c('id', r)))),
    },
  ];
}
