/**
 * The Apps Script project: the manifest asks for exactly the two scopes the add-on needs, and
 * dist/gas holds exactly what clasp should push.
 */
import fs from 'fs';
import path from 'path';
import { builtFile, builtFileNames, ensureGasBuild, ROOT } from './support/builtGas';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));

beforeAll(() => ensureGasBuild(), 180_000);

describe('appsscript.json', () => {
  it('asks for exactly the current spreadsheet and the container UI scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8 in London time with exceptions logged, and uses no other service', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/London');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest).sort()).toEqual(
      ['dependencies', 'exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone'].sort(),
    );
  });

  it('is pushed unchanged', () => {
    expect(JSON.parse(builtFile('appsscript.json'))).toEqual(manifest);
  });
});

describe('the pushed folder', () => {
  it('holds appsscript.json, Code.js, Sidebar.html and SidebarCheck.html, and nothing else', () => {
    expect(builtFileNames()).toEqual(['Code.js', 'Sidebar.html', 'SidebarCheck.html', 'appsscript.json']);
  });

  it('is where .clasp.json points, with a placeholder script id', () => {
    const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'));
    expect(clasp).toEqual({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist/gas' });
  });

  it('uses only the services the scopes allow: no network, Drive, mail or triggers', () => {
    const code = builtFile('Code.js');
    for (const service of ['UrlFetchApp', 'DriveApp', 'GmailApp', 'MailApp', 'ScriptApp.newTrigger', 'CacheService']) {
      expect(code).not.toContain(service);
    }
  });
});
