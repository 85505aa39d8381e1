/**
 * Each built bundle within its size budget, minified as it ships: what Excel downloads before
 * the first custom function runs, what the task pane and the Sheets sidebar load, and what
 * Apps Script loads for every custom function call. A change that makes a bundle carry more
 * (an index imported for one name, a library on a path that does not need it) fails here;
 * `npm run bench` prints each bundle's five largest sources to find what grew.
 *
 * Budgets in bytes, each today's size with a little room. functions.js is well within the
 * project's target of 42 KB (its size is compiled before a workbook's first custom function
 * answers). The task pane loads the workbook actions (templates, new hire, the check,
 * sign-off packs) from a chunk of their own when first used, so taskpane.js is the pane itself
 * (target 175 KB). In Google Sheets the check (with guessing mappings, the sign-off pack and
 * zod) lives only in SidebarCheck.html, which the sidebar loads when first used and runs
 * itself over short server steps: Code.js (what Apps Script loads for every custom function,
 * target 170 KB) and the sidebar page (target 65 KB) carry none of it. Their budgets, and the
 * check file's, are today's sizes with a little room.
 */
import fs from 'fs';
import path from 'path';
import { ensureGasBuild } from '../gas/support/builtGas';
import { ensureExcelBuild } from '../support/loadBundle';

const KB = 1024;

const BUDGETS: readonly { file: string; bytes: number }[] = [
  { file: 'excel/functions.js', bytes: 35 * KB },
  // 71 KB: the three warnings of what the template's formulas read otherwise than the check (a
  // client's reference, a coach's, an hours log answer: their messages and passes) added 2.4 KB.
  { file: 'excel/taskpane.js', bytes: 71 * KB },
  // 161 KB: Code.js's modules joined into one scope (their own webpack layer) saved 2.4 KB.
  { file: 'gas/Code.js', bytes: 161 * KB },
  { file: 'gas/Sidebar.html', bytes: 57 * KB },
  // 151 KB: the check's rows kept as places on the sheet (MappedRows) and the scan of every
  // log cell written out for speed added about 1.8 KB.
  // 157 KB: those three warnings added about 5.3 KB here (messages, the passes, the rules' table).
  { file: 'gas/SidebarCheck.html', bytes: 157 * KB },
];

const DIST = path.join(__dirname, '..', '..', 'dist');

beforeAll(async () => {
  await ensureExcelBuild();
  await ensureGasBuild();
}, 600_000);

describe('bundle sizes', () => {
  it.each(BUDGETS)('$file is within $bytes bytes minified', ({ file, bytes }) => {
    const size = fs.statSync(path.join(DIST, file)).size;
    expect(size).toBeGreaterThan(bytes / 10);
    expect(size).toBeLessThanOrEqual(bytes);
  });
});
