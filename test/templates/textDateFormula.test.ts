/**
 * textDateFormula agrees with its rule, dateFromText (the check's readDate), on dates typed as
 * text (docs/rules.md §4): each case goes through the formula, recalculated by LibreOffice, and
 * through the rule; the formula must give the same date, or nothing where the rule finds none.
 */
import { dateFromText } from '../../shared/rules/readiness/textDate';
import { textDateArrayFormula, textDateFormula } from '../../shared/rules/readiness/textDateFormula';
import { serialToIso } from '../../shared/values/dates/excelSerial';
import type { WriteValue } from '../../shared/workbook';
import type { RecalculatedWorkbook } from '../support/libreoffice';
import { caseSheet, recalculateSheets } from './caseSheet';

const CASES: WriteValue[] = [
  // ISO order, as the check writes dates and as machines export them.
  '2026-01-05',
  '2026-1-5',
  ' 2026-01-05 ',
  '2026-01-05T10:00',
  '2026-01-05T10:00:00Z',
  '2026-01-05 10:00',
  '2026-01-05T10:00+01:00',
  '2026-01-05Z',
  '2026-01-05 Tuesday',
  '2026-01-05T10:00-05:00',
  '2026-1-5 9:30',
  // A time of day however it is typed: the sheet and the check take the same tails.
  '2026-01-05 9:30am',
  '2026-01-05t10:00',
  '2026-01-05T',
  '2026-01-05  10:00',
  '2026-01-05 10:00 to 11:00',
  '2026-01-05 10',
  '2026-01-05 :30',
  '2026-01-05 at 10:00',
  '2026-02-30',
  '2026-13-01',
  '2026-00-05',
  '2026-001-05',
  '2026-01/05',
  '2026/01/05',
  '2026-01-05 to 2026-02-01',
  '1899-12-31',
  '1900-01-01',
  '0026-01-05',
  '26-01-05',
  // UK order, day first, as people type them.
  '05/01/2026',
  '5/1/2026',
  '5.1.2026',
  '05-01-2026',
  '15-1-2026',
  '29/02/2028',
  '29/02/2027',
  '31/02/2026',
  '1/2/3/2026',
  '1 /2/2026',
  '123/1/2026',
  '1/001/2026',
  '1/2/02026',
  '/1/2026',
  '1//2026',
  '01/01/1899',
  // A tab or line break pasted with the date is removed, as CLEAN removes it; a no-break space
  // is kept, as TRIM keeps it, so that text is no date on either side.
  '\t2026-03-01',
  '2026-03-01\r\n',
  '\t05/01/2026\t',
  '2026-03-01\t10:00',
  '\u00a02026-03-01',
  // Not dates at all, and values that are not text.
  'booked',
  'Yes',
  '',
  46000,
  true,
];

let book: RecalculatedWorkbook;

beforeAll(async () => {
  // The array form is worked out inside SUMPRODUCT over a one-cell range, as the log totals use
  // it, and shown as ISO text (a plain number before March 1900 is a day out between hosts).
  const rows = CASES.map((v, i) => [
    v,
    { formula: `=IFERROR(${textDateFormula(`A${i + 2}`)},"")` },
    { formula: `=IFERROR(TEXT(SUMPRODUCT(${textDateArrayFormula(`A${i + 2}:A${i + 2}`)}),"yyyy-mm-dd"),"")` },
  ]);
  book = await recalculateSheets([
    caseSheet('Text dates', [{ header: 'typed' }, { header: 'date' }, { header: 'array' }], rows),
  ]);
}, 240000);

/** What the rule (and so the check) reads from a cell: a text cell's date, or null. */
const checkReads = (v: WriteValue): string | null => (typeof v === 'string' ? dateFromText(v) : null);

describe('a date typed as text, in the template and in the check', () => {
  it.each([
    ['cell by cell', 1],
    ['over a range, as the log totals read it', 2],
  ])('gives the date readDate gives, and nothing where readDate refuses the text (%s)', (_form, column) => {
    const sheet = CASES.map((typed, i) => {
      const cell = book['Text dates'][i + 1]?.[column] ?? '';
      return { typed, date: /^\d+(\.\d+)?$/.test(cell) ? serialToIso(Math.floor(Number(cell))) : cell || null };
    });
    expect(sheet).toEqual(CASES.map((typed) => ({ typed, date: checkReads(typed) })));
  });

  it('covers dates the rule reads and text it refuses', () => {
    const read = CASES.map(checkReads);
    expect(read.filter((d) => d !== null).length).toBeGreaterThan(10);
    expect(read.filter((d) => d === null).length).toBeGreaterThan(10);
  });
});
