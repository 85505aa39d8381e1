/**
 * The measurements as rows of the bench's table, in plain words.
 */
import type { BundleSize } from './measure/bundleSizes';
import type { CheckSpeed } from './measure/checkSpeed';
import type { HostCalls } from './measure/hostCalls';
import type { OfficePayload } from './measure/officeCalls';
import type { PcnCheck } from './measure/pcnCheck';
import type { TableRow } from './table';
import type { CliCheck } from './measure/cliCheck';
import { count, formatMs } from './timing';

const perSecond = (rows: number, ms: number) => `${count((rows * 1000) / ms)} log rows/s`;

/**
 * The core check, the plain read and their ratio.
 *
 * @example
 * checkRows(speed)[2].result; // '**6.8×**'
 */
export function checkRows(s: CheckSpeed): TableRow[] {
  const size = `${count(s.coaches)} coaches, ${count(s.logRows)} log rows`;
  return [
    {
      measurement: 'Check this workbook (core, in-memory workbook, report written, as the pane runs it)',
      size,
      result: `${formatMs(s.checkMs)} (${perSecond(s.logRows, s.checkMs)}, ${count(s.findings)} findings)`,
    },
    {
      measurement: 'Read the same sheets through the same port, every cell once',
      size,
      result: `${formatMs(s.readMs)} (${perSecond(s.logRows, s.readMs)})`,
    },
    { measurement: 'Check ÷ read', size, result: `**${(s.checkMs / s.readMs).toFixed(1)}×**` },
  ];
}

/**
 * The rows for `hwbc check` on a large file: its time and peak memory against the targets.
 *
 * @example
 * cliCheckRows({ logRows: 200_000, fileMb: 9.1, ms: 41000, cpuMs: 39000, peakMb: 1100, exitCode: 0 });
 */
export function cliCheckRows(c: CliCheck): TableRow[] {
  const size = `${count(c.logRows)} log rows, ${c.fileMb.toFixed(1)} MB .xlsx`;
  const failed = c.exitCode === 0 ? '' : ` (exit ${String(c.exitCode)})`;
  return [
    {
      measurement: '`hwbc check` of an .xlsx file, wall time (target under 1 min)',
      size,
      result: `${formatMs(c.ms)}${failed} (CPU ${formatMs(c.cpuMs)})`,
    },
    { measurement: '`hwbc check`, peak memory (target under 1.5 GB)', size, result: `${Math.round(c.peakMb)} MB` },
  ];
}

/**
 * Host calls of each task on each host, at each size (and createTemplates itself).
 *
 * @example
 * hostCallRows(calls)[0].result; // '11 / 11 context.sync()'
 */
export function hostCallRows(calls: readonly HostCalls[]): TableRow[] {
  return calls.map((c) => ({
    measurement: `Host calls: ${c.task}, ${c.host} fake`,
    size:
      c.bySize.map((s) => count(s.logRows)).join(' / ') +
      ' log rows' +
      (c.demonstration === undefined ? '' : ' / demonstration team'),
    result:
      [...c.bySize.map((s) => s.calls), ...(c.demonstration === undefined ? [] : [c.demonstration])].join(' / ') +
      ` ${c.unit}`,
  }));
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;

/**
 * The check through the Office.js fake at full size: round trips and the largest of each.
 *
 * @example
 * officePayloadRows(1000, 100_000, payload)[0].result; // '31 context.sync(); largest request 0.01 MB, largest response 3.21 MB'
 */
export function officePayloadRows(coaches: number, logRows: number, p: OfficePayload): TableRow[] {
  return [
    {
      measurement: 'Check this workbook through the Office.js fake (5 MB limit enforced), report written',
      size: `${count(coaches)} coaches, ${count(logRows)} log rows`,
      result:
        `${count(p.syncs)} context.sync(); largest request ${megabytes(p.largestRequest)}, ` +
        `largest response ${megabytes(p.largestResponse)}`,
    },
  ];
}

/**
 * One custom-function call over a range, through each built script.
 *
 * @example
 * functionRows(10_000, 25.1, 27.0)[0].measurement; // 'HWBC.TIER, one call (dist/excel/functions.js)'
 */
export function functionRows(rows: number, excelMs: number, sheetsMs: number): TableRow[] {
  const size = `${count(rows)} × 1 range`;
  return [
    { measurement: 'HWBC.TIER, one call (dist/excel/functions.js)', size, result: formatMs(excelMs) },
    { measurement: 'HWBC_TIER, one call (dist/gas/Code.js)', size, result: formatMs(sheetsMs) },
  ];
}

/**
 * Each bundle's size, minified and gzipped.
 *
 * @example
 * bundleRows(sizes)[0].result; // '476,565 B minified, 121,682 B gzipped'
 */
export function bundleRows(sizes: readonly BundleSize[]): TableRow[] {
  return sizes.map((b) => ({
    measurement: `Bundle: ${b.name}`,
    size: b.files.join(' + '),
    result: `${count(b.minified)} B minified, ${count(b.gzipped)} B gzipped`,
  }));
}

/**
 * `hwbc check` over a PCN's workbooks: wall time and peak memory of the command line.
 *
 * @example
 * pcnRows(pcn)[0].result; // '41.2 s (CPU 70.3 s over all threads), peak memory 612 MB'
 */
export function pcnRows(p: PcnCheck): TableRow[] {
  return [
    {
      measurement: `hwbc check over a PCN's workbooks (command line, ${p.threads} worker threads, JSON out; target under 1 min)`,
      size: `${count(p.workbooks)} workbooks, one coach and a year's logs each (${count(p.logRows)} log rows)`,
      result: `${formatMs(p.ms)} (CPU ${formatMs(p.cpuMs)} over all threads), peak memory ${count(p.peakMb)} MB`,
    },
  ];
}
