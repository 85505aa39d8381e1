/**
 * `npm run bench`: measures the add-in and prints one Markdown table for the README's
 * Performance section. Progress goes to stderr, the table to stdout. Exits non-zero when a
 * task's host calls differ between 100 and 10,000 rows (or from createTemplates' own).
 */
import os from 'os';
import { bundleSizes } from './measure/bundleSizes';
import { checkSpeed } from './measure/checkSpeed';
import { excelTierMs } from './measure/excelFunction';
import { hostCalls, unequalCalls } from './measure/hostCalls';
import { officeCheckPayload, overBudget } from './measure/officeCheck';
import { sheetsTierMs } from './measure/sheetsFunction';
import { bundleRows, checkRows, functionRows, hostCallRows, officePayloadRows } from './rows';
import { markdownTable } from './table';

const CHECK_ROWS = 100_000;
const HOST_SIZES = [100, 10_000] as const;
const FUNCTION_ROWS = 10_000;

const step = (what: string) => process.stderr.write(`bench: ${what}…\n`);

/** The machine, as the README records it under the table. */
function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`;
}

async function main(): Promise<void> {
  step(`checking ${CHECK_ROWS.toLocaleString('en-GB')} log rows`);
  const speed = await checkSpeed(CHECK_ROWS);
  step('counting host calls');
  const calls = await hostCalls(HOST_SIZES);
  step(`checking ${CHECK_ROWS.toLocaleString('en-GB')} log rows through the Office.js fake`);
  const office = await officeCheckPayload(CHECK_ROWS);
  step('calling the built custom functions');
  const excelMs = await excelTierMs(FUNCTION_ROWS);
  const sheetsMs = await sheetsTierMs(FUNCTION_ROWS);
  const rows = [
    ...checkRows(speed),
    ...hostCallRows(calls),
    ...officePayloadRows(office.coaches, CHECK_ROWS, office.payload),
    ...functionRows(FUNCTION_ROWS, excelMs, sheetsMs),
    ...bundleRows(bundleSizes()),
  ];
  process.stdout.write(
    `${markdownTable(rows)}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine()}.\n`,
  );
  const problems = [...unequalCalls(calls), ...overBudget(office.payload)];
  if (problems.length > 0) {
    process.stderr.write(`\nbench: host calls out of bounds:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
