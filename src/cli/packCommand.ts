/**
 * `hwbc pack FILE.xlsx --coach ID --out pack.xlsx [--as-of YYYY-MM-DD]`: writes one coach's
 * Tier sign-off pack (framework §8.2.1, §9.2) as a new print-ready workbook, for the
 * independent supervisor. The team's workbook is only read, never saved; the pack file must
 * not exist yet (nothing is overwritten). Exit code 0 written, 2 bad usage, an unknown coach or
 * a file that cannot be read or written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MAPPING_SETTING } from '../../shared/check';
import { PackError, signOffPackFromSheets } from '../../shared/pack/createSignOffPack';
import { isIsoDate } from '../../shared/values/dates/calendarDate';
import { readContext } from '../../shared/values/context';
import type { SheetData } from '../../shared/workbook';
import { whyNotNewFile } from './newFile';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

const USAGE = `Usage: hwbc pack FILE.xlsx --coach ID --out PACK.xlsx [--as-of YYYY-MM-DD]
  --coach ID       the coach's ID (or name) as on the Coaches sheet
  --out PACK.xlsx  where to write the pack (a new file)
  --as-of DATE     the day the pack is made for; default the workbook's Settings, else today`;

/** The options of one `hwbc pack` command line. */
export interface PackArgs {
  file: string;
  coach: string;
  out: string;
  asOf?: string;
}

const VALUE_OPTIONS = ['--coach', '--out', '--as-of'] as const;

/**
 * Reads the command line of `hwbc pack`, or says what is wrong with it.
 *
 * @example
 * parsePackArgs(['team.xlsx', '--coach', 'HWBC-004', '--out', 'pack.xlsx']); // { file: 'team.xlsx', coach: 'HWBC-004', out: 'pack.xlsx' }
 */
export function parsePackArgs(args: readonly string[]): PackArgs | { error: string } | { help: true } {
  const values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') return { help: true };
    const option = VALUE_OPTIONS.find((o) => a === o || a.startsWith(`${o}=`));
    if (option) {
      const value = a === option ? args[++i] : a.slice(option.length + 1);
      if (value === undefined || value === '' || value.startsWith('--')) return { error: `${option} needs a value.` };
      values[option] = value;
    } else if (a.startsWith('-')) return { error: `Unknown option "${a}".` };
    else if (file === undefined) file = a;
    else return { error: `Only one workbook at a time; got "${file}" and "${a}".` };
  }
  if (file === undefined) return { error: 'Which workbook? Give the team’s .xlsx file.' };
  if (!values['--coach']) return { error: 'Say whose pack it is with --coach ID.' };
  if (!values['--out']) return { error: 'Say where to write the pack with --out PACK.xlsx.' };
  if (!/\.xlsx$/i.test(values['--out']))
    return { error: `The pack's file name must end in .xlsx, got "${values['--out']}".` };
  const asOf = values['--as-of'];
  if (asOf !== undefined && !isIsoDate(asOf))
    return { error: `--as-of needs a date written YYYY-MM-DD, got "${asOf}".` };
  return { file, coach: values['--coach'], out: values['--out'], asOf };
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

/**
 * Runs `hwbc pack` and gives the exit code.
 *
 * @example
 * await packCommand(['team.xlsx', '--coach', 'HWBC-004', '--out', 'pack.xlsx']); // 0
 */
export async function packCommand(args: string[]): Promise<number> {
  const parsed = parsePackArgs(args);
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in parsed) return fail(`${parsed.error}\n${USAGE}`);
  const out = path.resolve(parsed.out);
  if (!fs.existsSync(parsed.file)) return fail(`Cannot read "${parsed.file}": there is no such file.`);
  const notNew = whyNotNewFile(parsed.out);
  if (notNew) return fail(notNew);
  let team: XlsxWorkbook;
  try {
    team = await XlsxWorkbook.fromFile(parsed.file);
    await team.info();
  } catch {
    return fail(
      `"${parsed.file}" is not a readable .xlsx workbook (it may be damaged or password-protected). Open it in Excel and save it again as .xlsx.`,
    );
  }
  const info = await team.info();
  const sheets: SheetData[] = [];
  for (const name of await team.sheetNames()) sheets.push(await team.read(name));
  const ctx = readContext(info.today, { timeZone: info.timeZone, dateSystem: info.dateSystem });
  try {
    const spec = signOffPackFromSheets(
      sheets,
      await team.getSetting(MAPPING_SETTING),
      parsed.coach,
      ctx,
      [],
      parsed.asOf,
    );
    const pack = new XlsxWorkbook({ today: info.today, timeZone: info.timeZone });
    await pack.addSheet(spec);
    await pack.save(out);
    console.log(`Wrote ${parsed.out}: ${spec.name}, ${spec.rows.length} rows, A4 landscape.`);
    return 0;
  } catch (e) {
    if (e instanceof PackError) return fail(e.message);
    throw e;
  }
}
