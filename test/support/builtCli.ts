/**
 * The compiled command line (dist/cli) that bin/hwbc.js runs, for tests that run `hwbc` as a
 * user does. `npm test` compiles it before jest starts, so a test compiles it again only when
 * it is missing or older than a source file: the same rule bin/hwbc.js applies, so the tests
 * always run today's code without paying for a second full compile.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = path.join(ROOT, 'dist/cli/src/cli/main.js');
/** What tsconfig.cli.json compiles. */
const SOURCES = ['src/cli', 'src/xlsx', 'shared'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
      newest = Math.max(newest, fs.statSync(path.join(dir, name)).mtimeMs);
  }
  return newest;
}

/**
 * True when dist/cli is older than a source file of the command line (or missing).
 *
 * @example
 * cliIsStale(); // false straight after `npx tsc -p tsconfig.cli.json`
 */
export function cliIsStale(): boolean {
  if (!fs.existsSync(ENTRY)) return true;
  const built = fs.statSync(ENTRY).mtimeMs;
  return SOURCES.some((d) => newestSource(path.join(ROOT, d)) > built);
}

/**
 * Compiles the command line to dist/cli, as `npm test` does, unless it is already current.
 *
 * @example
 * beforeAll(() => ensureCliBuilt(), 180_000);
 */
export function ensureCliBuilt(): void {
  if (!cliIsStale()) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], {
    cwd: ROOT,
  });
  // tsc leaves an unchanged file alone; the entry's time says the whole output is current.
  const now = new Date();
  fs.utimesSync(ENTRY, now, now);
}
