/**
 * The built Code.js as Apps Script and Sheets read it: every spreadsheet function a top-level
 * declaration with the JSDoc Sheets shows in autocomplete, every trigger, menu item and
 * sidebar call a top-level function, and nothing newer than ES2019 (Apps Script's V8 has no
 * class fields; libraries' optional chaining is compiled away too).
 */
import * as acorn from 'acorn';
import { FUNCTIONS, functionName } from '../../shared/functions';
import { ENTRY_POINTS } from '../../src/gas/build/entryPoints';
import { codeStubs } from '../../src/gas/build/stubSource';
import { builtFile, ensureGasBuild } from './support/builtGas';

let code = '';
/** Top-level function declarations: name, parameter names and the JSDoc just before it. */
const declared = new Map<string, { params: string[]; doc: string | null }>();

beforeAll(async () => {
  await ensureGasBuild();
  code = builtFile('Code.js');
  const comments: { text: string; end: number }[] = [];
  const program = acorn.parse(code, {
    ecmaVersion: 2019,
    sourceType: 'script',
    onComment: (block, text, _start, end) => {
      if (block) comments.push({ text, end });
    },
  });
  for (const node of program.body) {
    if (node.type !== 'FunctionDeclaration' || !node.id) continue;
    const before = comments.filter((c) => c.end <= node.start && code.slice(c.end, node.start).trim() === '');
    declared.set(node.id.name, {
      params: node.params.map((p) => (p.type === 'Identifier' ? p.name : '?')),
      doc: before.length > 0 ? before[before.length - 1].text : null,
    });
  }
}, 180_000);

describe('custom functions in Code.js', () => {
  it.each(FUNCTIONS.map((f) => [functionName(f, 'sheets'), f]))('%s is declared with its JSDoc', (name, spec) => {
    const fn = declared.get(name);
    expect(fn).toBeDefined();
    if (!fn) return;
    expect(fn.params).toEqual(spec.params.map((p) => p.name));
    const doc = fn.doc ?? '';
    expect(doc).toMatch(/@customfunction/);
    expect(doc.replace(/\s*\n\s*\*\s?/g, ' ')).toContain(spec.help.replace(/\s+/g, ' '));
    for (const p of spec.params) {
      const line = doc.split('\n').find((l) => new RegExp(`@param \\{[^}]+\\} ${p.name} `).test(l));
      expect(line).toBeDefined();
      expect(line).toContain(p.help);
      expect(line?.includes(' Optional. ')).toBe(p.optional === true);
    }
    expect(doc).toMatch(/@return \{[^}]+\} \S/);
  });

  it('declares no other custom function', () => {
    const custom = [...declared].filter(([, f]) => f.doc?.includes('@customfunction')).map(([n]) => n);
    expect(custom.sort()).toEqual(FUNCTIONS.map((f) => functionName(f, 'sheets')).sort());
  });
});

describe('entry points in Code.js', () => {
  it.each(ENTRY_POINTS.map((e) => [e.name, e]))('%s is a top-level function', (name, entry) => {
    expect(declared.get(name)?.params).toEqual(entry.params.map((p) => p.name));
  });
});

describe('the built file', () => {
  it('parses as ES2019: no class fields, optional chaining or later syntax reach Apps Script', () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  it('says it is generated and ends with the stubs the current sources generate', () => {
    expect(code.split('\n')[0]).toMatch(/GENERATED/);
    expect(code.split('\n').slice(0, 3).join(' ')).toMatch(/do not edit/);
    expect(code.trimEnd().endsWith(codeStubs())).toBe(true);
  });
});
