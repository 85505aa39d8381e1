/**
 * `hwbc check` on a large .xlsx file, as a user runs it: the synthetic workbook of 200,000 log
 * rows (2,000 coaches) saved by the .xlsx host, then checked by the compiled command line in a
 * process of its own, whose wall time and peak memory (resident set) are what is measured.
 * Targets: under a minute and 1.5 GB on a 2-core machine.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { ROOT } from '../paths';
import { coachesFor } from '../synthetic/sizes';
import { syntheticTeam } from '../synthetic/team';
import { AS_OF, createTemplateSheets } from '../synthetic/workbook';
import { elapsedMs } from '../timing';

/** What one run of the command gave. */
export interface CliCheck {
  logRows: number;
  fileMb: number;
  ms: number;
  /** CPU time of the command (user + system): the figure other work on the machine does not stretch. */
  cpuMs: number;
  peakMb: number;
  exitCode: number | null;
}

/** Runs the compiled command in a child that reports its own peak memory on stderr. */
function runCheck(file: string): { ms: number; cpuMs: number; peakMb: number; exitCode: number | null } {
  // bin/hwbc.js compiles the command line when it is missing or stale; --help only does that.
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'hwbc.js'), '--help'], { stdio: 'ignore' });
  const entry = path.join(ROOT, 'dist', 'cli', 'src', 'cli', 'main.js');
  const script = `require(${JSON.stringify(entry)}).main(['check', ${JSON.stringify(file)}, '--as-of', '${AS_OF}', '--json']).then((code) => { const u = process.resourceUsage(); process.stderr.write('PEAK ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); process.exitCode = code; });`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = elapsedMs(start, process.hrtime.bigint());
  const [, peakKb, cpuUs] = /PEAK (\d+) CPU (\d+)/.exec(r.stderr ?? '') ?? [];
  return { ms, cpuMs: Number(cpuUs ?? NaN) / 1000, peakMb: Number(peakKb ?? NaN) / 1024, exitCode: r.status };
}

/**
 * Saves the synthetic workbook of `logRows` rows as .xlsx and times `hwbc check` on it.
 *
 * @example
 * const { ms, peakMb } = await cliCheck(200_000);
 */
export async function cliCheck(logRows: number): Promise<CliCheck> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-bench-'));
  try {
    const file = path.join(dir, 'synthetic.xlsx');
    const wb = new XlsxWorkbook({ today: AS_OF });
    await createTemplateSheets(wb, syntheticTeam(coachesFor(logRows), AS_OF));
    await wb.save(file);
    const fileMb = fs.statSync(file).size / (1024 * 1024);
    return { logRows, fileMb, ...runCheck(file) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
