/**
 * Sheets widths: the plan's widths in characters put in a few sizes of pixels, never more than
 * about a character narrower than asked, with the default 100 px left alone.
 */
import {
  pixelsOf,
  SHEETS_DEFAULT_WIDTH,
  SHEETS_WIDTHS,
  sheetsWidth,
  sheetsWidths,
  SNAP_SLACK,
} from '../../src/gas/server/sheetLayout/sheetsWidths';

describe('sheetsWidth', () => {
  it.each([
    [undefined, 100],
    [6, 100],
    [13, 100],
    [14, 100],
    [15, 150],
    [20, 150],
    [22, 220],
    [30, 220],
    [36, 430],
    [60, 430],
    [80, pixelsOf(80)],
  ])('%s characters is %i px', (characters, pixels) => {
    expect(sheetsWidth(characters)).toBe(pixels);
  });

  it('is never more than about a character narrower than asked, and one of a few sizes', () => {
    for (let characters = 1; characters <= 60; characters++) {
      const width = sheetsWidth(characters);
      expect(width).toBeGreaterThanOrEqual(pixelsOf(characters) - SNAP_SLACK);
      expect([SHEETS_DEFAULT_WIDTH, ...SHEETS_WIDTHS]).toContain(width);
    }
  });
});

describe('sheetsWidths', () => {
  it('widens a single narrower column between two of one width to theirs', () => {
    expect(sheetsWidths([20, 13, 20, 30])).toEqual([150, 150, 150, 220]);
    expect(sheetsWidths([30, 18, 30])).toEqual([220, 220, 220]);
  });

  it('leaves two narrower columns, and columns with no wider neighbour, alone', () => {
    expect(sheetsWidths([20, 13, 13, 20])).toEqual([150, 100, 100, 150]);
    expect(sheetsWidths([13, 20, 13])).toEqual([100, 150, 100]);
    expect(sheetsWidths([20, 20, 60])).toEqual([150, 150, 430]);
  });

  it('widens a single column beside a column one size wider to that size', () => {
    expect(sheetsWidths([13, 17, 30])).toEqual([100, 220, 220]);
    expect(sheetsWidths([20, 30, 20])).toEqual([220, 220, 220]);
    // More than half as wide again is too far (220 to 430 px, or 150 to 430 px): left as it is.
    expect(sheetsWidths([13, 30, 60])).toEqual([100, 220, 430]);
    expect(sheetsWidths([13, 18, 60])).toEqual([100, 150, 430]);
  });

  it('keeps a column without a width at the default unless it sits between two of one width', () => {
    expect(sheetsWidths([undefined, 20, undefined])).toEqual([100, 150, 100]);
    expect(sheetsWidths([20, undefined, 20])).toEqual([150, 150, 150]);
  });
});
