/**
 * A worksheet's merged areas, which count in its used range as in Excel although only their
 * top-left cell holds anything. Only cells inside an area are remembered while a sheet is
 * read: a set of every cell of a 200,000-row log would cost more than reading it.
 */
import type { SheetCells } from '../../../../shared/sheetFromCells';

/** A merged area larger than this counts by its corners only (enough for the used range). */
const MERGED_IN_FULL = 10_000;

/** With more areas than this, looking each cell up would cost more than remembering them all. */
const LOOKED_UP = 64;

/**
 * The 0-based column of a reference's letters.
 *
 * @example
 * columnIndex('AB'); // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * The merged areas of one worksheet's XML, 0-based: the cells read inside them are noted, and
 * the rest of each area is added as blank cells once the sheet is read.
 *
 * @example
 * const merged = new MergedAreas('<mergeCell ref="A1:B2"/>');
 * merged.note(0, 0);           // A1 was read
 * merged.addBlanks(cells);     // adds B1, A2 and B2 as blanks
 */
export class MergedAreas {
  private readonly areas: { top: number; left: number; bottom: number; right: number }[];
  private readonly seen = new Set<string>();

  constructor(xml: string) {
    this.areas = [...xml.matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({
      top: Number(m[2]) - 1,
      left: columnIndex(m[1]),
      bottom: Number(m[4]) - 1,
      right: columnIndex(m[3]),
    }));
  }

  /** Notes a cell that was read, when it may lie in a merged area, so it is not added again. */
  note(r: number, c: number): void {
    const { areas } = this;
    if (areas.length === 0) return;
    if (areas.length > LOOKED_UP || areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right))
      this.seen.add(`${r},${c}`);
  }

  /** Adds every cell of the areas not read as a blank (a large area's corners only). */
  addBlanks(cells: SheetCells): void {
    const { seen } = this;
    for (const { top, left, bottom, right } of this.areas) {
      const inFull = (bottom - top + 1) * (right - left + 1) <= MERGED_IN_FULL;
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          const corner = (r === top || r === bottom) && (c === left || c === right);
          if ((inFull || corner) && !seen.has(`${r},${c}`)) {
            seen.add(`${r},${c}`);
            cells.add(r, c, null, null);
          }
          // Past the first row of a large area only its two corners matter: skip to the last column.
          if (!inFull && c === left && right > left) c = right - 1;
        }
    }
  }
}
