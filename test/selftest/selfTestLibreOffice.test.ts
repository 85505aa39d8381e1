/**
 * The self-test's native parts in LibreOffice: the PASS/FAIL formulas and the total, with
 * each Result cell holding what a working add-in gives (the expected answer, as a formula
 * for #N/A and an empty result) and, in a second copy, what a broken one would give.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SELF_TEST_SHEET, selfTestSheet } from '../../shared/selftest';
import type { SheetSpec, WriteValue } from '../../shared/workbook';
import { recalculateAll } from '../support/libreoffice';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const isFormula = (v: WriteValue): v is { formula: string } => v !== null && typeof v === 'object' && 'formula' in v;

/** The sheet with each Result cell (column C) holding `answer(expected)` instead of the function. */
function answered(spec: SheetSpec, answer: (expected: WriteValue) => WriteValue): SheetSpec {
  const rows = spec.rows.map((row, i) => {
    if (i === 0) return row;
    const copy = [...row];
    copy[2] = answer(row[3]);
    return copy;
  });
  return { ...spec, rows };
}

/** What a working add-in shows for an expected answer. */
function working(expected: WriteValue): WriteValue {
  if (expected === null) return { formula: '=""' };
  if (expected === '#N/A') return { formula: '=NA()' };
  return expected;
}

/** A wrong answer of every kind: a number one off, other text, the other boolean, an error for a blank. */
function broken(expected: WriteValue): WriteValue {
  if (expected === null) return 0;
  if (expected === '#N/A') return 'N/A';
  if (typeof expected === 'number') return expected + 1;
  if (typeof expected === 'boolean') return !expected;
  if (typeof expected === 'string') return `${expected}!`;
  if (!isFormula(expected) && 'date' in expected) return { formula: '=NA()' };
  return null;
}

async function write(spec: SheetSpec, file: string): Promise<void> {
  const workbook = new XlsxWorkbook();
  await workbook.addSheet(spec);
  await workbook.save(file);
}

it('says PASS on every row and in the total when each result is right, FAIL on every row when each is wrong', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-selftest-'));
  const spec = selfTestSheet('excel');
  const good = path.join(dir, 'good.xlsx');
  const bad = path.join(dir, 'bad.xlsx');
  await write(answered(spec, working), good);
  await write(answered(spec, broken), bad);
  const [goodBook, badBook] = await recalculateAll([good, bad]);
  const checks = spec.rows.length - 1;
  const passColumn = (book: Record<string, string[][]>) => book[SELF_TEST_SHEET].slice(2, 2 + checks).map((r) => r[4]);

  expect(passColumn(goodBook)).toEqual(new Array(checks).fill('PASS'));
  expect(goodBook[SELF_TEST_SHEET][1][4]).toBe('PASS');
  expect(goodBook[SELF_TEST_SHEET][1][1]).toBe(`${checks} of ${checks} checks pass`);

  expect(passColumn(badBook)).toEqual(new Array(checks).fill('FAIL'));
  expect(badBook[SELF_TEST_SHEET][1][4]).toBe('FAIL');
  expect(badBook[SELF_TEST_SHEET][1][1]).toBe(`0 of ${checks} checks pass`);
  fs.rmSync(dir, { recursive: true, force: true });
}, 300_000);
