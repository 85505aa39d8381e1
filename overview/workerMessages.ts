/**
 * What the overview page and its worker say to each other: files to check go in, progress, each
 * file's outcome and the PCN's combined result come back, then the report's bytes when asked.
 * Plain data only, so every message crosses between the two as it is.
 */
import type { TeamResult } from '../shared/team/types';
import type { ChosenFile } from './chosenFiles';

/**
 * A message to the worker: check these files (as of a date, else today), or make the report
 * of the last result.
 *
 * @example
 * worker.postMessage({ kind: 'check', files, asOf: null } satisfies ToWorker);
 */
export type ToWorker = { kind: 'check'; files: ChosenFile[]; asOf: string | null } | { kind: 'report' };

/**
 * A message from the worker.
 *
 * @example
 * const m: FromWorker = { kind: 'progress', done: 3, total: 12, file: 'sam.xlsx', problem: null };
 */
export type FromWorker =
  | { kind: 'progress'; done: number; total: number; file: string; problem: string | null }
  | { kind: 'result'; result: TeamResult }
  | { kind: 'report'; bytes: Uint8Array }
  | { kind: 'failed'; message: string };
