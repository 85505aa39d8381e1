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
