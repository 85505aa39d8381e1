/**
 * `hwbc new-hire --out FILE.xlsx --name NAME --id ID --start YYYY-MM-DD [...]`: writes a new
 * coach's own workbook, the template with the coach on Coaches and their checklist on
 * Training, the same file the Excel pane opens in a new window and the demo page downloads.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { NewHireDetails } from '../../shared/api';
import { validateNewHire } from '../../shared/templates';
import { newHireWorkbook } from '../xlsx/newHire/newHireWorkbook';
import { whyNotNewFile } from './newFile';

/** Each form field's option on the command line. */
const OPTIONS: Record<string, keyof NewHireDetails> = {
  '--name': 'name',
  '--id': 'id',
  '--organisation': 'organisation',
  '--start': 'startDate',
  '--wte': 'wte',
  '--pci': 'pciDate',
  '--prior-hours': 'priorHours',
  '--line-manager': 'lineManager',
  '--clinical-supervisor': 'clinicalSupervisor',
  '--coaching-supervisor': 'coachingSupervisor',
};

const USAGE = `Usage: hwbc new-hire --out FILE.xlsx --name NAME --id ID --start YYYY-MM-DD [options]
  --wte 0.6                  whole-time equivalent, 0–1 or a percentage (default 1)
  --organisation NAME        the employing organisation or PCN
  --pci YYYY-MM-DD           date PCI-accredited training was completed, if it has been
  --prior-hours N            NHS coaching hours before joining (default 0)
  --line-manager NAME, --clinical-supervisor NAME, --coaching-supervisor NAME`;

const optionOf = (field: string) => Object.keys(OPTIONS).find((o) => OPTIONS[o] === field) ?? field;

/**
 * Reads the command line into the new-hire form's fields and where to write, or what is wrong.
 *
 * @example
 * parseNewHireArgs(['--out', 'asha.xlsx', '--name', 'Asha Rao', '--id', 'HWBC-9', '--start', '2026-04-01']);
 * // { out: 'asha.xlsx', raw: { name: 'Asha Rao', id: 'HWBC-9', startDate: '2026-04-01' } }
 */
export function parseNewHireArgs(
  args: readonly string[],
): { out: string; raw: Record<string, string> } | { error: string } | { help: true } {
  const raw: Record<string, string> = {};
  let out = '';
  for (let i = 0; i < args.length; i += 2) {
    const [option, value] = [args[i], args[i + 1]];
    if (option === '--help' || option === '-h') return { help: true };
    if (option !== '--out' && !(option in OPTIONS)) return { error: `Unknown option "${option}".` };
    if (value === undefined || value.startsWith('--')) return { error: `${option} needs a value.` };
    if (option === '--out') out = value;
    else raw[OPTIONS[option]] = value;
  }
  if (!/\.xlsx$/i.test(out)) return { error: 'Say where to write the workbook with --out FILE.xlsx.' };
  return { out, raw };
}

/**
 * Runs `hwbc new-hire`; gives the exit code (0 written, 2 bad details or the file cannot be written).
 *
 * @example
 * await newHireCommand(['--out', 'asha.xlsx', '--name', 'Asha Rao', '--id', 'HWBC-9', '--start', '2026-04-01']); // 0
 */
export async function newHireCommand(args: string[]): Promise<number> {
  const parsed = parseNewHireArgs(args);
  if ('help' in parsed) return (console.log(USAGE), 0);
  if ('error' in parsed) return (console.error(`${parsed.error}\n${USAGE}`), 2);
  const checked = validateNewHire(parsed.raw);
  if (!checked.ok) {
    for (const [field, message] of Object.entries(checked.errors)) console.error(`${optionOf(field)}: ${message}`);
    return 2;
  }
  // Never lose a file: the command writes new workbooks only.
  const notNew = whyNotNewFile(parsed.out);
  if (notNew) return (console.error(notNew), 2);
  const { bytes, result } = await newHireWorkbook(checked.value);
  fs.writeFileSync(path.resolve(parsed.out), bytes);
  console.log(`Wrote ${parsed.out}: ${checked.value.name} (${checked.value.id}) added to ${result.added.join(', ')}.`);
  return 0;
}
