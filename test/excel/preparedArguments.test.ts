/**
 * A range Excel passes is handed to the core as it is when it holds nothing to undo (no error
 * cells, no 0 standing for a blank date): a million-cell column is not copied cell by cell.
 */
import type { ParamSpec } from '../../shared/functions';
import { prepareArgument } from '../../src/excel/functions/excelArguments';

const DATE: ParamSpec = { name: 'last_date', help: '', type: 'date' };
const HOURS: ParamSpec = { name: 'hours', help: '', type: 'hours' };

describe('an argument range from Excel', () => {
  it('is passed on as the same array when it holds only values the core reads as they are', () => {
    const column = [[46096], [null], ['2026-03-15'], [46100]];
    const prepared = prepareArgument(DATE, column);
    expect(prepared.value).toBe(column);
    expect(prepared.errors).toBeNull();
  });

  it('keeps 0 for hours, where it is a value, without copying', () => {
    const column = [[0], [12]];
    expect(prepareArgument(HOURS, column).value).toBe(column);
  });

  it('is copied, the original untouched, when a 0 stands for a blank date or a cell holds an error', () => {
    const column = [[46096], [0], [{ code: '#N/A' }]];
    const prepared = prepareArgument(DATE, column);
    expect(prepared.value).toEqual([[46096], [null], [null]]);
    expect(prepared.errors).toEqual([[null], [null], ['#N/A']]);
    expect(column).toEqual([[46096], [0], [{ code: '#N/A' }]]);
  });
});

describe('a single cell from Excel (a 1×1 matrix)', () => {
  it('is handed on as the value itself, as Google Sheets passes one cell', () => {
    expect(prepareArgument(DATE, [[46096]])).toEqual({ value: 46096, errors: null });
    expect(prepareArgument(HOURS, [['12h']])).toEqual({ value: '12h', errors: null });
  });

  it('still reads 0 in a date cell as a blank, and sets an error cell aside', () => {
    expect(prepareArgument(DATE, [[0]])).toEqual({ value: null, errors: null });
    expect(prepareArgument(HOURS, [[0]])).toEqual({ value: 0, errors: null });
    expect(prepareArgument(DATE, [[{ code: '#N/A' }]])).toEqual({ value: null, errors: [['#N/A']] });
  });

  it('leaves a one-row or one-column range of more cells a range', () => {
    expect(prepareArgument(HOURS, [[1, 2]]).value).toEqual([[1, 2]]);
    expect(prepareArgument(HOURS, [[1], [2]]).value).toEqual([[1], [2]]);
  });
});
