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

/** The first exceljs text in a file, or null: a failure shows what was found, not the whole bundle. */
function exceljsIn(text: string): string | null {
  return EXCELJS.exec(text)?.[0] ?? null;
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
    expect(exceljsIn(read(dir, chunks[0]))).not.toBeNull();
    expect(read(dir, chunks[0]).includes('sourceMappingURL')).toBe(false);
  });

  it.each(entries)('keeps exceljs out of %s', (entry) => {
    expect(exceljsIn(read(dir, entry))).toBeNull();
  });

  it(`names the chunk, hash included, in ${loader} so the page loads that build's own`, () => {
    const file = chunksIn(dir)[0];
    const hash = file.split('.')[1];
    // webpack's runtime names the file whole, or puts it together: "hire-workbook." + {id: hash}[id] + ".js",
    // or, with other chunks beside it, ({id: "hire-workbook", …}[id] || id) + "." + {id: hash}[id] + ".js".
    const text = read(dir, loader);
    const named =
      text.includes(`"${file}"`) ||
      ((text.includes('"hire-workbook."') || text.includes(':"hire-workbook"')) && text.includes(`"${hash}"`));
    expect(named).toBe(true);
  });
});

describe('dist/gas', () => {
  it.each(['Code.js', 'Sidebar.html'])('keeps exceljs out of %s', (file) => {
    expect(exceljsIn(read('gas', file))).toBeNull();
  });

  it('holds no chunk: Apps Script and the sidebar load no other files', () => {
    expect(fs.readdirSync(path.join(DIST, 'gas')).filter((f) => f.endsWith('.js'))).toEqual(['Code.js']);
  });
});
