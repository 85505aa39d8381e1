/**
 * A sheet's cells as the sidebar gathers them from the server's steps (stepServer.ts): each
 * step hands back some boxes of the sheet, their values as they crossed google.script.run (a
 * Date as { ms }) and formulas as their presence, and the boxes still to read. What was
 * gathered becomes the SheetData the check reads, and the boxes its values came from are kept
 * so that its formulas can be asked for over the same boxes later.
 */
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import type { CellValue, SheetData } from '../../../shared/workbook';
import type { RowBlock, SheetBox, StepCell } from '../common/stepTypes';

/** A cell as the check reads it: a Date again where the step sent { ms }. */
const cellValue = (c: StepCell): CellValue => (c !== null && typeof c === 'object' ? new Date(c.ms) : c);

/**
 * One sheet's cells, gathered step by step.
 *
 * @example
 * const gathered = new SheetInSteps('Hours log');
 * let rest = gathered.take(await server.hwbcStepRead('Hours log', null, 2000, true));
 * while (rest.length > 0) rest = gathered.take(await server.hwbcStepRead('Hours log', rest, 2000, true));
 * gathered.data(); // { name: 'Hours log', values, formulas, … }
 */
export class SheetInSteps {
  private readonly cells = new SheetCells();
  /** The boxes read so far, top to bottom: where its formulas would be read. */
  readonly boxes: SheetBox[] = [];
  /** Rows read so far, for the sidebar's progress. */
  rows = 0;

  constructor(private readonly name: string) {}

  /** Keeps a step's pieces (only the cells holding something) and answers what is left to read. */
  take(block: RowBlock): SheetBox[] {
    for (const { box, values, formulas } of block.pieces) {
      this.boxes.push(box);
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const formula = formulas[i]?.[j] ?? null;
          if (v !== null || formula !== null) this.cells.add(box.row - 1 + i, box.col - 1 + j, cellValue(v), formula);
        }),
      );
      this.rows += values.length;
    }
    return block.rest;
  }

  /** The sheet as gathered so far. */
  data(): SheetData {
    return sheetFromCells(this.name, this.cells);
  }
}
