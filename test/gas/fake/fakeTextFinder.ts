/**
 * TextFinder of the fake, scoped to a range as Range.createTextFinder makes it: searches what
 * each cell shows (a formula cell by its shown value), row by row from the range's top left,
 * as plain text (case-insensitive) or as a regular expression. Only the cells the sheet
 * holds are looked at, so a search over millions of empty cells costs nothing.
 */
import type { FakeRange } from './fakeRange';

export class FakeTextFinder {
  private regex = false;
  private last: { row: number; col: number } | null = null;

  constructor(
    private readonly range: FakeRange,
    private readonly text: string,
    private readonly found: (row: number, col: number) => FakeRange,
  ) {}

  useRegularExpression(useRegEx: boolean): this {
    this.regex = useRegEx;
    return this;
  }

  private matches(shown: string): boolean {
    if (shown === '') return false;
    return this.regex ? new RegExp(this.text).test(shown) : shown.toLowerCase().includes(this.text.toLowerCase());
  }

  /** The next matching cell after the last one found, or null. */
  findNext(): FakeRange | null {
    const { sheet, box } = this.range;
    for (let r = this.last?.row ?? box.row; r < box.row + box.rows; r++) {
      const row = sheet.rows[r - 1];
      if (!row) continue;
      let hit: number | null = null;
      row.forEach((cell, j) => {
        const c = j + 1;
        if (hit !== null || !cell || c < box.col || c >= box.col + box.cols) return;
        if (this.last && r === this.last.row && c <= this.last.col) return;
        if (this.matches(String(cell.value))) hit = c;
      });
      if (hit !== null) {
        this.last = { row: r, col: hit };
        return this.found(r, hit);
      }
    }
    return null;
  }
}
