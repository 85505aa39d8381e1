import type { ExampleArg, FunctionSpec } from './types';

/** The two hosts' spellings of a function. */
export type Host = 'excel' | 'sheets';

/**
 * The name a user types: `HWBC.TIER` in Excel (custom functions need a namespace) and
 * `HWBC_TIER` in Google Sheets (which has none).
 *
 * @example
 * functionName(TIER, 'excel');  // 'HWBC.TIER'
 * functionName(TIER, 'sheets'); // 'HWBC_TIER'
 */
export function functionName(spec: Pick<FunctionSpec, 'name'>, host: Host): string {
  return host === 'excel' ? `HWBC.${spec.name}` : `HWBC_${spec.name}`;
}

function literal(arg: ExampleArg): string {
  if (arg === null) return '';
  if (typeof arg === 'object') {
    const [y, m, d] = arg.date.split('-').map(Number);
    return `DATE(${y},${m},${d})`;
  }
  if (typeof arg === 'string') return `"${arg.replace(/"/g, '""')}"`;
  if (typeof arg === 'boolean') return arg ? 'TRUE' : 'FALSE';
  return String(arg);
}

/**
 * The example formula for a host, with literal arguments so it works in any cell.
 *
 * @example
 * exampleFormula(TIER, 'excel'); // '=HWBC.TIER(250,TRUE,2)'
 */
export function exampleFormula(spec: FunctionSpec, host: Host): string {
  const args = spec.example.map(literal);
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  return `=${functionName(spec, host)}(${args.join(',')})`;
}

/**
 * The example's arguments as cell values (dates as ISO text), to compute its result.
 *
 * @example
 * exampleValues(SUPERVISION_DUE); // ['clinical', '2026-01-10', 0.5]
 */
export function exampleValues(spec: FunctionSpec): unknown[] {
  return spec.example.map((a) => (a !== null && typeof a === 'object' ? a.date : a));
}
