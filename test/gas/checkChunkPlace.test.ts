/**
 * Where the check lives in the built add-on: only in SidebarCheck.html, which the sidebar loads
 * when first used. Code.js (loaded by Apps Script for every custom function) and the sidebar
 * page carry none of the check's rules and none of zod (which only the check's saved mapping
 * uses); the server hands the file over unchanged through hwbcCheckScript.
 */
import { RULE_SEVERITY } from '../../shared/check/findings/findingRules';
import { CHECK_GLOBAL } from '../../src/gas/sidebar/lazyCheck';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { builtFile, builtFileNames, ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

const RULE_IDS = Object.keys(RULE_SEVERITY);
/** zod's own marks: every zod schema carries `_zod`, and its errors are named ZodError. */
const ZOD = /_zod\b|ZodError/;

beforeAll(() => ensureGasBuild(), 180_000);

it('ships the check as a file of its own beside Code.js and the sidebar', () => {
  expect(builtFileNames()).toEqual(['Code.js', 'Sidebar.html', 'SidebarCheck.html', 'appsscript.json']);
  const chunk = builtFile('SidebarCheck.html');
  expect(RULE_IDS.length).toBeGreaterThan(20);
  expect(RULE_IDS.filter((id) => !chunk.includes(id))).toEqual([]);
  expect(chunk).toMatch(ZOD);
  // A plain script that assigns the global the sidebar looks for.
  expect(chunk).toMatch(new RegExp(`^var ${CHECK_GLOBAL}\\b`, 'm'));
  expect(chunk).not.toMatch(/<\/?(html|script|body)\b/i);
});

it.each(['Code.js', 'Sidebar.html'])('%s carries none of the check’s rules and no zod', (file) => {
  const text = builtFile(file);
  expect(RULE_IDS.filter((id) => text.includes(id))).toEqual([]);
  expect(text).not.toMatch(ZOD);
});

it('hands the sidebar the check’s file unchanged, and no longer checks on the server', () => {
  const { global } = loadCode(new FakeGas());
  expect(global.hwbcCheckScript()).toBe(builtFile('SidebarCheck.html'));
  for (const gone of ['hwbcCheckWorkbook', 'hwbcGuessMappings', 'hwbcSignOffPack', 'hwbcCreateTemplates']) {
    expect(global[gone]).toBeUndefined();
  }
});
