/**
 * `hwbc selftest --out FILE.xlsx`: writes the functions self-test for Excel, a sheet of live
 * HWBC. formulas beside their expected answers with PASS/FAIL and a total. Open it in Excel
 * with the add-in installed to see at a glance whether the functions behave there.
 */
import { selfTestSheet } from '../../shared/selftest';
import { writeNewFile } from './newFile';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

const USAGE = `Usage: hwbc selftest --out FILE.xlsx
  --out FILE.xlsx  where to write the self-test workbook (a new file)`;

/** The options of one `hwbc selftest` command line, or what is wrong with it. */
export type SelfTestArgs = { out: string } | { error: string } | { help: true };

/**
 * Reads the command line of `hwbc selftest`.
 *
 * @example
 * parseSelfTestArgs(['--out', 'selftest.xlsx']); // { out: 'selftest.xlsx' }
 */
export function parseSelfTestArgs(args: readonly string[]): SelfTestArgs {
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--out' || arg === '-o') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--'))
        return { error: '--out needs a file name, such as --out selftest.xlsx.' };
      out = next;
      i++;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else return { error: `Unknown option "${arg}".` };
  }
  if (out === null || out === '') return { error: 'Say where to write the self-test with --out FILE.xlsx.' };
  if (!/\.xlsx$/i.test(out)) return { error: `The file name must end in .xlsx, got "${out}".` };
  return { out };
}

/**
 * Runs `hwbc selftest`; gives the exit code (0 written, 2 bad usage or the file cannot be written).
 *
 * @example
 * await selfTestCommand(['--out', 'selftest.xlsx']); // 0
 */
export async function selfTestCommand(args: string[]): Promise<number> {
  return writeNewFile(parseSelfTestArgs(args), USAGE, async (parsed, out) => {
    const workbook = new XlsxWorkbook();
    const sheet = selfTestSheet('excel');
    await workbook.addSheet(sheet);
    await workbook.save(out);
    console.log(
      `Wrote ${parsed.out}: ${sheet.rows.length - 1} checks of the HWBC functions. Open it in Excel with the ` +
        'add-in installed; row 2 says PASS when every check passes (press Ctrl+Alt+F9 if the results show #NAME?).',
    );
  });
}
