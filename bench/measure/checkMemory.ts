/**
 * The check's peak memory at one size, in a Node process that does nothing else: it builds the
 * synthetic workbook, notes the peak so far (the workbook alone), runs one check with its report
 * written, as a user's "Check this workbook" does, and notes the peak again. The timed runs are
 * measured apart (checkSpeed.ts): repeating the check and the read for a best-of time leaves the
 * garbage of earlier runs on the heap, which Node collects when it chooses, so the peak of that
 * process says more about the collector's timing than about what one check holds.
 */
import { spawnSync } from 'child_process';
import { checkWorkbook } from '../../shared/check';
import { AS_OF, syntheticWorkbook } from '../synthetic/workbook';

/** Peak resident memory of the process, in bytes. */
export interface CheckMemory {
  /** After building the workbook in memory, before any check. */
  workbookBytes: number;
  /** After one check with its report written: the workbook and the check together. */
  peakBytes: number;
}

const peakNow = () => process.resourceUsage().maxRSS * 1024;

/**
 * One check's peak memory at `logRows` log rows, measured in a fresh process.
 *
 * @example
 * checkMemory(400_000).peakBytes; // 1.8e9
 */
export function checkMemory(logRows: number): CheckMemory {
  const child = spawnSync(process.execPath, ['--max-old-space-size=6144', __filename, String(logRows)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`one check at ${logRows} log rows failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as CheckMemory;
}

if (require.main === module) {
  const logRows = Number(process.argv[2]);
  (async () => {
    const wb = await syntheticWorkbook(logRows);
    const workbookBytes = peakNow();
    const result = await checkWorkbook(wb, { asOf: AS_OF });
    if (result.coaches.length === 0) throw new Error('the check found no coaches');
    process.stdout.write(JSON.stringify({ workbookBytes, peakBytes: peakNow() }));
  })().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
