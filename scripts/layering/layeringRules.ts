/**
 * The project's layering, as rules over the import graph (sourceGraph.ts):
 * - the rules core (shared/) stands alone: no src/, taskpane/ or test code, no package but
 *   the few it is built on, no host global;
 * - the pane (taskpane/) reaches a host only through the pane API, never an Office or Apps
 *   Script global (the DOM is its own);
 * - hosts (src/, taskpane/, the overview page in overview/) use the workbook check through its front (shared/check/index.ts
 *   and its result types), never its reading stages, which would bypass the WorkbookPort;
 * - exceljs only in the .xlsx host (src/xlsx/);
 * - no import cycle, type-only imports included.
 */
import type { SourceFile } from './sourceGraph';

/**
 * Packages the rules core may import.
 *
 * @example
 * CORE_PACKAGES.includes('date-fns'); // true
 */
export const CORE_PACKAGES: readonly string[] = ['date-fns', '@date-fns/utc', 'zod'];

/**
 * The check's front: what a host may import from shared/check/.
 *
 * @example
 * CHECK_FRONT.has('shared/check/index.ts'); // true
 */
export const CHECK_FRONT: ReadonlySet<string> = new Set([
  'shared/check/index.ts',
  'shared/check/types.ts',
  'shared/check/messages.ts',
  'shared/check/report/textReport.ts',
  // The cell rule a host applies when it hands the check formula presence only (formulaPresence):
  // one rule, kept beside checkValue, which it must agree with.
  'shared/check/read/checkValue.ts',
]);

const BROWSER_GLOBALS = ['document', 'window'];
const isTest = (file: string) => file.endsWith('.test.ts');
const packageName = (p: string) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0]);

function fileRules(f: SourceFile): string[] {
  const problems: string[] = [];
  const core = f.file.startsWith('shared/');
  const host = f.file.startsWith('src/') || f.file.startsWith('taskpane/') || f.file.startsWith('overview/');
  for (const target of f.imports) {
    // A core test may read the shared test fixtures; nothing in the core imports a host or the pane.
    const outside = isTest(f.file) ? /^(src|taskpane|overview)\//.test(target) : !target.startsWith('shared/');
    if (core && outside) problems.push(`${f.file} (rules core) imports ${target}`);
    if (host && target.startsWith('shared/check/') && !CHECK_FRONT.has(target)) {
      problems.push(`${f.file} (host) imports ${target}: use the check through the WorkbookPort (shared/check)`);
    }
  }
  for (const p of f.packages) {
    const name = packageName(p);
    if (core && !isTest(f.file) && !CORE_PACKAGES.includes(name)) {
      problems.push(`${f.file} (rules core) imports the package ${p}`);
    }
    if (name === 'exceljs' && !f.file.startsWith('src/xlsx/') && !f.file.startsWith('test/')) {
      problems.push(`${f.file} imports exceljs outside the .xlsx host (src/xlsx/)`);
    }
  }
  const page = f.file.startsWith('taskpane/') || f.file.startsWith('overview/');
  if ((core || page) && !isTest(f.file)) {
    // The pane and the overview are web pages: the DOM is their own; Office and Apps Script are not.
    const own = core ? [] : BROWSER_GLOBALS;
    for (const g of f.globals) if (!own.includes(g)) problems.push(`${f.file} uses the host global ${g}`);
  }
  return problems;
}

/** Every cycle (strongly connected set of more than one file, or a file importing itself). */
function cycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.file, f.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(group.sort());
  };
  for (const f of files) if (!index.has(f.file)) connect(f.file);
  return found;
}

/**
 * Every broken layering rule, as a sentence naming the files; empty when all is well.
 *
 * @example
 * layeringProblems(sourceGraph(root, ['shared', 'src', 'taskpane'])); // []
 */
export function layeringProblems(files: readonly SourceFile[]): string[] {
  return [
    ...files.flatMap(fileRules),
    ...cycles(files).map((group) => `import cycle (type-only imports included): ${group.join(' → ')}`),
  ];
}
