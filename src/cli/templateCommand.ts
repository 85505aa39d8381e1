/**
 * `hwbc template --out FILE.xlsx [--sample]`: writes the template workbook, optionally with the
 * demonstration team, dated from this machine's local today.
 */
import { createTemplates, SHEET_ORDER } from '../../shared/templates';
import { writeNewFile } from './newFile';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

const USAGE = `Usage: hwbc template --out FILE.xlsx [--sample]
  --out FILE.xlsx  where to write the workbook (a new file)
  --sample         fill it with a demonstration team so every formula has something to show`;

/** The options of one `hwbc template` command line, or what is wrong with it. */
export type TemplateArgs = { out: string; sample: boolean } | { error: string } | { help: true };

/**
 * Reads the command line of `hwbc template`.
 *
 * @example
 * parseTemplateArgs(['--out', 'team.xlsx', '--sample']); // { out: 'team.xlsx', sample: true }
 */
export function parseTemplateArgs(args: readonly string[]): TemplateArgs {
  let out: string | null = null;
  let sample = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--sample') sample = true;
    else if (arg === '--out' || arg === '-o') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--'))
        return { error: '--out needs a file name, such as --out team.xlsx.' };
      out = next;
      i++;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else return { error: `Unknown option "${arg}".` };
  }
  if (out === null || out === '') return { error: 'Say where to write the workbook with --out FILE.xlsx.' };
  if (!/\.xlsx$/i.test(out)) return { error: `The file name must end in .xlsx, got "${out}".` };
  return { out, sample };
}

/**
 * Runs `hwbc template`; gives the exit code (0 written, 2 bad usage or the file cannot be written).
 *
 * @example
 * await templateCommand(['--out', 'team.xlsx', '--sample']); // 0
 */
export async function templateCommand(args: string[]): Promise<number> {
  return writeNewFile(parseTemplateArgs(args), USAGE, async (parsed, out) => {
    const workbook = new XlsxWorkbook();
    const result = await createTemplates(workbook, { sample: parsed.sample });
    workbook.arrangeSheets(SHEET_ORDER);
    await workbook.save(out);
    const today = (await workbook.info()).today;
    console.log(`Wrote ${parsed.out} with the sheets ${result.added.join(', ')}.`);
    if (parsed.sample) {
      const coaches = (await workbook.read('Coaches')).values.filter((r, i) => i > 0 && r[0] !== null).length;
      console.log(`It holds a demonstration team of ${coaches} coaches, dated around ${today}.`);
    }
  });
}
