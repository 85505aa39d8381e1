/**
 * The one rule every `hwbc` command that writes a workbook follows: it writes new files only,
 * never over one that exists (never lose a file), and only into a folder that exists.
 */
import * as fs from 'fs';
import * as path from 'path';

/**
 * Why a workbook cannot be written to `given` as a new file, or null when it can.
 *
 * @example
 * whyNotNewFile('team.xlsx'); // null, when there is no team.xlsx yet and the folder exists
 * whyNotNewFile('team.xlsx'); // 'team.xlsx already exists. Choose another name, or move the file away first.'
 */
export function whyNotNewFile(given: string): string | null {
  const out = path.resolve(given);
  if (fs.existsSync(out)) return `${given} already exists. Choose another name, or move the file away first.`;
  if (!fs.existsSync(path.dirname(out))) return `The folder ${path.dirname(out)} does not exist.`;
  return null;
}

/** A writing command's parsed arguments: what to write, a request for help, or what was wrong. */
export type WriteArgs<T extends { out: string }> = T | { help: true } | { error: string };

/**
 * The steps every `hwbc` command that writes one new workbook shares: usage on --help, the
 * argument problem with the usage, the new-file rule, then `write` (given the full path).
 * Gives the exit code: 0 written or help shown, 2 bad usage or the file cannot be written.
 *
 * @example
 * await writeNewFile(parseSelfTestArgs(args), USAGE, (_, out) => workbook.save(out)); // 0
 */
export async function writeNewFile<T extends { out: string }>(
  parsed: WriteArgs<T>,
  usage: string,
  write: (args: T, out: string) => Promise<void>,
): Promise<number> {
  if ('help' in parsed) {
    console.log(usage);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${usage}`);
    return 2;
  }
  const notNew = whyNotNewFile(parsed.out);
  if (notNew) {
    console.error(notNew);
    return 2;
  }
  await write(parsed, path.resolve(parsed.out));
  return 0;
}
