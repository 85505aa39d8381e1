// Both Google Sheets ports read formulas later over the boxes a values-only read came from.
import type { SheetBox } from './stepTypes';
import { FormulasToRead } from './formulasToRead';

const box = (row: number, rows: number): SheetBox => ({ row, col: 1, rows, cols: 12 });

describe('FormulasToRead', () => {
  it('gives back the boxes a sheet was read from, once', () => {
    const toRead = new FormulasToRead();
    toRead.remember('Coaches', [box(1, 41), box(900, 1)]);
    expect(toRead.take('Coaches')).toEqual([box(1, 41), box(900, 1)]);
    expect(toRead.take('Coaches')).toBeUndefined();
  });

  it('knows nothing of a sheet not read as values alone', () => {
    const toRead = new FormulasToRead();
    toRead.remember('Coaches', [box(1, 41)]);
    expect(toRead.take('Settings')).toBeUndefined();
    expect(toRead.take('Coaches')).toEqual([box(1, 41)]);
  });

  it('keeps the latest read of a sheet read twice', () => {
    const toRead = new FormulasToRead();
    toRead.remember('Hours log', [box(1, 10)]);
    toRead.remember('Hours log', [box(1, 20)]);
    expect(toRead.take('Hours log')).toEqual([box(1, 20)]);
  });

  it('keeps its own copy, so a list changed by the caller afterwards does not change it', () => {
    const toRead = new FormulasToRead();
    const boxes = [box(1, 41)];
    toRead.remember('Coaches', boxes);
    boxes.push(box(50, 2));
    expect(toRead.take('Coaches')).toEqual([box(1, 41)]);
  });
});
