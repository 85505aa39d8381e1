/**
 * A quick run of some of the bench's measurements while working on one of them:
 * `node build/bench/bench/quick.js functions` (cold starts and a million-cell call) or
 * `… check 100000` (the check against a read at one size). `npm run bench` runs them all.
 */
import { checkSpeed } from './measure/checkSpeed';
import { coldStartMs } from './measure/coldStart';
import { excelSupervisionDueMs, sheetsSupervisionDueMs } from './measure/supervisionDueColumn';
import { formatMs } from './timing';

async function main(): Promise<void> {
  const [what, size] = process.argv.slice(2);
  if (what === 'functions') {
    process.stdout.write(`cold functions.js ${formatMs(coldStartMs('excel'))}\n`);
    process.stdout.write(`cold Code.js ${formatMs(coldStartMs('sheets'))}\n`);
    process.stdout.write(`1M functions.js ${formatMs(await excelSupervisionDueMs(1_000_000, 1))}\n`);
    process.stdout.write(`1M Code.js ${formatMs(await sheetsSupervisionDueMs(1_000_000, 1))}\n`);
  } else {
    const s = await checkSpeed(Number(size ?? 100_000), 2);
    process.stdout.write(`${JSON.stringify(s)} ratio ${(s.checkMs / s.readMs).toFixed(2)}\n`);
  }
}

void main();
