/**
 * Where exceljs goes in the built files: only into the chunk the Excel task pane and the demo
 * page load when a user asks for a new hire's own workbook. The custom functions, the pane's
 * first load, Code.js and the Sheets sidebar stay without it. The chunk itself is held to the
 * same promises as every bundle (bundles.test.ts scans it too): no network calls, no generated
 * code, no source maps.
 */
import fs from 'fs';
import path from 'path';

const DIST = path.join(__dirname, '..', '..', 'dist');
/** Text only exceljs's .xlsx writer carries (the add-in's own code names neither). */
const EXCELJS = /schemas\.openxmlformats\.org\/spreadsheetml|sharedStrings/;
const CHUNK = /^hire-workbook\.[0-9a-f]{8}\.js$/;

function read(...parts: string[]): string {
  const file = path.join(DIST, ...parts);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run the production build first (npx webpack --mode production).`);
  return fs.readFileSync(file, 'utf8');
}

function chunksIn(dir: string): string[] {
  return fs.readdirSync(path.join(DIST, dir)).filter((f) => CHUNK.test(f));
}

describe.each([
  ['excel', ['taskpane.js', 'functions.js', 'commands.js'], 'taskpane.js'],
  ['demo', ['demo.js'], 'demo.js'],
])('dist/%s', (dir, entries, loader) => {
  it('has one hire-workbook chunk, and it holds exceljs', () => {
    const chunks = chunksIn(dir);
    expect(chunks).toHaveLength(1);
    expect(read(dir, chunks[0])).toMatch(EXCELJS);
    expect(read(dir, chunks[0])).not.toMatch(/sourceMappingURL/);
  });

  it.each(entries)('keeps exceljs out of %s', (entry) => {
    expect(read(dir, entry)).not.toMatch(EXCELJS);
  });

  it(`names the chunk, hash included, in ${loader} so the page loads that build's own`, () => {
    const [, hash] = chunksIn(dir)[0].split('.');
    expect(read(dir, loader)).toContain('"hire-workbook"');
    expect(read(dir, loader)).toContain(hash);
  });
});

describe('dist/gas', () => {
  it.each(['Code.js', 'Sidebar.html'])('keeps exceljs out of %s', (file) => {
    expect(read('gas', file)).not.toMatch(EXCELJS);
  });

  it('holds no chunk: Apps Script and the sidebar load no other files', () => {
    expect(fs.readdirSync(path.join(DIST, 'gas')).filter((f) => f.endsWith('.js'))).toEqual(['Code.js']);
  });
});
