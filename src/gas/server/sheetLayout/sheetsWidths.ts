/**
 * Column widths as Google Sheets sets them. Sheets sets widths with setColumnWidths, one call
 * for each run of neighbouring columns of one width, so the plan's widths (characters, as
 * Excel and the .xlsx file keep them exactly) are put in a few sizes of pixels here: a new
 * column's own 100 px for anything up to about 14 characters (left alone, so it costs no
 * call), then 150, 220 and 430 px. No column is made more than about a character narrower
 * than the plan asks (SNAP_SLACK); most are made a little wider. Excel keeps its own widths.
 */

/** Sheets' width of a new column, in pixels. */
export const SHEETS_DEFAULT_WIDTH = 100;

/** The sizes, in pixels, that wider columns are set to. */
export const SHEETS_WIDTHS: readonly number[] = [150, 220, 430];

/** How many pixels narrower than the plan a column may be made (about a character). */
export const SNAP_SLACK = 8;

/**
 * A width in characters of the default font as Sheets pixels: 7 a character and 10 of margin.
 *
 * @example
 * pixelsOf(13); // 101
 */
export function pixelsOf(characters: number): number {
  return Math.round(characters * 7 + 10);
}

/**
 * The size a planned width is set to in Sheets; a column without a width keeps the default.
 *
 * @example
 * sheetsWidth(14);        // 100: the default, no call
 * sheetsWidth(18);        // 150
 * sheetsWidth(undefined); // 100
 */
export function sheetsWidth(characters: number | undefined): number {
  if (characters === undefined) return SHEETS_DEFAULT_WIDTH;
  const wanted = pixelsOf(characters) - SNAP_SLACK;
  if (wanted <= SHEETS_DEFAULT_WIDTH) return SHEETS_DEFAULT_WIDTH;
  return SHEETS_WIDTHS.find((size) => size >= wanted) ?? pixelsOf(characters);
}

/** The next size up from a width when it is at most half as wide again (150 to 220 px), else null. */
const nextSize = (width: number): number | null => {
  const next = SHEETS_WIDTHS.find((size) => size > width);
  return next !== undefined && next <= width * 1.5 ? next : null;
};

/**
 * Every column's Sheets width: each planned width in its size; then a single column narrower
 * than the two columns either side of it, when those share a width, widened to theirs, so
 * the three are one run; and a single set column beside a column one size wider, at most half
 * as wide again (and no column of its own width on its other side), widened to that size, so
 * the two are one run.
 * Each saves a call, and no column gets narrower.
 *
 * @example
 * sheetsWidths([20, 13, 20, 30]); // [150, 150, 150, 220]
 * sheetsWidths([13, 17, 30]);     // [100, 220, 220]
 */
export function sheetsWidths(characters: readonly (number | undefined)[]): number[] {
  const widths = characters.map(sheetsWidth);
  for (let i = 1; i < widths.length - 1; i++) {
    const [before, after] = [widths[i - 1], widths[i + 1]];
    if (before === after && widths[i] < before) widths[i] = before;
  }
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i];
    const [before, after] = [widths[i - 1], widths[i + 1]];
    if (w === SHEETS_DEFAULT_WIDTH || before === w || after === w) continue;
    const wider = nextSize(w);
    if (wider !== null && (before === wider || after === wider)) widths[i] = wider;
  }
  return widths;
}
