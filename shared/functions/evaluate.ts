import type { ReadContext } from '../values/context';
import { HwbcError, isHwbcError } from '../values/errors';
import { resultShape, toGrid } from './grid';
import { readArgument } from './readArgument';
import type { ArgValue, CallResult, CellOutcome, FunctionSpec, ResultValue } from './types';

function failure(e: unknown): CellOutcome {
  // Anything but the core's own error is a bug; still show it in the cell, not crash the sheet.
  const error = isHwbcError(e) ? e : new HwbcError('VALUE', `internal error: ${String(e)}`);
  return { ok: false, error };
}

/**
 * One cell. `args` is one object reused for every cell of a call (the rules read it and keep
 * nothing), so a million-cell range makes no object per cell but its outcome.
 */
function cell(
  spec: FunctionSpec,
  values: (i: number) => unknown,
  args: Record<string, ArgValue>,
  ctx: ReadContext,
): CellOutcome {
  try {
    for (let i = 0; i < spec.params.length; i++) {
      const p = spec.params[i];
      const v = readArgument(p, values(i), ctx);
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
  const args: Record<string, ArgValue> = {};
  // The common case, one value per argument: no grids, no shape, one cell.
  if (spec.result !== 'table' && !rawArgs.some(Array.isArray)) {
    return { scalar: true, cells: [[cell(spec, (i) => rawArgs[i] ?? null, args, ctx)]] };
  }
  try {
    const grids = spec.params.map((_, i) => toGrid(rawArgs[i] ?? null));
    if (spec.result === 'table') {
      const single = grids.map((g) => g.at(0, 0));
      const table = evaluateTable(spec, single, ctx);
      return { scalar: false, cells: table };
    }
    const { rows, cols } = resultShape(grids);
    const cells: CellOutcome[][] = [];
    let r = 0;
    let c = 0;
    const at = (i: number) => grids[i].at(r, c);
    for (r = 0; r < rows; r++) {
      const row: CellOutcome[] = new Array(cols);
      for (c = 0; c < cols; c++) row[c] = cell(spec, at, args, ctx);
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
