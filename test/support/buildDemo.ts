/**
 * Builds the demo page (webpack/demo.js, production mode) into dist/demo when it is missing
 * or older than any of its sources. A lock directory keeps two test files from building at
 * once; the second waits and then finds the build fresh. Each test file serves its own copy.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
export const DEMO_DIR = path.join(ROOT, 'dist/demo');
const OUTPUTS = ['demo.html', 'demo.js', 'pane.css', 'demo.css', 'overview.html', 'overview.js', 'overviewWorker.js'];
const SOURCES = ['taskpane', 'overview', 'src/demo', 'src/xlsx', 'shared', 'webpack/demo.js', 'webpack/shared'];
const LOCK = path.join(ROOT, 'dist/.demo-build.lock');

function newest(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((f) => newest(path.join(p, f))));
}

function stale(): boolean {
  const files = OUTPUTS.map((f) => path.join(DEMO_DIR, f));
  if (!files.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  return Math.max(...SOURCES.map(newest)) > built;
}

async function lock(): Promise<() => void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      fs.mkdirSync(LOCK);
      return () => fs.rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // A lock left by a killed run is taken over after two minutes.
      if (waited > 120_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack/demo.js'))({}, { mode: 'production' });
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) =>
      compiler.close(() => (err || !s ? reject(err ?? new Error('webpack gave no stats')) : resolve(s))),
    ),
  );
  if (stats.hasErrors()) throw new Error(`The demo page did not build:\n${stats.toString('errors-only')}`);
}

/**
 * Makes sure dist/demo is built from the current sources, and gives a private copy of it to
 * serve: a later rebuild (another test file, `npm start`) then cannot pull files away mid-test.
 *
 * @example
 * const dir = await buildDemo(); // a temp dir with demo.html, demo.js, pane.css, demo.css
 */
export async function buildDemo(): Promise<string> {
  const release = await lock();
  try {
    if (stale()) await build();
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-demo-'));
    fs.cpSync(DEMO_DIR, copy, { recursive: true });
    return copy;
  } finally {
    release();
  }
}
