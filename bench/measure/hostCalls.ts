/**
 * Host calls for "Check this workbook" and "Create template sheets" through the Office.js and
 * SpreadsheetApp fakes, on workbooks of 100 and 10,000 log rows. The SpreadsheetApp port
 * promises a fixed number of service calls whatever the number of rows, so its counts must be
 * equal; the Office.js port sends blocks sized to Excel on the web's payload limit, so its
 * count grows with the bytes (officePayload measures the largest round trip).
 */
import { checkWorkbook } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import type { SheetData, WorkbookPort } from '../../shared/workbook';
import { coachesFor } from '../synthetic/sizes';
import { syntheticTeam } from '../synthetic/team';
import { AS_OF, createTemplateSheets, syntheticWorkbook } from '../synthetic/workbook';
import { count as formatCount } from '../timing';
import { officeSyncs } from './officeCalls';
import { sheetsServiceCalls } from './sheetsCalls';

/** One task on one host: its host calls at each size, and with the demonstration team. */
export interface HostCalls {
  task: 'check' | 'create templates';
  host: 'Office.js' | 'SpreadsheetApp';
  /** What is counted. */
  unit: string;
  /** Whether the port promises the same number of calls whatever the rows (Office.js sends blocks by size). */
  fixed: boolean;
  /** Calls by log rows in the workbook. */
  bySize: { logRows: number; calls: number }[];
  /** createTemplates itself, with the demonstration team (create templates only). */
  demonstration?: number;
}

const HOSTS = [
  { host: 'Office.js', unit: 'context.sync()', count: officeSyncs, fixed: false },
  { host: 'SpreadsheetApp', unit: 'service calls', count: sheetsServiceCalls, fixed: true },
] as const;

async function snapshot(port: WorkbookPort): Promise<SheetData[]> {
  const sheets: SheetData[] = [];
  for (const name of await port.sheetNames()) sheets.push(await port.read(name));
  return sheets;
}

/** Checks the workbook, making sure the host's port handed the check every coach. */
async function checkEveryCoach(port: WorkbookPort, coaches: number): Promise<void> {
  const result = await checkWorkbook(port, { asOf: AS_OF });
  if (result.coaches.length !== coaches) {
    throw new Error(`The check found ${result.coaches.length} coaches through the fake host, not ${coaches}.`);
  }
}

/**
 * Counts host calls on each host for workbooks of each size.
 *
 * @example
 * const rows = await hostCalls([100, 10_000]);
 * rows.every((r) => new Set(r.bySize.map((s) => s.calls)).size === 1); // true
 */
export async function hostCalls(sizes: readonly number[]): Promise<HostCalls[]> {
  const out: HostCalls[] = [];
  const workbooks = [];
  for (const logRows of sizes) {
    const sheets = await snapshot(await syntheticWorkbook(logRows));
    workbooks.push({ logRows, sheets, team: syntheticTeam(coachesFor(logRows), AS_OF) });
  }
  for (const { host, unit, count, fixed } of HOSTS) {
    const check = { task: 'check' as const, host, unit, fixed, bySize: [] as HostCalls['bySize'] };
    const create = { task: 'create templates' as const, host, unit, fixed, bySize: [] as HostCalls['bySize'] };
    for (const { logRows, sheets, team } of workbooks) {
      const checked = (port: WorkbookPort) => checkEveryCoach(port, coachesFor(logRows));
      check.bySize.push({ logRows, calls: await count(sheets, checked) });
      create.bySize.push({ logRows, calls: await count([], (port) => createTemplateSheets(port, team)) });
    }
    const demonstration = await count([], (port) => createTemplates(port, { sample: true }));
    out.push(check, { ...create, demonstration });
  }
  return out;
}

/**
 * What is wrong with the counts, if anything: a task whose calls grow with the rows, or a
 * bench whose template creation no longer makes the calls createTemplates makes.
 *
 * @example
 * unequalCalls(rows); // [] when every count is equal
 */
export function unequalCalls(rows: readonly HostCalls[]): string[] {
  return rows.flatMap((r) => {
    if (!r.fixed) return [];
    const counts = [...r.bySize.map((s) => s.calls), ...(r.demonstration === undefined ? [] : [r.demonstration])];
    if (new Set(counts).size === 1) return [];
    const sizes = r.bySize.map((s) => `${s.calls} at ${formatCount(s.logRows)} log rows`).join(', ');
    const demo =
      r.demonstration === undefined ? '' : `, ${r.demonstration} for createTemplates with the demonstration team`;
    return [`"${r.task}" through ${r.host} made ${sizes}${demo} (${r.unit}): they must be equal.`];
  });
}
