/**
 * The template as data: the sheets and columns the issue names, drop-downs every host can
 * take, only native functions that Excel, Google Sheets and LibreOffice all know, and formulas
 * that only read sheets created before them.
 */
import {
  COACH_INPUT_COLUMNS,
  competenciesSheet,
  CREATION_ORDER,
  SETTINGS_CELLS,
  TEMPLATE_SHEET_NAMES,
  templateSheet,
} from '../../shared/templates';
import { sampleTeam } from '../../shared/templates';
import * as fs from 'fs';
import * as path from 'path';
import { toStoredFormula } from '../../src/xlsx/futureFunctions';
import { ISSUE_HEADERS } from './issueHeaders';

const NATIVE = new Set([
  'IF',
  'AND',
  'OR',
  'NOT',
  'SUMIFS',
  'COUNTIFS',
  'MAXIFS',
  'MINIFS',
  'EDATE',
  'INDEX',
  'MATCH',
  'IFERROR',
  'VALUE',
  'MIN',
  'MAX',
  'INT',
  'ROUND',
  'ISNUMBER',
  'ISTEXT',
  'TRIM',
  'LOWER',
  'SEARCH',
  'N',
  'TODAY',
  // The Monthly summary's month rows and its distinct count of clients.
  'DATE',
  'YEAR',
  'MONTH',
  'MOD',
  'COUNT',
  'COUNTA',
  'SUMPRODUCT',
  'FREQUENCY',
  'REPT',
  'ROW',
  'ROWS',
  // Reading a date typed as text (rules/readiness/textDateFormula.ts): text functions all three share.
  'FIND',
  'SUBSTITUTE',
  'LEN',
  'LEFT',
  'MID',
  'RIGHT',
  'UPPER',
  'ISERROR',
  'ISLOGICAL',
  'DATEVALUE',
  'NA',
  // Text with a tab pasted in it (CLEAN), and a lapse worked out over a log (DAY; EDATE takes no ranges).
  'CLEAN',
  'DAY',
]);
/** Functions added after Excel 2007 that an .xlsx file must store with "_xlfn.". */
const LATER = ['MAXIFS', 'MINIFS'];

const specs = CREATION_ORDER.map((name) => templateSheet(name, sampleTeam('2026-03-20')));
const formulas = (rows: readonly (readonly unknown[])[]) =>
  rows.flatMap((r) =>
    r
      .filter((v): v is { formula: string } => typeof v === 'object' && v !== null && 'formula' in v)
      .map((v) => v.formula),
  );
const functionsIn = (f: string) => [...f.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
const sheetsIn = (f: string) => [...f.matchAll(/'([^']+)'!|\b([A-Za-z]+)!/g)].map((m) => m[1] ?? m[2]);

describe('the template definition', () => {
  it('has the eight sheets, named as the check finds them, with the columns the issue lists', () => {
    expect([...TEMPLATE_SHEET_NAMES].sort()).toEqual([...CREATION_ORDER].sort());
    for (const spec of specs) {
      expect({ sheet: spec.name, headers: spec.columns.map((c) => c.header) }).toMatchObject({
        sheet: spec.name,
        headers: expect.arrayContaining(ISSUE_HEADERS[spec.name]),
      });
      expect(spec.frozenRows).toBe(1);
      expect(spec.formatRows).toBeGreaterThanOrEqual(spec.rows.length);
      for (const h of spec.highlights) expect(spec.columns.map((c) => c.key)).toContain(h.column);
    }
    expect(templateSheet('Caseload').columns.find((c) => c.key === 'client')?.note).toMatch(
      /never a name or NHS number/i,
    );
  });

  it('records the independent Tier 2 sign-off beside the evidenced tier, typed in, as the check reads it', () => {
    const columns = templateSheet('Coaches').columns;
    const at = columns.findIndex((c) => c.key === 'evidencedTier');
    expect(columns.slice(at + 1, at + 4).map((c) => c.header)).toEqual([
      'Tier 2 sign-off by',
      'Tier 2 sign-off organisation',
      'Tier 2 sign-off date',
    ]);
    expect(columns[at + 3].numberFormat).toBe('dd mmm yyyy');
    for (const c of columns.slice(at + 1, at + 4))
      expect(c.note).toMatch(/independent of the coach's organisation.*§8\.2\.1/);
    expect(COACH_INPUT_COLUMNS.map((c) => c.key)).toContain('tier2SignOffDate');
  });

  it('offers drop-downs every host accepts: short fixed lists, or ranges on template sheets', () => {
    for (const column of specs.flatMap((s) => s.columns)) {
      if (column.list)
        expect({ column: column.key, length: column.list.join(',').length <= 255 }).toEqual({
          column: column.key,
          length: true,
        });
      if (column.listRange) expect(CREATION_ORDER).toContain(sheetsIn(column.listRange)[0]);
    }
  });

  it('uses only native functions that Excel, Google Sheets and LibreOffice share', () => {
    const { coverage } = competenciesSheet();
    const all = [...specs.flatMap((s) => formulas(s.rows)), ...formulas(coverage.block)];
    const used = new Set(all.flatMap(functionsIn));
    expect([...used].filter((f) => !NATIVE.has(f))).toEqual([]);
    for (const f of LATER) if (used.has(f)) expect(toStoredFormula(`=${f}(A:A,B:B,1)`)).toBe(`_xlfn.${f}(A:A,B:B,1)`);
  });

  it('only reads sheets created before it, except the coverage formulas written last', () => {
    specs.forEach((spec, i) => {
      const read = new Set(formulas(spec.rows).flatMap(sheetsIn));
      for (const sheet of read)
        expect({ sheet: spec.name, reads: sheet, earlier: CREATION_ORDER.slice(0, i).includes(sheet) }).toMatchObject({
          earlier: true,
        });
    });
  });

  it('is described rightly in the README: which sheets have no filters', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Template workbooks'), readme.indexOf('## Check this workbook'));
    const unfiltered = /([^.]*) have no filters\./.exec(section.replace(/\s+/g, ' '))?.[1] ?? '';
    for (const spec of specs) {
      expect({ sheet: spec.name, saidUnfiltered: unfiltered.includes(spec.name) }).toEqual({
        sheet: spec.name,
        saidUnfiltered: !spec.filter,
      });
    }
  });

  it('reads policy from the "In use" row of Settings', () => {
    const settings = templateSheet('Settings');
    expect(settings.rows.map((r) => r[0])).toEqual(['Your value', 'Default', 'In use']);
    expect(SETTINGS_CELLS.asOf).toBe('Settings!$C$4');
    expect(Object.values(SETTINGS_CELLS.policy).every((ref) => /^Settings!\$[D-H]\$4$/.test(ref))).toBe(true);
    // Each policy cell is the In use row of the column of that setting.
    for (const [key, ref] of Object.entries(SETTINGS_CELLS.policy)) {
      const col = settings.columns.findIndex((c) => c.key === key);
      expect(ref).toBe(`Settings!$${String.fromCharCode(65 + col)}$4`);
    }
    // The intervals and the warning may be overridden; the 12-month longest gap may not.
    expect(Object.keys(SETTINGS_CELLS.policy).sort()).toEqual([
      'clinicalDueMonths',
      'clinicalWindowMonths',
      'coachingMonths',
      'dueSoonDays',
      'lineMonths',
    ]);
    expect(settings.columns.map((c) => c.header).filter((h) => /longest gap/i.test(h))).toEqual([]);
    const notes = CREATION_ORDER.flatMap((name) => templateSheet(name).columns.map((c) => c.note ?? ''));
    expect(notes.filter((n) => n.includes('RULES'))).toEqual([]);
  });
});
