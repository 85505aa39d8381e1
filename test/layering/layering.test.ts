/**
 * The layering check npm test runs: the project's own tree keeps its layers, and a tree with
 * each kind of violation planted in it is caught, so the check cannot pass by seeing nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { layeringProblems } from '../../scripts/layering/layeringRules';
import { sourceGraph } from '../../scripts/layering/sourceGraph';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['shared', 'src', 'taskpane', 'overview', 'bench'];

describe('the layering of this project', () => {
  it('holds: the core stands alone, hosts use the check through the port, no import cycles', () => {
    const graph = sourceGraph(ROOT, FOLDERS);
    expect(graph.length).toBeGreaterThan(200);
    expect(layeringProblems(graph)).toEqual([]);
  });
});

describe('the layering check on planted violations', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const problems = () => layeringProblems(sourceGraph(dir, FOLDERS));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-layering-'));
    write('shared/workbook.ts', 'export interface WorkbookPort { read(): void }\n');
    write(
      'shared/check/index.ts',
      "import type { WorkbookPort } from '../workbook';\nexport const check = (p: WorkbookPort) => p;\n",
    );
    write('shared/check/read/readWorkbook.ts', 'export const readWorkbook = () => 1;\n');
    write('src/excel/officeWorkbook.ts', "import { check } from '../../shared/check';\nexport const run = check;\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds nothing in a tree that keeps its layers', () => {
    expect(problems()).toEqual([]);
  });

  it('fails when the core imports a host, the pane or a host package', () => {
    write(
      'shared/rules/tier.ts',
      "import { run } from '../../src/excel/officeWorkbook';\nimport ExcelJS from 'exceljs';\nexport const t = [run, ExcelJS];\n",
    );
    write('shared/rules/pane.ts', "import { show } from '../../taskpane/pane';\nexport const p = show;\n");
    write('taskpane/pane.ts', 'export const show = 1;\n');
    expect(problems()).toEqual([
      'shared/rules/pane.ts (rules core) imports taskpane/pane.ts',
      'shared/rules/tier.ts (rules core) imports src/excel/officeWorkbook.ts',
      'shared/rules/tier.ts (rules core) imports the package exceljs',
      'shared/rules/tier.ts imports exceljs outside the .xlsx host (src/xlsx/)',
    ]);
  });

  it('fails when the core or the pane touches a host global', () => {
    write('shared/values/today.ts', 'export const today = () => SpreadsheetApp.getActive();\n');
    write('taskpane/run.ts', 'export const go = () => Excel.run(async () => undefined);\n');
    expect(problems()).toEqual([
      'shared/values/today.ts uses the host global SpreadsheetApp',
      'taskpane/run.ts uses the host global Excel',
    ]);
  });

  it("fails when a host bypasses the workbook port for the check's reading stages", () => {
    // The import path is worked out from the planted file to the planted project's own core.
    const reading = path.relative(path.join(dir, 'src/gas/server'), path.join(dir, 'shared/check/read/readWorkbook'));
    write('src/gas/server/server.ts', `import { readWorkbook } from '${reading}';\nexport const r = readWorkbook;\n`);
    expect(problems()).toEqual([
      'src/gas/server/server.ts (host) imports shared/check/read/readWorkbook.ts: use the check through the WorkbookPort (shared/check)',
    ]);
  });

  it('fails on an import cycle, even one of types only', () => {
    write('shared/check/a.ts', "import type { B } from './b';\nexport interface A { b: B }\n");
    write('shared/check/b.ts', "import type { A } from './a';\nexport interface B { a?: A }\n");
    expect(problems()).toEqual(['import cycle (type-only imports included): shared/check/a.ts → shared/check/b.ts']);
  });
});
