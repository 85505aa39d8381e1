/**
 * Built bundles for host tests: makes sure dist/excel is a current production build, and
 * runs a built script in a Node `vm` context with stand-ins for the host's globals.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import vm from 'vm';

export const ROOT = path.join(__dirname, '..', '..');
export const EXCEL_DIST = path.join(ROOT, 'dist', 'excel');

/** What the Excel build reads; a change to any of them makes dist/excel stale. */
const EXCEL_SOURCES = ['shared', 'src/excel', 'taskpane', 'webpack/excel', 'webpack/excel.js', 'manifest.xml'];
const EXCEL_OUTPUTS = ['functions.js', 'functions.json', 'manifest.xml', 'taskpane.html', 'taskpane.js'];

function newestChange(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

function isCurrent(): boolean {
  const outputs = EXCEL_OUTPUTS.map((f) => path.join(EXCEL_DIST, f));
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  // A development build (npm start) carries source maps and a local office.js: not what ships.
  if (fs.existsSync(path.join(EXCEL_DIST, 'functions.js.map'))) return false;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const sources = EXCEL_SOURCES.map((s) => path.join(ROOT, s)).filter((s) => fs.existsSync(s));
  return Math.max(...sources.map(newestChange)) <= built;
}

function build(): void {
  // The webpack CLI in its own process, exactly as `npm run build` runs it (Excel target only).
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const result = spawnSync(process.execPath, [cli, '--mode', 'production', '--config-name', 'excel', '--no-stats'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The Excel build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * dist/excel as `npx webpack --mode production` makes it, rebuilt (Excel target only) when
 * missing, a development build, or older than its sources. Test files share one build: a
 * lock directory keeps two Jest workers from building at once.
 *
 * @example
 * beforeAll(() => ensureExcelBuild(), 120_000);
 */
export async function ensureExcelBuild(): Promise<string> {
  const lock = path.join(ROOT, 'dist', '.excel-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another worker is building; a lock older than five minutes was left by a killed run.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(lock, { force: true, recursive: true });
      if (Date.now() - started > 240_000)
        throw new Error(`Timed out waiting for ${lock}; remove it if no build is running.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!isCurrent()) build();
  } finally {
    fs.rmSync(lock, { force: true, recursive: true });
  }
  return EXCEL_DIST;
}

/**
 * Runs a built script in a fresh `vm` context whose globals are `globals` (plus `window` and
 * `self`, as in a browser), and returns that context.
 *
 * @example
 * const ctx = loadBundle('dist/excel/functions.js', { CustomFunctions, Excel, Office });
 */
export function loadBundle(file: string, globals: Record<string, unknown> = {}): vm.Context {
  // No code generation in the context: a bundle that tried eval or new Function would throw here.
  const context = vm.createContext(
    { console, setTimeout, clearTimeout, ...globals },
    { codeGeneration: { strings: false, wasm: false } },
  );
  vm.runInContext('globalThis.window = globalThis; globalThis.self = globalThis;', context);
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  return context;
}
