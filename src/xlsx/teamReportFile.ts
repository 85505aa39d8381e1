/**
 * The PCN's team report as .xlsx bytes (the PCN summary, every coach, every finding with its
 * file and cell, the monthly summary: shared/team/teamReport.ts), made the same way by
 * `hwbc check --report` and by the overview page's download, so the two files hold the same.
 */
import { teamReportSheets } from '../../shared/team/teamReport';
import type { TeamResult } from '../../shared/team/types';
import { XlsxWorkbook } from './xlsxWorkbook';

/**
 * The report workbook's bytes, in Node and in a browser's worker.
 *
 * @example
 * fs.writeFileSync('team-report.xlsx', await teamReportBytes(result), { flag: 'wx' });
 */
export async function teamReportBytes(result: TeamResult): Promise<Uint8Array> {
  const report = new XlsxWorkbook();
  for (const sheet of teamReportSheets(result)) await report.addSheet(sheet);
  return report.toBytes();
}
