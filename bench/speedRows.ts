/**
 * The bench's rows for how speed holds as a PCN grows: the check at four sizes against a
 * plain read, cold starts and a million-cell call of the built custom functions, the Sheets
 * call census, and what each bundle carries.
 */
import type { BundleSize } from './measure/bundleSizes';
import { largestSources } from './measure/bundleSources';
import type { CheckAtSize } from './measure/checkSpeed';
import type { CallCensus } from '../test/support/fakeSpreadsheetApp';
import type { TableRow } from './table';
import { count, formatMs } from './timing';

const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The check against the read at each size, with what the checking adds and the peak memory.
 *
 * @example
 * checkSizeRows(sizes)[0].result; // 'check 48.1 ms, read 9.20 ms: **5.23×**, check − read 38.9 ms; with monthly figures (hwbc check) 52.0 ms: 5.7×; peak 0.12 GB (…)'
 */
export function checkSizeRows(sizes: readonly CheckAtSize[]): TableRow[] {
  return sizes.map((s) => ({
    measurement:
      'Check ÷ read, check − read (own process; the check as the pane runs it); peak memory of one check (another)',
    size:
      `${count(s.coaches)} coaches, ${count(s.logRows)} log rows` +
      (s.ratios.length > 1 ? ` (the middle of ${s.ratios.length} processes)` : ''),
    result:
      `check ${formatMs(s.checkMs)}, read ${formatMs(s.readMs)}: **${(s.checkMs / s.readMs).toFixed(2)}×**` +
      (s.ratios.length > 1
        ? ` (the ${s.ratios.length} processes: ${s.ratios.map((r) => r.toFixed(2)).join(', ')})`
        : '') +
      `, ` +
      `check − read ${formatMs(s.checkMs - s.readMs)}; with monthly figures (hwbc check) ` +
      `${formatMs(s.withMonthlyMs)}: ${(s.withMonthlyMs / s.readMs).toFixed(1)}×; peak ${gigabytes(s.peakBytes)} ` +
      `(workbook alone ${gigabytes(s.workbookBytes)}; ${gigabytes(s.timedPeakBytes)} over the timed runs)`,
  }));
}

/**
 * Cold load + first call, and one call over a million cells, in each built script.
 *
 * @example
 * functionSpeedRows({ excelCold: 3.1, sheetsCold: 9.8, excelMillion: 2100, sheetsMillion: 3400 })[0].result; // '3.10 ms'
 */
export function functionSpeedRows(t: {
  excelCold: number;
  sheetsCold: number;
  excelMillion: number;
  sheetsMillion: number;
}): TableRow[] {
  const cold = 'script run, then SUPERVISION_DUE of one date (median of 9 fresh processes)';
  const million = '1,000,000 × 1 range of dates, clinical at 0.8 WTE';
  return [
    { measurement: 'Cold load + first call (dist/excel/functions.js)', size: cold, result: formatMs(t.excelCold) },
    { measurement: 'Cold load + first call (dist/gas/Code.js)', size: cold, result: formatMs(t.sheetsCold) },
    { measurement: 'HWBC.SUPERVISION_DUE, one call (functions.js)', size: million, result: formatMs(t.excelMillion) },
    { measurement: 'HWBC_SUPERVISION_DUE, one call (Code.js)', size: million, result: formatMs(t.sheetsMillion) },
  ];
}

/**
 * Sheets calls by kind for each operation: the reads and writes reaching the spreadsheet,
 * reads that flush queued writes, and builder calls (which stay on the Apps Script side);
 * under an operation given its reads by what each asks (the check), a row of those.
 *
 * @example
 * censusRows([{ task: 'create templates', size: 'demonstration team', census }])[0].measurement;
 * // 'Sheets calls reaching the spreadsheet: create templates'
 */
export function censusRows(
  rows: readonly { task: string; size: string; census: CallCensus; reads?: string }[],
): TableRow[] {
  return rows.flatMap(({ task, size, census: c, reads }) => [
    {
      measurement: `Sheets calls reaching the spreadsheet: ${task}`,
      size,
      result:
        `**${c.reaching}** (${c.reads} reads, ${c.writes} writes), ${c.flushingReads} flushing reads; ` +
        `${c.builders} builder calls apart`,
    },
    // The check's reads by what each asks: whether a sheet's name and where its data ends reach
    // the spreadsheet is not documented, so they are shown apart from its cells (readsByWhat.ts).
    ...(reads === undefined ? [] : [{ measurement: `Sheets reads by what each asks: ${task}`, size, result: reads }]),
  ]);
}

/**
 * The five largest sources of each bundle.
 *
 * @example
 * bundleSourceRows(sizes)[0].measurement; // 'Largest sources: Task pane (Excel)'
 */
export function bundleSourceRows(sizes: readonly BundleSize[]): TableRow[] {
  return sizes.map((b) => ({
    measurement: `Largest sources: ${b.name}`,
    size: 'as bundled, before minification',
    result: largestSources(b.name)
      .map((s) => `${s.file.replace(/^node_modules\//, '')} ${kilobytes(s.size)}`)
      .join(', '),
  }));
}
