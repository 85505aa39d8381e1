import { supervisionDue } from '../rules/supervision/supervisionDue';
import { supervisionStatus } from '../rules/supervision/supervisionStatus';
import type { SupervisionType } from '../rules/supervision/supervisionType';
import type { IsoDate } from '../values/dates/calendarDate';
import type { Args, FunctionSpec, ParamSpec } from './types';

const COMMON: readonly ParamSpec[] = [
  { name: 'type', help: 'Supervision type: line, clinical or coaching', type: 'supervisionType' },
  {
    name: 'last_date',
    help: 'Date of the last session of this type; for coaching, the last individual (1:1) session, never a group one (blank: use start_date)',
    type: 'date',
    blankAllowed: true,
  },
  {
    name: 'wte',
    help: 'Whole-time equivalent, 0–1 such as 0.6 or 60% (default 1); only clinical supervision is pro rata',
    type: 'wte',
    optional: true,
  },
  { name: 'start_date', help: "Coach's start date, used when there is no last session", type: 'date', optional: true },
];

function due(a: Args): IsoDate | null {
  return supervisionDue(
    a.type as SupervisionType,
    a.last_date as IsoDate | null,
    (a.wte as number | null) ?? 1,
    a.start_date as IsoDate | null,
  );
}

/** HWBC_SUPERVISION_DUE: when the next supervision of a type is due (docs/rules.md §2). */
export const SUPERVISION_DUE: FunctionSpec = {
  name: 'SUPERVISION_DUE',
  help: 'Date the next supervision of a type is due: last session (else start date) plus its interval.',
  params: COMMON,
  result: 'date',
  rule: 'supervisionDue',
  example: ['clinical', { date: '2026-01-10' }, 0.5],
  run: due,
};

/** HWBC_SUPERVISION_STATUS: OK, Due soon or Overdue on a date (docs/rules.md §2). */
export const SUPERVISION_STATUS: FunctionSpec = {
  name: 'SUPERVISION_STATUS',
  help: 'Status of a supervision type on a date: "OK", "Due soon" or "Overdue". Pass TODAY() as as_of in Google Sheets.',
  params: [...COMMON, { name: 'as_of', help: 'Date to judge on (default today)', type: 'date', optional: true }],
  result: 'text',
  rule: 'supervisionStatus',
  usesToday: true,
  example: ['line', { date: '2026-03-15' }, 1, null, { date: '2026-04-10' }],
  run: (a, ctx) =>
    supervisionStatus(
      a.type as SupervisionType,
      a.last_date as IsoDate | null,
      (a.wte as number | null) ?? 1,
      a.start_date as IsoDate | null,
      (a.as_of as IsoDate | null) ?? ctx.today,
    ),
};
