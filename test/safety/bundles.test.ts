/**
 * What the add-in promises about itself, checked on the built files: no network calls and no
 * generated code in anything that runs in Excel, Google Sheets or the browser.
 */
import fs from 'fs';
import path from 'path';

const DIST = path.join(__dirname, '..', '..', 'dist');

/** The files that run in a host: scripts and the self-contained sidebar page. */
function shippedFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['excel', 'gas', 'demo']) {
    const root = path.join(DIST, dir);
    if (!fs.existsSync(root)) continue;
    for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
      // office.js is Microsoft's own library, copied only into development builds.
      if (/\.(js|html)$/.test(f) && !/(^|\/)office(\.debug)?\.js$/.test(f) && !f.includes('office-js')) {
        files.push(path.join(root, f));
      }
    }
  }
  return files;
}

const FORBIDDEN: [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['UrlFetchApp', /UrlFetchApp/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  // The Function constructor without `new` generates code just the same.
  ['Function(…)', /(^|[^.\w$])Function\s*\(/m],
  ['importScripts', /importScripts\s*\(/],
];

describe('built bundles', () => {
  const files = shippedFiles();

  it('exist (run the production build first: npx webpack --mode production)', () => {
    const names = files.map((f) => path.relative(DIST, f));
    expect(names).toEqual(expect.arrayContaining(['gas/Code.js', 'gas/Sidebar.html']));
    expect(names.some((n) => n.startsWith('excel/') && n.includes('functions'))).toBe(true);
    expect(names.some((n) => n.startsWith('excel/') && n.includes('taskpane'))).toBe(true);
  });

  it.each(FORBIDDEN)('contain no %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(DIST, f))).toEqual([]);
  });

  it('are plain ASCII in Excel (each other character written as an escape)', () => {
    // One character outside ASCII makes the engine hold a whole script as two-byte text,
    // which it scans and compiles markedly slower: functions.js is compiled before a
    // workbook's first custom function gives its result.
    const excel = files.filter((f) => path.relative(DIST, f).startsWith('excel') && f.endsWith('.js'));
    expect(excel.length).toBeGreaterThan(0);
    const offenders = excel.filter((f) => /[\u0080-\uffff]/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(DIST, f))).toEqual([]);
  });

  it('carry no source maps in production', () => {
    for (const dir of ['excel', 'gas']) {
      const all = fs.readdirSync(path.join(DIST, dir), { recursive: true }) as string[];
      expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
      for (const f of all.filter((x) => x.endsWith('.js'))) {
        expect(fs.readFileSync(path.join(DIST, dir, f), 'utf8')).not.toMatch(/sourceMappingURL/);
      }
    }
  });
});
