/**
 * The workbook check ("Check this workbook"): reads each sheet once, works out what each
 * sheet and column means (or uses the mapping the user confirmed), checks every coach
 * against the rules, and writes the HWBC Report sheet, replacing only its own previous
 * report. Everything goes through the WorkbookPort, so Excel, Google Sheets, .xlsx files
 * and the in-memory demo all check the same way.
 */
import type { CheckOptions } from '../api';
import { isIsoDate } from '../values/dates/calendarDate';
import { readContext } from '../values/context';
import type { SheetData, WorkbookPort } from '../workbook';
import { describeMapping } from './find/describeMapping';
import { guessFromSheets } from './find/guess';
import { REPORT_TEXT } from './messages';
import { isOwnReport, REPORT_SETTING, reportTarget, writeReport } from './report/reportSheet';
import { runCheck, type CheckOutcome } from './runCheck';
import { cleanMappings, MAPPING_SETTING, savedMapping } from './find/savedMapping';
import { needsFormulas, readByTypedRowsRead, settingsSheet } from './formulasNeeded';
import type { CheckResult, SheetMapping } from './types';

export * from './types';
export { MAPPING_SETTING } from './find/savedMapping';
export { REPORT_NAME, REPORT_SETTING } from './report/reportSheet';
export { isNhsNumber } from './findings/nhsNumber';

/**
 * Every sheet read once, values first (formulas follow where needed: withNeededFormulas); the
 * check's own report is set aside, never read as data.
 */
async function readSheets(port: WorkbookPort): Promise<{ names: string[]; sheets: SheetData[]; own: string | null }> {
  const names = await port.sheetNames();
  const setting = await port.getSetting(REPORT_SETTING);
  const all: SheetData[] = [];
  for (const name of names) all.push(await port.read(name, { formulas: false }));
  const own = all.find((s) => isOwnReport(setting, s))?.name ?? null;
  return { names, sheets: all.filter((s) => s.name !== own), own };
}

/**
 * Works out which sheets hold coach data and what each column means: the saved mapping
 * while it still fits the sheets' headers, else a fresh guess.
 *
 * @example
 * await guessMappings(port); // [{ sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [...] }]
 */
export async function guessMappings(port: WorkbookPort): Promise<SheetMapping[]> {
  const { sheets } = await readSheets(port);
  return guessFromSheets(sheets, await port.getSetting(MAPPING_SETTING));
}

/**
 * The sheets with the formulas the check needs (formulasNeeded.ts), from a host that reads
 * them apart (Google Sheets); other hosts read them with the values and are left as they are.
 */
async function withNeededFormulas(port: WorkbookPort, sheets: SheetData[], mappings: readonly SheetMapping[]) {
  const readFormulas = port.readFormulas?.bind(port);
  if (!readFormulas) return sheets;
  const read = new Map<string, SheetData>();
  const readOf = async (wanted: SheetData[]) => {
    for (const s of wanted.length > 0 ? await readFormulas(wanted) : []) read.set(s.name, s);
  };
  await readOf(sheets.filter((s) => needsFormulas(s.name, mappings)));
  // Then, rarely, a sheet whose formulas read a rows-read cell of Settings typed over or cleared.
  const settings = settingsSheet([...read.values()]);
  await readOf(sheets.filter((s) => !read.has(s.name) && readByTypedRowsRead(s.name, settings)));
  return sheets.map((s) => read.get(s.name) ?? s);
}

/**
 * Reads every sheet and checks them; only what the report needs comes back, so the sheets as
 * read (the largest thing the check holds: 400,000 log rows are hundreds of megabytes) can be
 * let go before the report is written.
 */
async function readAndCheck(port: WorkbookPort, options: CheckOptions) {
  const info = await port.info();
  const { names, sheets: values, own } = await readSheets(port);
  const mappings = options.mappings
    ? cleanMappings(options.mappings).map((m) =>
        describeMapping(
          m,
          values.find((s) => s.name === m.sheet),
        ),
      )
    : guessFromSheets(values, await port.getSetting(MAPPING_SETTING));
  const sheets = await withNeededFormulas(port, values, mappings);
  const ctx = readContext(info.today, { timeZone: info.timeZone, dateSystem: info.dateSystem });
  const outcome = runCheck(sheets, mappings, ctx, options.asOf, options.monthly !== false);
  return { names, own, sheetNames: sheets.map((s) => s.name), mappings, outcome };
}

/**
 * Checks the workbook and (unless told not to) writes the HWBC Report sheet. A mapping
 * passed in is one the user confirmed: it is used and saved in the workbook for next time.
 *
 * @example
 * const result = await checkWorkbook(port, { asOf: '2026-03-20' });
 */
export async function checkWorkbook(
  port: WorkbookPort,
  options: CheckOptions,
): Promise<CheckResult & Pick<CheckOutcome, 'monthly'>> {
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    throw new Error(REPORT_TEXT.badAsOf(String(options.asOf)));
  const { names, own, sheetNames, mappings, outcome } = await readAndCheck(port, options);
  if (options.mappings) await port.setSetting(MAPPING_SETTING, savedMapping(mappings, sheetNames));
  let reportSheet: string | null = null;
  if (options.writeReport !== false) {
    const target = reportTarget(names, own);
    if (target.note) outcome.findings.unshift(target.note);
    await writeReport(port, target.name, target.replace, outcome);
    reportSheet = target.name;
  }
  return { ...outcome, mappings, reportSheet };
}
