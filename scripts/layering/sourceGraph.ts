/**
 * The import graph of the project's TypeScript: every import, export-from, dynamic import and
 * `import type` of every file under the folders named, resolved to a file where it is
 * relative, kept as a package name where it is not. Type-only imports count: a cycle of types
 * is still a cycle a reader has to untangle.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * One file: its path from the root (with "/"), what it imports, and the host globals it
 * touches (Excel.run, SpreadsheetApp.getActive, …).
 *
 * @example
 * const f: SourceFile = { file: 'shared/check/index.ts', imports: ['shared/workbook.ts'], packages: [], globals: [] };
 */
export interface SourceFile {
  file: string;
  /** Project files it imports, from the root. */
  imports: string[];
  /** Packages it imports ('exceljs', 'date-fns/addDays'). */
  packages: string[];
  /** Host globals it uses as `Name.member`. */
  globals: string[];
}

/**
 * Host APIs reached through globals rather than imports (Office.js, Apps Script, the browser).
 *
 * @example
 * HOST_GLOBALS.has('SpreadsheetApp'); // true
 */
export const HOST_GLOBALS: ReadonlySet<string> = new Set([
  'Excel',
  'Office',
  'OfficeExtension',
  'CustomFunctions',
  'SpreadsheetApp',
  'PropertiesService',
  'ScriptApp',
  'HtmlService',
  'Utilities',
  'Session',
  'google',
  'document',
  'window',
]);

function walk(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolve(root: string, from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      return path.relative(root, candidate).split(path.sep).join('/');
  }
  return null;
}

function globalsOf(source: ts.SourceFile): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      HOST_GLOBALS.has(node.expression.text)
    ) {
      found.add(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

/**
 * Reads every .ts file under `folders` (relative to `root`) into the graph.
 *
 * @example
 * sourceGraph(process.cwd(), ['shared', 'src']).find((f) => f.file === 'shared/workbook.ts');
 */
export function sourceGraph(root: string, folders: readonly string[]): SourceFile[] {
  const files = folders.flatMap((f) => (fs.existsSync(path.join(root, f)) ? walk(path.join(root, f), []) : []));
  return files.map((full) => {
    const text = fs.readFileSync(full, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const imports: string[] = [];
    const packages: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) {
        const target = resolve(root, full, fileName);
        if (target) imports.push(target);
      } else packages.push(fileName);
    }
    const source = ts.createSourceFile(full, text, ts.ScriptTarget.ES2020, false);
    const file = path.relative(root, full).split(path.sep).join('/');
    return { file, imports, packages, globals: globalsOf(source) };
  });
}
