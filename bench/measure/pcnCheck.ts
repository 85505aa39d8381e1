/**
 * `hwbc check` over a PCN's workbooks, as a user runs it: the compiled command line in its own
 * process on a folder of 200 coaches' own workbooks with a year's logs each, timed from start
 * to exit, with the process's peak memory (all its threads). The folder is written once and
 * kept under build/bench, since writing 200 workbooks takes longer than checking them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { coachYear, writeCoachYears } from '../synthetic/coachYear';
import { ROOT } from '../paths';
import { AS_OF } from '../synthetic/workbook';

/** The figures of one run. */
export interface PcnCheck {
  workbooks: number;
  logRows: number;
  ms: number;
  /** CPU time of the process and its threads (user + system): the figure other work on the machine does not stretch. */
  cpuMs: number;
  peakMb: number;
  threads: number;
}

/** Runs the command line's main in a child and reports its exit code and peak memory. */
const RUNNER = `
const started = process.hrtime.bigint();
require(process.argv[1]).main(process.argv.slice(2)).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  process.stderr.write('\\nPCN-BENCH ' + JSON.stringify({ code, ms, cpuMs, maxRssKb: u.maxRSS }) + '\\n');
});`;

/**
 * Checks `workbooks` coaches' workbooks through the compiled command line (`npm run bench`
 * compiles it first through bin/hwbc.js).
 *
 * @example
 * const { ms, peakMb } = await pcnCheck(200);
 */
export async function pcnCheck(workbooks: number): Promise<PcnCheck> {
  const folder = path.join(ROOT, 'build', 'bench', `pcn-${workbooks}`);
  if (!fs.existsSync(folder) || fs.readdirSync(folder).length !== workbooks) {
    fs.rmSync(folder, { recursive: true, force: true });
    await writeCoachYears(folder, workbooks, AS_OF);
  }
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'hwbc.js'), '--help']);
  const main = path.join(ROOT, 'dist', 'cli', 'src', 'cli', 'main.js');
  const out = path.join(os.tmpdir(), `hwbc-bench-pcn-${process.pid}.json`);
  const fd = fs.openSync(out, 'w');
  const run = spawnSync(process.execPath, ['-e', RUNNER, main, 'check', folder, '--as-of', AS_OF, '--json'], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.closeSync(fd);
  const line = /PCN-BENCH (.*)/.exec(run.stderr ?? '')?.[1];
  if (!line) throw new Error(`hwbc check over ${workbooks} workbooks gave no figures: ${run.stderr}`);
  const figures = JSON.parse(line) as { code: number; ms: number; cpuMs: number; maxRssKb: number };
  const coaches = (JSON.parse(fs.readFileSync(out, 'utf8')) as { coaches: unknown[] }).coaches.length;
  fs.rmSync(out, { force: true });
  if (figures.code !== 0 || coaches !== workbooks)
    throw new Error(`hwbc check over ${workbooks} workbooks: exit ${figures.code}, ${coaches} coaches`);
  const sample = coachYear(0, AS_OF).rows;
  const logRows = Object.entries(sample).reduce((n, [name, rows]) => n + (name === 'Coaches' ? 0 : rows.length), 0);
  return {
    workbooks,
    logRows: logRows * workbooks,
    ms: figures.ms,
    cpuMs: figures.cpuMs,
    peakMb: figures.maxRssKb / 1024,
    threads: Math.min(os.availableParallelism?.() ?? os.cpus().length, workbooks),
  };
}
