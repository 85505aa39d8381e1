import { SheetCells } from '../../../../shared/sheetFromCells';
import { columnIndex, MergedAreas } from './mergedAreas';

/** The cells added, as "row,column" in the order added. */
const added = (cells: SheetCells) => cells.r.map((r, k) => `${r},${cells.c[k]}`);

/** A sheet's XML with these merged areas. */
const merges = (...refs: string[]) =>
  `<worksheet><sheetData/><mergeCells>${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells></worksheet>`;

describe('columnIndex', () => {
  it.each([
    ['A', 0],
    ['Z', 25],
    ['AA', 26],
    ['AB', 27],
    ['XFD', 16_383],
  ])('%s is column %i', (letters, index) => expect(columnIndex(letters)).toBe(index));
});

describe('MergedAreas', () => {
  it('adds every cell of a small area not read, as blanks', () => {
    const merged = new MergedAreas(merges('B2:C3'));
    merged.note(1, 1);
    const cells = new SheetCells();
    merged.addBlanks(cells);
    expect(added(cells)).toEqual(['1,2', '2,1', '2,2']);
    expect(cells.values).toEqual([null, null, null]);
    expect(cells.formulas).toEqual([null, null, null]);
  });

  it('adds only the corners of a large area, so a whole-sheet merge costs four cells', () => {
    const merged = new MergedAreas(merges('A1:XFD1048576'));
    const cells = new SheetCells();
    merged.addBlanks(cells);
    expect(added(cells)).toEqual(['0,0', '0,16383', '1048575,0', '1048575,16383']);
  });

  it('does not add a corner twice when it was read', () => {
    const merged = new MergedAreas(merges('A1:Z1000'));
    merged.note(0, 0);
    merged.note(5, 5); // inside, but not a corner: never added anyway
    const cells = new SheetCells();
    merged.addBlanks(cells);
    expect(added(cells)).toEqual(['0,25', '999,0', '999,25']);
  });

  it('ignores cells read outside every area', () => {
    const merged = new MergedAreas(merges('B2:B3'));
    merged.note(0, 0);
    merged.note(1, 1);
    const cells = new SheetCells();
    merged.addBlanks(cells);
    expect(added(cells)).toEqual(['2,1']);
  });

  it('with many areas, remembers every cell read rather than looking each one up', () => {
    const refs = Array.from({ length: 70 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const merged = new MergedAreas(merges(...refs));
    for (let i = 0; i < 70; i++) merged.note(2 * i, 0);
    merged.note(1, 0); // between areas: remembered, but never added
    const cells = new SheetCells();
    merged.addBlanks(cells);
    expect(added(cells)).toEqual(Array.from({ length: 70 }, (_, i) => `${2 * i},1`));
  });

  it('adds nothing for a sheet without merged areas', () => {
    const merged = new MergedAreas('<worksheet><sheetData/></worksheet>');
    merged.note(0, 0);
    const cells = new SheetCells();
    merged.addBlanks(cells);
    expect(cells.size).toBe(0);
  });
});
