import { dayLoad, reviewDue } from '../rules/caseload/caseload';
import type { FunctionSpec } from './types';

/** HWBC_REVIEW_DUE: a client review after every six sessions (docs/rules.md §3). */
export const REVIEW_DUE: FunctionSpec = {
  name: 'REVIEW_DUE',
  help: 'TRUE when a client review is due: six or more sessions since the last review.',
  params: [{ name: 'sessions_since_review', help: 'Sessions with the client since their last review', type: 'count' }],
  result: 'boolean',
  rule: 'reviewDue',
  example: [6],
  run: (a) => reviewDue(a.sessions_since_review as number),
};

/** HWBC_DAY_LOAD: how full a coach's day is (docs/rules.md §3). */
export const DAY_LOAD: FunctionSpec = {
  name: 'DAY_LOAD',
  help: 'Sessions in one day by one coach: "OK" (4 or fewer), "At limit" (5) or "Over" (more than 5).',
  params: [{ name: 'sessions_in_day', help: 'Sessions the coach has on that day', type: 'count' }],
  result: 'text',
  rule: 'dayLoad',
  example: [5],
  run: (a) => dayLoad(a.sessions_in_day as number),
};
