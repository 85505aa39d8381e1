/**
 * What the Excel build writes to dist/excel: functions.json exactly as the generator makes it
 * now, the manifest on the chosen base address, every file the manifest names, the icons,
 * and a task pane page that loads office.js from Microsoft in production and from the local
 * copy in development.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { functionsJson } from '../../src/excel/functionsMetadata';
import { FUNCTIONS } from '../../shared/functions';
import { ensureExcelBuild, ROOT } from '../support/loadBundle';
import { parseXml, urls } from './manifestXml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const baseUrl = require('../../webpack/excel/baseUrl') as {
  DEFAULT_BASE_URL: string;
  builtManifest(xml: string, base: string): string;
  resolveBaseUrl(env: { baseUrl?: string }, environment: Record<string, string | undefined>): string;
};

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const addinUrls = (xml: string) => urls(parseXml(xml)).filter((u) => !/schemas\.microsoft\.com|w3\.org/.test(u));

function pngSize(file: string): { width: number; height: number } {
  const png = fs.readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function scripts(html: string): { src: string | null; inline: boolean }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    src: /\bsrc=["']?([^"'\s>]+)/.exec(m[1])?.[1] ?? null,
    inline: m[2].trim().length > 0,
  }));
}

describe('the base address', () => {
  const { resolveBaseUrl } = baseUrl;

  it('comes from --env baseUrl first, then HWBC_BASE_URL, then https://localhost:3000', () => {
    const environment = { HWBC_BASE_URL: 'https://from-environment.example' };
    expect(resolveBaseUrl({ baseUrl: 'https://from-command-line.example' }, environment)).toBe(
      'https://from-command-line.example',
    );
    expect(resolveBaseUrl({}, environment)).toBe('https://from-environment.example');
    expect(resolveBaseUrl({}, {})).toBe('https://localhost:3000');
  });

  it('keeps a path, drops a trailing slash, and refuses anything but plain https', () => {
    expect(resolveBaseUrl({ baseUrl: 'https://trust.nhs.example/hwbc/' }, {})).toBe('https://trust.nhs.example/hwbc');
    expect(() => resolveBaseUrl({ baseUrl: 'http://trust.nhs.example' }, {})).toThrow('must start with https://');
    expect(() => resolveBaseUrl({ baseUrl: 'trust.nhs.example' }, {})).toThrow('is not a web address');
    expect(() => resolveBaseUrl({ baseUrl: 'https://x.example/?a=1' }, {})).toThrow('without ?, #');
  });
});

describe('the production build (dist/excel)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await ensureExcelBuild();
  }, 240_000);

  it('writes functions.json exactly as the generator makes it now, with every function', () => {
    const built = read(dir, 'functions.json');
    expect(built).toBe(functionsJson());
    const ids = JSON.parse(built).functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(FUNCTIONS.map((f) => f.name));
  });

  it('writes the manifest on the chosen base address, without the source’s comments', () => {
    const chosen = baseUrl.resolveBaseUrl({}, process.env);
    const built = read(dir, 'manifest.xml');
    expect(built).toBe(baseUrl.builtManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), chosen));
    expect(built).not.toContain('<!--');
    for (const u of addinUrls(built)) expect(u.startsWith(`${chosen}/`)).toBe(true);
  });

  it('holds every file the manifest names', () => {
    const chosen = baseUrl.resolveBaseUrl({}, process.env);
    const files = addinUrls(read(dir, 'manifest.xml')).map((u) => u.slice(chosen.length + 1));
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'help.html']));
    expect(files.filter((f) => !fs.existsSync(path.join(dir, f)))).toEqual([]);
  });

  it('draws every icon at the size its name says', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(dir, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('loads office.js from Microsoft’s CDN, then the three bundles, and no inline script', () => {
    const html = read(dir, 'taskpane.html');
    expect(scripts(html)).toEqual([
      { src: CDN_OFFICE_JS, inline: false },
      { src: 'functions.js', inline: false },
      { src: 'commands.js', inline: false },
      { src: 'taskpane.js', inline: false },
    ]);
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(html).toContain('href=pane.css');
  });

  it('ships no source maps, no local office.js and no development address', () => {
    const files = fs.readdirSync(dir, { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('office-js'))).toEqual([]);
    for (const f of files.filter((x) => /\.(js|html)$/.test(x))) {
      const text = read(dir, f);
      expect({ f, sourceMap: text.includes('sourceMappingURL'), localhost: text.includes('localhost') }).toEqual({
        f,
        sourceMap: false,
        localhost: false,
      });
    }
  });
});

describe('a development build with a base address', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-excel-dev-'));
  beforeAll(() => {
    const cli = require.resolve('webpack-cli/bin/cli.js');
    const args = ['--mode', 'development', '--config-name', 'excel', '--no-stats'];
    const env = ['--env', `excelOut=${out}`, '--env', 'baseUrl=https://example.test/hwbc/'];
    const run = spawnSync(process.execPath, [cli, ...args, ...env], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`The development build failed:\n${run.stdout}\n${run.stderr}`);
  }, 240_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('carries the base address given on the command line in every manifest URL', () => {
    const found = addinUrls(read(out, 'manifest.xml'));
    expect(found.length).toBeGreaterThan(8);
    for (const u of found) expect(u.startsWith('https://example.test/hwbc/')).toBe(true);
  });

  it('loads the local copy of office.js, so nothing is fetched from outside', () => {
    const html = read(out, 'taskpane.html');
    expect(scripts(html)[0]).toEqual({ src: 'office-js/office.js', inline: false });
    expect(html).not.toContain('appsforoffice.microsoft.com');
    for (const f of ['office.js', 'excel-web-16.00.js', 'excel-win32-16.01.js', 'en-gb/office_strings.js']) {
      expect(fs.existsSync(path.join(out, 'office-js', f))).toBe(true);
    }
    expect(fs.existsSync(path.join(out, 'office-js', 'office.debug.js'))).toBe(false);
  });
});
