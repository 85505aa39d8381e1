/**
 * Sheets calls by kind for each operation (see test/gas/fake/callKinds.ts): creating the
 * templates with the demonstration team, checking the synthetic workbook, and one HWBC_TIER
 * call of the built Code.js over a column.
 */
import { checkWorkbook } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import type { SheetData } from '../../shared/workbook';
import type { CallCensus } from '../../test/support/fakeSpreadsheetApp';
import { AS_OF, syntheticWorkbook } from '../synthetic/workbook';
import { count } from '../timing';
import { loadSheetsScript } from './builtFunctions';
import { describeReads, readsByWhat, total } from './readsByWhat';
import { sheetsCallCensus } from './sheetsCalls';
import { hoursColumn } from './tierColumn';

/** One operation's census. */
export interface CensusRow {
  task: string;
  size: string;
  census: CallCensus;
  /** The reads by what each asks (readsByWhat.ts), for the check. */
  reads?: string;
}

/**
 * The census of each operation; the check's on a workbook of `logRows` log rows.
 *
 * @example
 * (await sheetsCensus(10_000))[2].census.reaching; // 0: HWBC_TIER asks the spreadsheet nothing
 */
export async function sheetsCensus(logRows: number): Promise<CensusRow[]> {
  const wb = await syntheticWorkbook(logRows);
  const sheets: SheetData[] = [];
  for (const name of await wb.sheetNames()) sheets.push(await wb.read(name));
  const create = await sheetsCallCensus([], (port) => createTemplates(port, { sample: true }));
  const check = await sheetsCallCensus(sheets, (port) => checkWorkbook(port, { asOf: AS_OF }));
  const script = loadSheetsScript();
  script.fake.resetCalls();
  script.call('HWBC_TIER', hoursColumn(10_000));
  const tier = script.fake.census();
  const strip = ({ calls: _calls, ...c }: CallCensus & { calls: readonly string[] }): CallCensus => c;
  const created = create.calls.filter((c) => c === 'Spreadsheet.insertSheet').length;
  // A sheet's name and where its data is, then its values: the reads every sheet has.
  const reads = readsByWhat(check.calls);
  const perSheet = (total(reads.shape) + (reads.cells['Range.getValues'] ?? 0)) / sheets.length;
  const formulas = reads.cells['Range.getFormulas'] ?? 0;
  return [
    { task: 'create templates', size: `demonstration team, ${created} sheets`, census: strip(create) },
    {
      task: 'check',
      size: `${count(logRows)} log rows, ${sheets.length} sheets: each its name, data range and values (${perSheet} reads), formulas of ${formulas}`,
      census: strip(check),
      reads: describeReads(reads, sheets.length),
    },
    { task: 'HWBC_TIER (Code.js)', size: '10,000 × 1 range', census: tier },
  ];
}
