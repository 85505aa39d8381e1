/**
 * A quick run of some of the bench's measurements while working on one of them:
 * `node build/bench/bench/quick.js functions` (cold starts and a million-cell call) or `… cold`
 * (the cold starts alone: a median of 9 fresh processes for each bundle) or
 * `… check 100000` (the check against a read at one size) or `… pcn 200` (`hwbc check` over a
 * PCN's workbooks, as its row in the table) or `… cli 200000` (`hwbc check` of one large
 * .xlsx file, as its rows in the table) or `… speed` (the table's rows for the check at
 * 100,000 and 400,000 log rows, the cold starts, the million-cell calls and the bundles, as
 * `npm run bench` prints them; build first). `npm run bench` runs them all.
 */
import { checkWorkbook } from '../shared/check';
import { createTemplates } from '../shared/templates';
import { checkSpeed } from './measure/checkSpeed';
import { sheetsCallCensus } from './measure/sheetsCalls';
import { AS_OF, syntheticWorkbook } from './synthetic/workbook';
import { coldStartMs } from './measure/coldStart';
import { excelSupervisionDueMs, sheetsSupervisionDueMs } from './measure/supervisionDueColumn';
import { formatMs } from './timing';
import { pcnCheck } from './measure/pcnCheck';
import { bundleRows, cliCheckRows, pcnRows } from './rows';
import { cliCheck } from './measure/cliCheck';
import { bundleSizes } from './measure/bundleSizes';
import { checkAtSizes } from './measure/checkSpeed';
import { bundleSourceRows, checkSizeRows, functionSpeedRows } from './speedRows';
import { markdownTable } from './table';

async function main(): Promise<void> {
  const [what, size] = process.argv.slice(2);
  if (what === 'speed') {
    const sizes = checkAtSizes([100_000, 400_000]);
    const functionSpeed = {
      excelCold: coldStartMs('excel'),
      sheetsCold: coldStartMs('sheets'),
      excelMillion: await excelSupervisionDueMs(1_000_000),
      sheetsMillion: await sheetsSupervisionDueMs(1_000_000),
    };
    const bundles = bundleSizes();
    const rows = [
      ...checkSizeRows(sizes),
      ...functionSpeedRows(functionSpeed),
      ...bundleRows(bundles),
      ...bundleSourceRows(bundles),
    ];
    process.stdout.write(`${markdownTable(rows)}\n`);
  } else if (what === 'cold') {
    // The cold rows alone, to compare a change to a bundle back to back with the one before it.
    process.stdout.write(`cold functions.js ${formatMs(coldStartMs('excel'))}\n`);
    process.stdout.write(`cold Code.js ${formatMs(coldStartMs('sheets'))}\n`);
  } else if (what === 'functions') {
    process.stdout.write(`cold functions.js ${formatMs(coldStartMs('excel'))}\n`);
    process.stdout.write(`cold Code.js ${formatMs(coldStartMs('sheets'))}\n`);
    process.stdout.write(`1M functions.js ${formatMs(await excelSupervisionDueMs(1_000_000, 1))}\n`);
    process.stdout.write(`1M Code.js ${formatMs(await sheetsSupervisionDueMs(1_000_000, 1))}\n`);
  } else if (what === 'dump') {
    const wb = await syntheticWorkbook(Number(size ?? 10_000));
    const result = await checkWorkbook(wb, { asOf: AS_OF });
    process.stdout.write(`${JSON.stringify({ findings: result.findings, coaches: result.coaches })}\n`);
  } else if (what === 'census') {
    const wb = await syntheticWorkbook(Number(size ?? 1000));
    const sheets = [];
    for (const name of await wb.sheetNames()) sheets.push(await wb.read(name));
    const check = await sheetsCallCensus(sheets, (port) => checkWorkbook(port, { asOf: AS_OF }));
    const create = await sheetsCallCensus([], (port) => createTemplates(port, { sample: true }));
    for (const [name, c] of [
      ['check', check],
      ['create', create],
    ] as const) {
      const { calls, ...counts } = c;
      const byCall = new Map<string, number>();
      for (const call of calls) byCall.set(call, (byCall.get(call) ?? 0) + 1);
      process.stdout.write(`${name} ${JSON.stringify(counts)} of ${sheets.length} sheets\n`);
      if (process.env.VERBOSE) process.stdout.write(`${JSON.stringify([...byCall])}\n${calls.join(' ')}\n`);
    }
  } else if (what === 'cli') {
    process.stdout.write(`${markdownTable(cliCheckRows(await cliCheck(Number(size ?? 200_000))))}\n`);
  } else if (what === 'pcn') {
    process.stdout.write(`${markdownTable(pcnRows(await pcnCheck(Number(size ?? 200))))}\n`);
  } else {
    const s = await checkSpeed(Number(size ?? 100_000), 2);
    process.stdout.write(`${JSON.stringify(s)} ratio ${(s.checkMs / s.readMs).toFixed(2)}\n`);
  }
}

void main();
