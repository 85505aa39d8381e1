/**
 * Generates the top-level function declarations of Code.js from the function table and the
 * entry point list, at build time (webpack/gas.js runs this module and appends its output
 * after minification, so the JSDoc that Sheets reads for autocomplete survives untouched).
 */
import { exampleFormula, FUNCTIONS, functionName } from '../../../shared/functions';
import type { FunctionSpec, ParamType, ResultType } from '../../../shared/functions/types';
import { ENTRY_POINTS, EntryPoint } from './entryPoints';

/** The global the bundle assigns its exports to; the stubs call through it. */
export const BUNDLE_GLOBAL = 'HWBC_ADDON';

const PARAM_TYPES: Record<ParamType, string> = {
  hours: 'number',
  count: 'number',
  tier: 'number',
  wte: 'number',
  boolean: 'boolean',
  date: 'Date',
  supervisionType: 'string',
  area: 'string',
  text: 'string',
};

const RESULT_TYPES: Record<Exclude<ResultType, 'table'>, string> = {
  number: 'number',
  boolean: 'boolean',
  text: 'string',
  date: 'Date',
};

/** One line of comment text: no line breaks, and nothing that could close the comment. */
function commentText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*∕').trim();
}

function sentence(text: string): string {
  const t = commentText(text);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function jsdoc(lines: readonly string[]): string {
  return ['/**', ...lines.map((l) => (l === '' ? ' *' : ` * ${l}`)), ' */'].join('\n');
}

function customFunctionDoc(spec: FunctionSpec): string[] {
  const params = spec.params.map((p) => {
    const t = PARAM_TYPES[p.type];
    // Sheets shows the text after the name as the argument's help; "Optional." says it may be left out.
    return `@param {${t}|Array<Array<${t}>>} ${p.name} ${p.optional ? 'Optional. ' : ''}${sentence(p.help)}`;
  });
  const returns =
    spec.result === 'table'
      ? '@return {Array<Array<string|number>>} The table, with a header row.'
      : `@return {${RESULT_TYPES[spec.result]}|Array<Array<${RESULT_TYPES[spec.result]}>>} The result; for a range, a result per cell (a bad cell shows #VALUE! or #NUM! and why).`;
  return [
    sentence(spec.help),
    '',
    `Example: ${exampleFormula(spec, 'sheets')}`,
    '',
    ...params,
    returns,
    '@customfunction',
  ];
}

/**
 * The stub for one spreadsheet function.
 *
 * @example
 * customFunctionStub(TIER);
 * // '/** … @customfunction *\/\nfunction HWBC_TIER(hours, pci_trained, evidenced_tier) {…}'
 */
export function customFunctionStub(spec: FunctionSpec): string {
  const names = spec.params.map((p) => p.name);
  const call = `${BUNDLE_GLOBAL}.customFunction(${JSON.stringify(spec.name)}, [${names.join(', ')}])`;
  return `${jsdoc(customFunctionDoc(spec))}\nfunction ${functionName(spec, 'sheets')}(${names.join(', ')}) {\n  return ${call};\n}`;
}

/**
 * The stub for a trigger, menu item or sidebar call.
 *
 * @example
 * entryPointStub(SIDEBAR_CALLS[0]); // '/** … *\/\nfunction hwbcListTemplateSheets() {…}'
 */
export function entryPointStub(entry: EntryPoint): string {
  const names = entry.params.map((p) => p.name);
  const lines = [
    sentence(entry.doc),
    ...entry.params.map((p) => `@param {${p.type}} ${p.name} ${sentence(p.help)}`),
    ...(entry.returns ? [`@return {${entry.returns.type}} ${sentence(entry.returns.help)}`] : []),
  ];
  const call = `${BUNDLE_GLOBAL}.entryPoints.${entry.name}(${names.join(', ')})`;
  return `${jsdoc(lines)}\nfunction ${entry.name}(${names.join(', ')}) {\n  return ${call};\n}`;
}

/**
 * Every top-level declaration Code.js ends with: the custom functions, then the entry points.
 *
 * @example
 * codeStubs().includes('function HWBC_TIER('); // true
 */
export function codeStubs(): string {
  return [
    '// Spreadsheet functions, generated from shared/functions (FUNCTIONS).',
    ...FUNCTIONS.map(customFunctionStub),
    '// Triggers, menu items and sidebar calls, generated from src/gas/build/entryPoints.ts.',
    ...ENTRY_POINTS.map(entryPointStub),
  ].join('\n\n');
}
