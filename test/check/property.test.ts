/**
 * Whatever the cells hold, the check finishes, every finding is well formed, and no cell
 * outside its own report changes (run twice, so replacing the report is covered too).
 */
import fc from 'fast-check';
import { checkWorkbook, REPORT_NAME } from '../../shared/check';
import { RULE_SEVERITY } from '../../shared/check/findings/findingRules';
import { SHEET_FIELDS } from '../../shared/check/find/headerSynonyms';
import { REQUIRED_FIELDS } from '../../shared/check/find/sheetKinds';
import { SHEET_KINDS, type SheetKind } from '../../shared/check/types';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

/** Headers a sheet of a kind might have: its required columns, then some of the others, shuffled. */
function headersOf(kind: SheetKind): fc.Arbitrary<string[]> {
  const first = (field: string) => SHEET_FIELDS[kind].find((f) => f.field === field)?.synonyms[0] ?? field;
  const required = REQUIRED_FIELDS[kind].map((group) => first(group[0]));
  const others = SHEET_FIELDS[kind].map((f) => f.synonyms[f.synonyms.length - 1]).filter((h) => !required.includes(h));
  return fc
    .tuple(
      fc.shuffledSubarray(others, { maxLength: Math.min(8, others.length) }),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
    )
    .chain(([some, noise]) =>
      fc.shuffledSubarray([...required, ...some, ...noise], {
        minLength: required.length + some.length + noise.length,
      }),
    );
}

/** Values a coach or log cell might hold, typed well or badly. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 60000 }),
  fc.double(),
  fc.boolean(),
  fc.date({ min: new Date('1890-01-01'), max: new Date('2200-01-01') }),
  fc.constant(new Date(NaN)),
  fc.constantFrom('12h', '60%', '30', '15/03/2026', '2026-02-30', '31/02/2026', 'Yes', 'no', 'done', 'DNA'),
  fc.constantFrom('Clinical', 'HCS', 'line', 'Group', '1:1', 'PRO-01', 'pro-1', 'XYZ', 'Jane Smith', '943 476 5919'),
  fc.constantFrom('Sam Jones', 'S01', 'Ali Khan', 'Total', '  ', '=1+1', '#VALUE!'),
);

const sheetName = fc.constantFrom(
  'Coaches',
  'Hours log',
  'Caseload',
  'Supervision log',
  'Evidence log',
  'Training',
  'Settings',
  'Team',
  'Clinical supervision',
  REPORT_NAME,
);

const settingsHeaders = fc.constant<string[]>([
  'Setting',
  'As-of date',
  'Due soon warning (days)',
  'Line management every (months)',
]);

const sheet = fc.record({
  name: sheetName,
  titleRows: fc.integer({ min: 0, max: 3 }),
  headers: fc.oneof(fc.constantFrom(...SHEET_KINDS).chain(headersOf), settingsHeaders),
  rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
});

const workbook = fc.uniqueArray(sheet, { minLength: 1, maxLength: 5, selector: (s) => s.name });

/** Each cell as text that tells apart every value, invalid dates and -0 included. */
function fingerprint(wb: MemoryWorkbook, except: string[]): string {
  const show = (v: unknown) =>
    v instanceof Date
      ? `D${v.getTime()}`
      : typeof v === 'number'
        ? `N${Object.is(v, -0) ? '-0' : v}`
        : JSON.stringify(v);
  return [...wb.sheets.values()]
    .filter((s) => !except.includes(s.name))
    .map((s) => `${s.name}:${s.values.map((r) => r.map(show).join(',')).join(';')}|${JSON.stringify(s.formulas)}`)
    .join('\n');
}

describe('the check on arbitrary cells', () => {
  it('finishes, reports well-formed findings and changes no cell but its own report', async () => {
    await fc.assert(
      fc.asyncProperty(
        workbook,
        fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31') })),
        async (sheets, asOfDate) => {
          const wb = MemoryWorkbook.withSheets(
            '2026-03-20',
            Object.fromEntries(
              sheets.map((s) => [
                s.name,
                [...Array.from({ length: s.titleRows }, () => ['Title']), s.headers, ...s.rows],
              ]),
            ),
          );
          const asOf = asOfDate && !isNaN(asOfDate.getTime()) ? asOfDate.toISOString().slice(0, 10) : undefined;
          const userReport = wb.sheets.has(REPORT_NAME);
          const before = fingerprint(wb, []);
          for (let run = 0; run < 2; run++) {
            const result = await checkWorkbook(wb, { asOf });
            const ownReport = result.reportSheet as string;
            expect(ownReport).toBe(userReport ? 'HWBC Report (2)' : REPORT_NAME);
            expect(fingerprint(wb, [ownReport])).toBe(before);
            for (const f of result.findings) {
              expect(Object.keys(RULE_SEVERITY)).toContain(f.rule);
              expect(['action', 'warning', 'note']).toContain(f.severity);
              expect(f.row === null || (Number.isInteger(f.row) && f.row >= 1)).toBe(true);
              expect(typeof f.message === 'string' && f.message.length > 0).toBe(true);
            }
            expect(['red', 'amber', 'green']).toEqual(expect.arrayContaining(result.coaches.map((c) => c.rag)));
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
