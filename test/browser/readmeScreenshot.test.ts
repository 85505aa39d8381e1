/**
 * The README's picture of the demo page, docs/pane.png: 1280 × 820 px, the Check panel with the
 * sample team's results beside the HWBC Report sheet it wrote, in British English. Every run
 * saves it as test-output/screenshots/readme-pane.png; to replace the README's copy, run
 * `HWBC_UPDATE_DOCS=1 npx jest test/browser/readmeScreenshot`.
 */
import fs from 'fs';
import path from 'path';
import { SCREENSHOTS, startDemo, type Demo } from '../support/browser';
import { runCheck } from './demoActions';

const README_PICTURE = path.resolve(__dirname, '../../docs/pane.png');
const SIZE = { width: 1280, height: 820 };

/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await demo?.close();
});

test("the README's screenshot: the check's results beside the report sheet, dates as people write them", async () => {
  const { page, errors } = await demo.open(SIZE.width, '', SIZE.height);
  const panel = await runCheck(page);
  await page.getByRole('tab', { name: 'HWBC Report', exact: true }).click();
  expect(await page.getByRole('tab', { name: 'HWBC Report', exact: true }).getAttribute('aria-selected')).toBe('true');

  // The pane and the report it wrote name the same day, in the same words.
  const heading = (await panel.getByRole('heading', { name: /^Summary as of / }).textContent())!;
  expect(heading).toMatch(/^Summary as of \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  expect(await page.locator('[data-cell="B1"]').textContent()).toBe(heading.replace('Summary as of', 'As of'));
  // A blank as-of box shows the British order for a date to be typed into.
  expect(await panel.locator('input[name="asOf"]').inputValue()).toBe('');

  await page.mouse.move(0, 0);
  const out = path.join(SCREENSHOTS, 'readme-pane.png');
  const png = await page.screenshot({ path: out });
  expect(pngSize(png)).toEqual(SIZE);
  expect(errors).toEqual([]);
  if (process.env.HWBC_UPDATE_DOCS) fs.copyFileSync(out, README_PICTURE);
});

test("the README's screenshot is in place, at the demo page's size", () => {
  expect(pngSize(fs.readFileSync(README_PICTURE))).toEqual(SIZE);
});
