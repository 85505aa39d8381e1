/**
 * What the PCN view works with: each workbook's own check (or why it has none) in, one
 * combined result out. Plain data only, so it crosses from a Web Worker to the page.
 */
import type { MonthlyFigures } from '../check/monthlySummary';
import type { CheckOutcome } from '../check/runCheck';
import type { CoachSummary, Finding } from '../check/types';
import type { IsoDate } from '../values/dates/calendarDate';

/**
 * One workbook's check, or the plain reason it could not be read.
 *
 * @example
 * const f: FileCheck = { file: 'sam.xlsx', outcome };
 * const g: FileCheck = { file: 'old.xls', problem: 'only .xlsx and .csv files can be checked' };
 */
export type FileCheck = { file: string; outcome: CheckOutcome } | { file: string; problem: string };

/**
 * A coach, finding or month with the workbook it came from.
 *
 * @example
 * const c: TeamCoach = { file: 'sam.xlsx', ...coachSummary };
 */
export type TeamCoach = CoachSummary & { file: string };
/** @example const f: TeamFinding = { file: 'sam.xlsx', ...finding }; */
export type TeamFinding = Finding & { file: string };
/** @example const m: TeamMonth = { file: 'sam.xlsx', ...figures }; */
export type TeamMonth = MonthlyFigures & { file: string };

/**
 * Each workbook given: how many coaches it brought, or why it brought none.
 *
 * @example
 * const f: TeamFile = { file: 'sam.xlsx', coaches: 1, problem: null };
 */
export interface TeamFile {
  file: string;
  coaches: number;
  problem: string | null;
}

/**
 * The PCN's combined check.
 *
 * @example
 * combineChecks(checks).coaches.map((c) => [c.file, c.coach]); // [['sam.xlsx', 'Sam Jones'], …]
 */
export interface TeamResult {
  /** The as-of date given, else the latest a workbook was checked on; null when none was read. */
  asOf: IsoDate | null;
  files: TeamFile[];
  coaches: TeamCoach[];
  findings: TeamFinding[];
  monthly: TeamMonth[];
}
