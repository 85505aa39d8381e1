/**
 * The formulas of sheets the sidebar read as values alone, asked for afterwards in steps of
 * their own (hwbcStepFormulas, stepServer.ts) over the boxes the values came from: the small
 * sheets' together in one step, a long sheet's over as many as its rows need. No value is
 * read again: the server is told which cells show text starting "=", whose formula text the
 * check compares with what they show; every other formula comes back as its presence.
 */
import { sheetColumn, sheetRow } from '../../../shared/sheetPlaces';
import { type FormulaBlock, sheetWithFormulas } from '../../../shared/sheetWithFormulas';
import type { SheetData } from '../../../shared/workbook';
import type { FormulasToRead } from '../common/formulasToRead';
import type { FormulaRequest, RowBlock, ShownCell } from '../common/stepTypes';

/** The cells that show text starting "=" (1-based), whose formula text the check compares with it. */
function shownFormulaText(data: SheetData): ShownCell[] {
  const shown: ShownCell[] = [];
  data.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v === 'string' && v.startsWith('='))
        shown.push({ row: sheetRow(data, i) + 1, col: sheetColumn(data, j) + 1, text: v });
    }),
  );
  return shown;
}

/**
 * The sheets with their formulas, asking `step` for them until none is left to read; a sheet
 * whose formulas came with its values (not in `toRead`) is given back as it was read.
 *
 * @example
 * const [coaches] = await formulasInSteps([coachesValues], toRead, (wanted) => server.hwbcStepFormulas(wanted, 2000));
 */
export function formulasInSteps(
  sheets: readonly SheetData[],
  toRead: FormulasToRead,
  step: (wanted: FormulaRequest[]) => Promise<RowBlock[]>,
): Promise<SheetData[]> {
  const wanted: FormulaRequest[] = sheets.map((data) => {
    const rest = toRead.take(data.name);
    return { sheet: data.name, rest: rest ?? [], shown: rest ? shownFormulaText(data) : [] };
  });
  const blocks: FormulaBlock[][] = sheets.map(() => []);
  // A step, then the next while any sheet has boxes left: written with then, not async, as an
  // async function would bring the sidebar page (compiled for ES2016, with a size budget) a helper.
  const next = (): Promise<SheetData[]> => {
    if (!wanted.some((w) => w.rest.length > 0))
      return Promise.resolve(
        sheets.map((data, i) => (blocks[i].length > 0 ? sheetWithFormulas(data, blocks[i]) : data)),
      );
    return step(wanted.map((w) => ({ ...w }))).then((got) => {
      got.forEach((block, i) => {
        for (const { box, formulas } of block.pieces) blocks[i].push({ row: box.row - 1, col: box.col - 1, formulas });
        wanted[i].rest = block.rest;
      });
      return next();
    });
  };
  return next();
}
