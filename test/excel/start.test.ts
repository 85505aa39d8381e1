/**
 * `npm start` (scripts/start.js): serves the Excel add-in and the demo page on one address
 * and says plainly how to sideload the add-in, including when HTTPS is not available.
 */
import { spawn } from 'child_process';
import path from 'path';
import { ensureExcelBuild, ROOT } from '../support/loadBundle';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require('../../scripts/start.js') as {
  instructions(base: string, o: { https: boolean; trusted: boolean; port: number }): string;
  parseArgs(argv: string[]): { port: number; build: boolean; http: boolean };
};

describe('what npm start prints', () => {
  const manifest = path.join(ROOT, 'dist', 'excel', 'manifest.xml');

  it('gives the addresses and how to sideload in Excel on the web, Windows and Mac', () => {
    const text = start.instructions('https://localhost:3000', { https: true, trusted: true, port: 3000 });
    expect(text).toContain('https://localhost:3000/demo.html');
    expect(text).toContain('https://localhost:3000/taskpane.html');
    expect(text).toContain(manifest);
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain('office-addin-debugging start dist/excel/manifest.xml desktop');
    expect(text).toContain('Trusted Add-in Catalogs');
    expect(text).toContain('Containers/com.microsoft.Excel/Data/Documents/wef');
    expect(text).not.toMatch(/WARNING|NOTE/);
  });

  it('says plainly when the certificate is not trusted, or when there is no HTTPS at all', () => {
    expect(start.instructions('https://localhost:3000', { https: true, trusted: false, port: 3000 })).toContain(
      'not trusted by this computer',
    );
    const http = start.instructions('http://localhost:3000', { https: false, trusted: false, port: 3000 });
    expect(http).toContain('WARNING: this is plain HTTP');
    expect(http).toContain('sideloading will not work');
  });

  it('reads its options and refuses unknown ones', () => {
    expect(start.parseArgs([])).toEqual({ port: 3000, build: true, http: false });
    expect(start.parseArgs(['--port', '0', '--no-build', '--http'])).toEqual({ port: 0, build: false, http: true });
    expect(() => start.parseArgs(['--prot', '1'])).toThrow('Unknown option "--prot"');
  });
});

describe('the server npm start runs', () => {
  beforeAll(() => ensureExcelBuild(), 240_000);

  it('serves the task pane, the manifest’s files and the demo page until stopped', async () => {
    const child = spawn(process.execPath, ['scripts/start.js', '--no-build', '--http', '--port', '0'], { cwd: ROOT });
    try {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not start:\n${out}`)), 20_000);
        child.stdout.on('data', () => {
          const m = /(http:\/\/localhost:\d+)\/demo\.html/.exec(out);
          if (m && out.includes('Press Ctrl+C')) {
            clearTimeout(timer);
            resolve(m[1].replace('localhost', '127.0.0.1'));
          }
        });
      });
      const status = async (file: string) => (await fetch(`${base}/${file}`)).status;
      expect(await status('taskpane.html')).toBe(200);
      expect(await status('functions.json')).toBe(200);
      expect(await status('assets/icon-80.png')).toBe(200);
      expect(await status('no-such-file.html')).toBe(404);
      if (out.includes('dist/demo is missing')) throw new Error('dist/demo is missing: build it first (npm run build)');
      expect(await status('demo.html')).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
