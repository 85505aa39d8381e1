/**
 * Writing the HWBC Report without ever touching a sheet the check did not make. A report
 * is the check's own only when BOTH the workbook setting names it AND its cell A1 still
 * holds the marker; only such a sheet is ever deleted and written again. If a sheet called
 * "HWBC Report" exists that is not the check's own, it is left alone and the report goes
 * to "HWBC Report (2)" (or the next free name), with a note saying so.
 */
import type { SheetData, WorkbookPort } from '../../workbook';
import { finding } from '../findings/findingRules';
import { CHECK_MESSAGES, REPORT_TEXT } from '../messages';
import { reportSpec } from './reportSpec';
import type { CheckOutcome } from '../runCheck';
import type { Finding } from '../types';

/**
 * The workbook setting naming the report sheet the check last wrote.
 *
 * @example
 * await port.getSetting(REPORT_SETTING); // 'HWBC Report'
 */
export const REPORT_SETTING = 'hwbc.reportSheet';
/**
 * The report sheet's usual name.
 *
 * @example
 * freeReportName([]) === REPORT_NAME; // true
 */
export const REPORT_NAME = 'HWBC Report';

/**
 * Whether a sheet is a report the check wrote: named in the setting, marker in A1.
 *
 * @example
 * isOwnReport('HWBC Report', { name: 'HWBC Report', top: 0, left: 0, values: [['HWBC Report']], formulas: [[null]] }); // true
 */
export function isOwnReport(setting: unknown, data: SheetData | undefined): boolean {
  if (typeof setting !== 'string' || !data || data.name !== setting) return false;
  return data.top === 0 && data.left === 0 && data.values[0]?.[0] === REPORT_TEXT.marker;
}

/**
 * The first report name no sheet has (sheet names are compared without case, as Excel does).
 *
 * @example
 * freeReportName(['HWBC Report']); // 'HWBC Report (2)'
 */
export function freeReportName(sheetNames: readonly string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? REPORT_NAME : `${REPORT_NAME} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Where the report goes, and the note to add when the usual name belongs to someone else.
 *
 * @example
 * reportTarget(['Team', 'HWBC Report'], null); // { name: 'HWBC Report (2)', replace: false, note: {…} }
 */
export function reportTarget(
  sheetNames: readonly string[],
  ownReport: string | null,
): { name: string; replace: boolean; note: Finding | null } {
  const name = ownReport ?? freeReportName(sheetNames);
  const usualTaken = sheetNames.some((n) => n.toLowerCase() === REPORT_NAME.toLowerCase() && n !== ownReport);
  const note = usualTaken
    ? finding(
        'report.name-taken',
        { sheet: name, row: null, column: null },
        null,
        CHECK_MESSAGES.reportNameTaken(REPORT_NAME, name),
      )
    : null;
  return { name, replace: ownReport !== null, note };
}

/**
 * Replaces the check's own previous report (if any) with a new one, in three port calls.
 *
 * @example
 * await writeReport(port, 'HWBC Report', true, outcome);
 */
export async function writeReport(
  port: WorkbookPort,
  name: string,
  replace: boolean,
  outcome: CheckOutcome,
): Promise<void> {
  if (replace) await port.deleteSheet(name);
  await port.addSheet(reportSpec(name, outcome));
  await port.setSetting(REPORT_SETTING, name);
}
