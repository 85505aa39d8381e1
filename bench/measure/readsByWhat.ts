/**
 * The check's Sheets reads, by what each asks. The line for the check is "at most two
 * reads a sheet plus a fixed few"; a sheet's cells (its values, and its formulas where the
 * check needs them) are two reads at most. Before them the check asks each sheet its name and
 * where its data ends (Sheet.getName, Sheet.getDataRange). The fake counts those two as reads,
 * because the Apps Script reference never says they come with the sheet list, but whether they
 * reach the spreadsheet only a real Apps Script account can tell. So the bench shows the groups
 * apart, and a reader sees the count under either answer.
 */
import { callKind } from '../../test/gas/fake/callKinds';

/** The check's reads in three groups, with the calls of each group counted by name. */
export interface ReadsByWhat {
  /** Values and formulas: what a sheet holds. */
  cells: Record<string, number>;
  /** Each sheet's name, and where its data ends (a far stray value is searched for: dataBoxes.ts). */
  shape: Record<string, number>;
  /** Asked once a check, whatever the sheets: the sheet list, the time zone, the properties. */
  once: Record<string, number>;
}

const CELLS = /^(Range\.(getValues|getFormulas)|Sheet\.getSheetValues)$/;
const SHAPE = /^(Sheet\.(getName|getDataRange|getLastRow|getLastColumn)|TextFinder\.(findNext|findAll))$/;

/**
 * Groups the reads among these recorded calls ("Service.method"); writes and handles are left out.
 *
 * @example
 * readsByWhat(['Spreadsheet.getSheets', 'Sheet.getName', 'Range.getValues']);
 * // { cells: { 'Range.getValues': 1 }, shape: { 'Sheet.getName': 1 }, once: { 'Spreadsheet.getSheets': 1 } }
 */
export function readsByWhat(calls: readonly string[]): ReadsByWhat {
  const out: ReadsByWhat = { cells: {}, shape: {}, once: {} };
  for (const call of calls) {
    if (callKind(call) !== 'read') continue;
    const group = CELLS.test(call) ? out.cells : SHAPE.test(call) ? out.shape : out.once;
    group[call] = (group[call] ?? 0) + 1;
  }
  return out;
}

/**
 * The reads of one group, all calls together.
 *
 * @example
 * total({ 'Sheet.getName': 10, 'Sheet.getDataRange': 10 }); // 20
 */
export const total = (group: Record<string, number>): number => Object.values(group).reduce((a, b) => a + b, 0);

/** "getValues 10, getFormulas 9": each call by its method name alone, in the order first made. */
const listed = (group: Record<string, number>) =>
  Object.entries(group)
    .map(([call, n]) => `${call.slice(call.indexOf('.') + 1)} ${n}`)
    .join(', ');

/**
 * The bench's words for the groups, over a check of `sheets` sheets.
 *
 * @example
 * describeReads(readsByWhat(calls), 10);
 * // 'cells 19 (getValues 10, getFormulas 9), 1.9 a sheet; names and data ends 20 (getName 10, getDataRange 10), 2 a sheet; once a check 3 (…)'
 */
export function describeReads(reads: ReadsByWhat, sheets: number): string {
  const perSheet = (n: number) => `${Number((n / Math.max(1, sheets)).toFixed(1))} a sheet`;
  const cells = total(reads.cells);
  const shape = total(reads.shape);
  return (
    `cells **${cells}** (${listed(reads.cells)}), ${perSheet(cells)}; ` +
    `names and data ends ${shape} (${listed(reads.shape)}), ${perSheet(shape)}; ` +
    `once a check ${total(reads.once)} (${listed(reads.once)})`
  );
}
