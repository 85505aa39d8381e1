/**
 * Writes an encoded block of cells in as many round trips as its size needs, each request
 * within the payload budget: rows are gathered until the next would go over, and a block
 * Excel still refuses as too large is halved and sent again.
 */
import { a1 } from '../../../shared/workbook';
import type { EncodedBlock } from './cellEncoding';
import type { ExcelRun } from '../functions/excelContext';
import { isPayloadTooLarge, jsonBytes, PAYLOAD_BUDGET_BYTES } from './payloadBudget';

/** Where the rows go, and how to reach the sheet inside a batch (which may make it). */
export interface BlockTarget {
  row: number;
  col: number;
  sheet(context: Excel.RequestContext): Excel.Worksheet;
}

/** Row counts of consecutive chunks, each under 90% of the budget (a lone huge row goes alone). */
function chunkRows(block: EncodedBlock): number[] {
  const chunks: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let r = 0; r < block.rows; r++) {
    const size = jsonBytes(block.formulas[r]) + (block.numberFormat ? jsonBytes(block.numberFormat[r]) : 0) + 2;
    if (rows > 0 && bytes + size > PAYLOAD_BUDGET_BYTES * 0.9) {
      chunks.push(rows);
      rows = 0;
      bytes = 0;
    }
    rows++;
    bytes += size;
  }
  if (rows > 0) chunks.push(rows);
  return chunks;
}

async function writeChunk(run: ExcelRun, target: BlockTarget, block: EncodedBlock, first: number, rows: number) {
  const top = { row: target.row + first, col: target.col };
  const end = { row: top.row + rows - 1, col: top.col + block.cols - 1 };
  await run(async (context) => {
    const range = target.sheet(context).getRange(`${a1(top)}:${a1(end)}`);
    range.formulas = block.formulas.slice(first, first + rows);
    if (block.numberFormat) range.numberFormat = block.numberFormat.slice(first, first + rows);
    await context.sync();
  });
}

/**
 * Writes `block` with its top-left cell at `target`; gives the number of round trips made.
 *
 * @example
 * await writeInBlocks(excelRun, { row: 1, col: 0, sheet: (c) => c.workbook.worksheets.getItem('Report') }, block); // 3
 */
export async function writeInBlocks(run: ExcelRun, target: BlockTarget, block: EncodedBlock): Promise<number> {
  if (block.rows === 0 || block.cols === 0) return 0;
  const pending = chunkRows(block);
  let trips = 0;
  for (let first = 0; pending.length > 0;) {
    const rows = pending.shift() as number;
    try {
      trips++;
      await writeChunk(run, target, block, first, rows);
      first += rows;
    } catch (e) {
      if (!isPayloadTooLarge(e) || rows === 1) throw e;
      const half = Math.ceil(rows / 2);
      pending.unshift(half, rows - half);
    }
  }
  return trips;
}
