/**
 * Excel's custom-function metadata (functions.json), generated from the core's function
 * table so the two can never disagree. The build writes it to dist/excel/functions.json; it
 * is never committed and never edited by hand.
 */
import { FUNCTIONS, type FunctionSpec } from '../../../shared/functions';

/** One parameter as Excel's metadata describes it. */
export interface ParameterMetadata {
  name: string;
  description: string;
  type: 'any';
  dimensionality: 'matrix';
  optional?: true;
}

/** One function as Excel's metadata describes it. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type: 'any'; dimensionality: 'matrix' };
  options?: { volatile: true };
}

export interface FunctionsMetadata {
  /** Excel calls a function even when an argument cell holds an error (#N/A), so that cell alone shows it. */
  allowErrorForDataTypeAny: true;
  functions: FunctionMetadata[];
}

/**
 * The id a function is registered under: its bare name. Excel adds the HWBC namespace from
 * the manifest, so `TIER` is typed `=HWBC.TIER(…)`. Ids must never change once published
 * (workbooks store them), which is why they are the core's stable names.
 *
 * @example
 * functionId(TIER); // 'TIER'
 */
export function functionId(spec: Pick<FunctionSpec, 'name'>): string {
  return spec.name;
}

function describe(spec: FunctionSpec): FunctionMetadata {
  const meta: FunctionMetadata = {
    id: functionId(spec),
    name: spec.name,
    description: spec.help,
    // Every argument is `any` and `matrix`: the core reads and checks values itself (so the
    // messages are the core's), and any argument may be a range that the result spills over.
    parameters: spec.params.map((p) => ({
      name: p.name,
      description: p.help,
      type: 'any',
      dimensionality: 'matrix',
      ...(p.optional ? { optional: true as const } : {}),
    })),
    result: { type: 'any', dimensionality: 'matrix' },
  };
  // A function that falls back on today's date must recalculate as TODAY() does, or a
  // status would stay "OK" in a workbook left open past its due date.
  if (spec.usesToday) meta.options = { volatile: true };
  return meta;
}

/**
 * The whole functions.json content.
 *
 * @example
 * functionsMetadata().functions[0]; // { id: 'TIER', name: 'TIER', description: 'Tier of practice …', … }
 */
export function functionsMetadata(functions: readonly FunctionSpec[] = FUNCTIONS): FunctionsMetadata {
  // Without allowErrorForDataTypeAny Excel never calls a function whose range holds an error,
  // and the whole spill shows it (Office Add-ins docs, "Errors as custom function inputs").
  return { allowErrorForDataTypeAny: true, functions: functions.map(describe) };
}

/**
 * functions.json as written to dist/excel: stable key order, two-space indent, final newline.
 *
 * @example
 * JSON.parse(functionsJson()).functions.length === FUNCTIONS.length; // true
 */
export function functionsJson(functions: readonly FunctionSpec[] = FUNCTIONS): string {
  return `${JSON.stringify(functionsMetadata(functions), null, 2)}\n`;
}
