/**
 * The Apps Script code is three programs with three sets of globals: the server (Apps Script:
 * SpreadsheetApp, no DOM), the sidebar page (the browser: DOM, no SpreadsheetApp) and the
 * build-time stub generator (Node). Each side's tsconfig is what `npm run typecheck` compiles;
 * here a file planted beside each side's code, compiled with that side's options, shows a
 * global of the wrong side does not type-check, and the same line does on its own side.
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const PLANTED = path.join(ROOT, 'build', 'planted-gas-globals');
const SIDES = {
  server: 'tsconfig.gas-server.json',
  sidebar: 'tsconfig.gas-sidebar.json',
  build: 'tsconfig.gas-build.json',
};
type Side = keyof typeof SIDES;

function options(side: Side): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, SIDES[side]),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${SIDES[side]} could not be read`);
  return parsed.options;
}

/** The type errors of one planted file that imports real code of the side it sits beside. */
function errorsOf(side: Side, source: string): string[] {
  const file = path.join(PLANTED, side, 'planted.ts');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source);
  const program = ts.createProgram([file], { ...options(side), noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const GAS = path.join(ROOT, 'src/gas').replace(/\\/g, '/');
const SERVER_CODE = `import { gasServices } from '${GAS}/server/gasServices';\nexport const services = gasServices;\n`;
const SIDEBAR_CODE = `import { toPanel } from '${GAS}/common/sidebarPanel';\nexport const panel = toPanel;\n`;
const DOM_LINE = 'export const title = document.title;\n';
const APPS_SCRIPT_LINE = 'export const book = SpreadsheetApp.getActiveSpreadsheet();\n';

afterAll(() => fs.rmSync(PLANTED, { recursive: true, force: true }));

describe('each side of the Apps Script code compiles against its own globals', () => {
  it('refuses the DOM in server code, and takes SpreadsheetApp there', () => {
    expect(errorsOf('server', SERVER_CODE + DOM_LINE)).toEqual([expect.stringMatching(/Cannot find name 'document'/)]);
    expect(errorsOf('server', SERVER_CODE + APPS_SCRIPT_LINE)).toEqual([]);
  });

  it('refuses SpreadsheetApp in the sidebar, and takes the DOM there', () => {
    expect(errorsOf('sidebar', SIDEBAR_CODE + APPS_SCRIPT_LINE)).toEqual([
      expect.stringMatching(/Cannot find name 'SpreadsheetApp'/),
    ]);
    expect(errorsOf('sidebar', SIDEBAR_CODE + DOM_LINE)).toEqual([]);
  });

  it('refuses both in build-time code, which runs in Node', () => {
    const node = "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n";
    expect(errorsOf('build', node + DOM_LINE + APPS_SCRIPT_LINE)).toEqual([
      expect.stringMatching(/Cannot find name 'document'/),
      expect.stringMatching(/Cannot find name 'SpreadsheetApp'/),
    ]);
    expect(errorsOf('build', node)).toEqual([]);
  });

  it('is what npm run typecheck compiles, each side over its own folder', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const [side, config] of Object.entries(SIDES)) {
      expect(pkg.scripts.typecheck).toContain(`tsc --noEmit -p ${config}`);
      const include = ts.readConfigFile(path.join(ROOT, config), ts.sys.readFile).config.include;
      expect(include).toContain(`src/gas/${side}`);
    }
  });
});
