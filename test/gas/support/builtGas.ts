/**
 * The built add-on, dist/gas. `npm test` builds everything before jest runs; when the build
 * is older than its sources (or missing) this builds just the Apps Script target with the
 * webpack Node API. A lock keeps parallel jest workers from building at the same time.
 */
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist/gas');
const LOCK = path.join(ROOT, 'dist/.gas-build.lock');
const SOURCES = ['src/gas', 'shared', 'taskpane', 'webpack/gas.js', 'appsscript.json'];

function newestSource(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((f) => newestSource(path.join(p, f))));
}

function isFresh(): boolean {
  const files = ['Code.js', 'Sidebar.html', 'SidebarCheck.html', 'appsscript.json'].map((f) => path.join(DIST, f));
  if (!files.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  return SOURCES.every((s) => newestSource(path.join(ROOT, s)) <= built);
}

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack/gas.js'))({}, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: string): string }) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than five minutes belongs to a build that died.
      const lock = fs.statSync(LOCK, { throwIfNoEntry: false });
      const age = lock ? Date.now() - lock.mtimeMs : 0;
      if (waited > 300_000 || age > 300_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The built files as this test file saw them, read under the lock (another worker may rebuild later). */
let built: Map<string, string> | null = null;

/**
 * Makes sure dist/gas is built from the current sources and reads it; returns its folder.
 *
 * @example
 * beforeAll(() => ensureGasBuild(), 120_000);
 */
export async function ensureGasBuild(): Promise<string> {
  await withLock(async () => {
    if (!isFresh()) await build();
    built = new Map(fs.readdirSync(DIST).map((f) => [f, fs.readFileSync(path.join(DIST, f), 'utf8')]));
  });
  return DIST;
}

/** The names of the built files. */
export function builtFileNames(): string[] {
  if (!built) throw new Error('Call ensureGasBuild() in beforeAll first.');
  return [...built.keys()].sort();
}

/** The text of a built file, e.g. 'Code.js'. */
export function builtFile(name: string): string {
  const text = built?.get(name);
  if (text === undefined) throw new Error(`dist/gas has no ${name} (call ensureGasBuild() in beforeAll first).`);
  return text;
}
