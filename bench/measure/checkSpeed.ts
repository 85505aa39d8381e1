/**
 * The core's speed: "Check this workbook" on the synthetic workbook of 1,000 coaches and
 * 100,000 log rows held in memory, against merely reading the same sheets through the same
 * port and looking at every cell once. Their ratio is what the check itself costs; the
 * in-memory port stands in for a host so no host's speed is in the figure.
 */
import { spawnSync } from 'child_process';
import { checkWorkbook, REPORT_SETTING } from '../../shared/check';
import type { WorkbookPort } from '../../shared/workbook';
import type { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { AS_OF, syntheticWorkbook } from '../synthetic/workbook';
import { bestOf } from '../timing';
import { checkMemory, type CheckMemory } from './checkMemory';
import { medianRun } from '../medianRun';

/** The check's time and the time to read the same rows. */
export interface CheckSpeed {
  logRows: number;
  coaches: number;
  findings: number;
  /** The check as the pane runs it: report written, no monthly figures (the pane shows none). */
  checkMs: number;
  /** The check with the monthly figures too, as `hwbc check` and the PCN overview run it. */
  withMonthlyMs: number;
  readMs: number;
}

/**
 * Reads every sheet through the port and visits each cell once; returns the cells holding
 * something (so the visit cannot be optimised away).
 *
 * @example
 * await readEveryCell(await syntheticWorkbook(100_000)); // 1141832
 */
export async function readEveryCell(port: WorkbookPort): Promise<number> {
  let filled = 0;
  for (const name of await port.sheetNames()) {
    const sheet = await port.read(name);
    for (const row of sheet.values) for (const value of row) if (value !== null) filled++;
  }
  return filled;
}

/** Puts the workbook back as it was before a check wrote its report. */
async function removeReport(wb: MemoryWorkbook, sheet: string | null): Promise<void> {
  if (sheet) await wb.deleteSheet(sheet);
  wb.settings.delete(REPORT_SETTING);
}

/**
 * Times the check as the pane runs it (report written, no monthly figures), then the same with
 * the monthly figures (as `hwbc check` and the PCN overview run it), then the plain read: each
 * the best of `runs` after one untimed run, in that order (the pane's check first, so it is
 * timed no warmer than before the monthly figures were left to those who show them).
 *
 * @example
 * const { checkMs, readMs } = await checkSpeed(100_000);
 */
export async function checkSpeed(logRows: number, runs = 5): Promise<CheckSpeed> {
  const wb = await syntheticWorkbook(logRows);
  let coaches = 0;
  let findings = 0;
  let report: string | null = null;
  const timed = (monthly: boolean) =>
    bestOf(
      async () => {
        const result = await checkWorkbook(wb, { asOf: AS_OF, monthly });
        ({ reportSheet: report } = result);
        coaches = result.coaches.length;
        findings = result.findings.length;
      },
      { runs, after: () => removeReport(wb, report) },
    );
  const checkMs = await timed(false);
  const withMonthlyMs = await timed(true);
  const readMs = await bestOf(() => readEveryCell(wb), { runs });
  return { logRows, coaches, findings, checkMs, withMonthlyMs, readMs };
}

/** The check at one size, timed in a process of its own, with one check's peak memory. */
export interface CheckAtSize extends CheckSpeed, CheckMemory {
  /** The timed process's peak: its repeated checks and reads leave garbage Node collects late. */
  timedPeakBytes: number;
  /** Each timed process's check ÷ read, lowest first; the middle one's times are shown. */
  ratios: number[];
}

/**
 * Processes timed at each size from 100,000 log rows: the middle ratio of five is shown. Single
 * processes at 100,000 rows on a quiet 2-core machine gave 1.9× to 2.6× in one evening; the
 * middle of three still moved by a tenth from run to run, the middle of five less.
 */
const LARGE_PROCESSES = 5;

/** One size timed in a fresh Node process. */
function timedProcess(logRows: number, runs: number): CheckSpeed & { peakBytes: number } {
  const child = spawnSync(process.execPath, ['--max-old-space-size=6144', __filename, String(logRows), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`the check at ${logRows} log rows failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as CheckSpeed & { peakBytes: number };
}

/**
 * Runs a timed process takes the best of: five, as the rest of the bench; two at the largest
 * size, where one run of the check takes seconds. At 100,000 rows two runs left the ratio
 * moving from 1.6× to 2.4× between processes (a read slowed by a collection, the check not yet
 * fully compiled after one warm-up), five from 2.0× to 2.25×, at about the same middle.
 */
const runsAt = (logRows: number) => (logRows >= 400_000 ? 2 : 5);

/**
 * The check at each size, each timed in fresh Node processes (best of runsAt runs, and from
 * 100,000 rows the process with the middle ratio of five: medianRun.ts), and its peak memory
 * for one check in another (checkMemory.ts).
 *
 * @example
 * (await checkAtSizes([1_000, 10_000]))[1].checkMs; // 61.2
 */
export function checkAtSizes(sizes: readonly number[]): CheckAtSize[] {
  return sizes.map((logRows) => {
    const large = logRows >= 100_000;
    const timings = Array.from({ length: large ? LARGE_PROCESSES : 1 }, () => timedProcess(logRows, runsAt(logRows)));
    const { run: timed, ratios } = medianRun(timings, (t) => t.checkMs / t.readMs);
    return { ...timed, timedPeakBytes: timed.peakBytes, ratios, ...checkMemory(logRows) };
  });
}

if (require.main === module) {
  const [logRows, runs] = process.argv.slice(2).map(Number);
  checkSpeed(logRows, runs).then(
    (speed) => {
      const peakBytes = process.resourceUsage().maxRSS * 1024;
      process.stdout.write(JSON.stringify({ ...speed, peakBytes }));
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
