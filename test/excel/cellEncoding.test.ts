/**
 * Port values to Office.js cells and back: text never turns into a formula or a number,
 * dates are serials, blanks clear, and a formula is told apart from text that looks like one.
 */
import { encodeBlock, fromExcelCell, textForExcel, toExcelInput } from '../../src/excel/workbook/cellEncoding';

describe('textForExcel', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-5', "'-5"],
    ['@mention', "'@mention"],
    ["'quoted'", "''quoted'"],
    ['0012', "'0012"],
    ['12.5', "'12.5"],
    ['.5', "'.5"],
    ['15/03/2026', "'15/03/2026"],
    ['Mar 2026', "'Mar 2026"],
    ['50%', "'50%"],
    ['£1,000', "'£1,000"],
    ['(12)', "'(12)"],
    ['TRUE', "'TRUE"],
    ['false ', "'false "],
    ['#N/A', "'#N/A"],
  ])('keeps %j as text', (text, written) => {
    expect(textForExcel(text)).toBe(written);
  });

  it.each(['Jo Bloggs', 'Coach 1', 'Clinical supervision', 'Truefit Ltd', '<img src=x onerror=alert(1)>', ''])(
    'leaves %j as it is: Excel cannot read it as anything but text',
    (text) => {
      expect(textForExcel(text)).toBe(text);
    },
  );
});

describe('toExcelInput', () => {
  it('turns each kind of port value into a cell of range.formulas', () => {
    expect(toExcelInput(null, '1900')).toBe('');
    expect(toExcelInput(7, '1900')).toBe(7);
    expect(toExcelInput(false, '1900')).toBe(false);
    expect(toExcelInput({ formula: '=SUM(A1:A3)' }, '1900')).toBe('=SUM(A1:A3)');
    expect(toExcelInput({ date: '2026-03-15' }, '1900')).toBe(46096);
    expect(toExcelInput({ date: '2026-03-15' }, '1904')).toBe(46096 - 1462);
    // The 1900 system's fictitious 29 February 1900 shifts every later date by one.
    expect(toExcelInput({ date: '1900-02-28' }, '1900')).toBe(59);
    expect(toExcelInput({ date: '1900-03-01' }, '1900')).toBe(61);
  });
});

describe('encodeBlock', () => {
  it('gives no number formats at all for a block without dates', () => {
    expect(encodeBlock([['a', 1]], '1900')).toEqual({ rows: 1, cols: 2, formulas: [['a', 1]], numberFormat: null });
  });

  it('is empty for an empty block', () => {
    expect(encodeBlock([], '1900')).toMatchObject({ rows: 0, cols: 0, formulas: [] });
  });
});

describe('fromExcelCell', () => {
  it('reads "" as a blank and keeps numbers, booleans and text', () => {
    expect(fromExcelCell('', '')).toEqual({ value: null, formula: null });
    expect(fromExcelCell(0, 0)).toEqual({ value: 0, formula: null });
    expect(fromExcelCell(true, true)).toEqual({ value: true, formula: null });
    expect(fromExcelCell('Asha', 'Asha')).toEqual({ value: 'Asha', formula: null });
  });

  it('keeps a formula only where the cell has one', () => {
    expect(fromExcelCell(1, '=HWBC.TIER(120)')).toEqual({ value: 1, formula: '=HWBC.TIER(120)' });
    expect(fromExcelCell('', '=IF(A1="","",A1)')).toEqual({ value: null, formula: '=IF(A1="","",A1)' });
    // Text written with a quote prefix reads back with its own text as the "formula".
    expect(fromExcelCell('=1+1', '=1+1')).toEqual({ value: '=1+1', formula: null });
    expect(fromExcelCell('=1+1', "'=1+1")).toEqual({ value: '=1+1', formula: null });
  });
});
