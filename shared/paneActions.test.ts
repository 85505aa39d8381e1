import { cellToSelect, formulaToInsert, PANE_MESSAGES, selectionRange } from './paneActions';

describe('formulaToInsert', () => {
  it('passes a formula through', () => {
    expect(formulaToInsert('=HWBC_TIER(250)')).toBe('=HWBC_TIER(250)');
  });

  it.each([['HWBC_TIER(250)'], [''], [42], [null]])('refuses %p, saying a formula starts with "="', (text) => {
    expect(() => formulaToInsert(text)).toThrow(`"${String(text)}" is not a formula: it should start with "="`);
  });
});

describe('cellToSelect', () => {
  it('takes a row from 1 and a column letter, or the whole row without a column', () => {
    expect(cellToSelect(7, 'K')).toEqual({ row: 7, column: 'K' });
    expect(cellToSelect(3, null)).toEqual({ row: 3, column: null });
    expect(cellToSelect(3, '')).toEqual({ row: 3, column: null });
    expect(cellToSelect(1, 'XFD')).toEqual({ row: 1, column: 'XFD' });
  });

  it.each([[0], [-2], [2.5], ['7'], [null]])('refuses the row %p, naming it', (row) => {
    expect(() => cellToSelect(row, 'A')).toThrow(/^Row must be a whole number from 1, got /);
  });

  it.each([['k'], ['K7'], ['ABCD'], [3]])('refuses the column %p, naming it', (column) => {
    expect(() => cellToSelect(2, column)).toThrow(/^Column must be a letter such as K, got /);
  });
});

describe('selectionRange and the words', () => {
  it('selects the cell, or the whole row', () => {
    expect(selectionRange({ row: 7, column: 'K' })).toBe('K7');
    expect(selectionRange({ row: 3, column: null })).toBe('3:3');
  });

  it('says a missing or vanished sheet, and a full cell, in plain words', () => {
    expect(PANE_MESSAGES.noSheet('Coaches')).toBe('There is no sheet called "Coaches".');
    expect(PANE_MESSAGES.sheetGone('Old team')).toBe(
      'There is no sheet called "Old team" any more. Run the check again.',
    );
    expect(PANE_MESSAGES.cellNotEmpty('cell B2')).toBe(
      'The selected cell B2 is not empty, so nothing was changed. Select an empty cell, then choose Insert again.',
    );
  });
});
