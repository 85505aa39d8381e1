import type { ReadContext } from '../values/context';
import { HwbcError, isHwbcError } from '../values/errors';
import { ArgGrid, resultShape, toGrid } from './grid';
import { readArgument } from './readArgument';
import type { ArgValue, CallResult, CellOutcome, FunctionSpec, ResultValue } from './types';

function failure(e: unknown): CellOutcome {
  // Anything but the core's own error is a bug; still show it in the cell, not crash the sheet.
  const error = isHwbcError(e) ? e : new HwbcError('VALUE', `internal error: ${String(e)}`);
  return { ok: false, error };
}

function cell(spec: FunctionSpec, grids: ArgGrid[], r: number, c: number, ctx: ReadContext): CellOutcome {
  try {
    const args: Record<string, ArgValue> = {};
    for (let i = 0; i < spec.params.length; i++) {
      const p = spec.params[i];
      const v = readArgument(p, grids[i].at(r, c), ctx);
      // A blank required argument gives a blank cell, as a spreadsheet formula would.
      if (v === null && !p.optional && !p.blankAllowed) return { ok: true, value: null };
      args[p.name] = v;
    }
    return { ok: true, value: spec.run(args, ctx) as ResultValue };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Calls a function the way a spreadsheet does: each argument may be a single value or a
 * range; ranges are computed cell by cell into a result of the same shape, and a bad cell
 * gives an error in that cell only. Table functions return their table.
 *
 * @example
 * evaluate(TIER, [[[120], ['12h']]], ctx).cells;
 * // [[{ ok: true, value: 1 }], [{ ok: false, error: HwbcError('hours must be …') }]]
 */
export function evaluate(spec: FunctionSpec, rawArgs: readonly unknown[], ctx: ReadContext): CallResult {
  try {
    const grids = spec.params.map((_, i) => toGrid(rawArgs[i] ?? null));
    if (spec.result === 'table') {
      const single = grids.map((g) => g.at(0, 0));
      const table = evaluateTable(spec, single, ctx);
      return { scalar: false, cells: table };
    }
    const { rows, cols } = resultShape(grids);
    const cells: CellOutcome[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellOutcome[] = [];
      for (let c = 0; c < cols; c++) row.push(cell(spec, grids, r, c, ctx));
      cells.push(row);
    }
    return { scalar: grids.every((g) => g.single), cells };
  } catch (e) {
    return { scalar: true, cells: [[failure(e)]] };
  }
}

function evaluateTable(spec: FunctionSpec, values: unknown[], ctx: ReadContext): CellOutcome[][] {
  const args: Record<string, ArgValue> = {};
  spec.params.forEach((p, i) => (args[p.name] = readArgument(p, values[i], ctx)));
  const table = spec.run(args, ctx) as ResultValue[][];
  return table.map((row) => row.map((value): CellOutcome => ({ ok: true, value })));
}
