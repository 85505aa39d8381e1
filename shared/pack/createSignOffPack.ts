/**
 * "Tier sign-off pack": reads the workbook as the check does, finds the chosen coach and adds
 * their pack as a new sheet. It never overwrites: when the pack's name is taken (an earlier
 * pack, or a sheet of the user's own), the new one gets the next free name.
 */
import { coachKey } from '../check/read/references/coachKey';
import { guessFromSheets } from '../check/find/guess';
import type { Coach } from '../check/read/model';
import { readWorkbook } from '../check/read/readWorkbook';
import { MAPPING_SETTING } from '../check/find/savedMapping';
import type { IsoDate } from '../values/dates/calendarDate';
import { readContext } from '../values/context';
import type { SheetData, SheetSpec, WorkbookPort } from '../workbook';
import { PACK_TEXT } from './packText';
import { signOffPackSheet } from './signOffPack';

/** Why a pack could not be made, in words for the person who asked for it. */
export class PackError extends Error {}

/** Excel's limit on a sheet name, and the characters no host allows in one. */
const MAX_NAME = 31;
const NOT_IN_NAMES = /[[\]:*?/\\]/g;

/**
 * A sheet name not already in use: `wanted`, else `wanted (2)`, `wanted (3)` …, each within
 * Excel's 31 characters and free of the characters sheet names cannot hold.
 *
 * @example
 * freeSheetName('Sign-off HWBC-001', ['Sign-off HWBC-001']); // 'Sign-off HWBC-001 (2)'
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const clean = wanted.replace(NOT_IN_NAMES, '-').slice(0, MAX_NAME);
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${clean.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * The coach a pack is asked for, by ID or name (any case and spacing), or a PackError naming
 * the coaches there are.
 *
 * @example
 * findCoach(coaches, 'hwbc-004').label; // 'Daniel Okoro'
 */
export function findCoach(coaches: readonly Coach[], wanted: string): Coach {
  const key = coachKey(wanted);
  const found = coaches.find(
    (c) => c.key === key || (c.id !== null && coachKey(c.id) === key) || (c.name !== null && coachKey(c.name) === key),
  );
  if (!found)
    throw new PackError(
      PACK_TEXT.noCoach(
        wanted,
        coaches.map((c) => c.id ?? c.label),
      ),
    );
  return found;
}

/**
 * The pack's sheet for a coach, from sheets already read (the command line writes it to a new
 * file; the pane adds it to the workbook).
 *
 * @example
 * const spec = signOffPackFromSheets(sheets, null, 'HWBC-004', readContext('2026-03-20'), [], '2026-03-20');
 */
export function signOffPackFromSheets(
  sheets: readonly SheetData[],
  savedMapping: unknown,
  wanted: string,
  ctx: ReturnType<typeof readContext>,
  taken: readonly string[],
  asOf?: IsoDate,
): SheetSpec {
  const mappings = guessFromSheets(sheets, savedMapping);
  const data = readWorkbook(sheets, mappings, ctx, asOf);
  const coach = findCoach(data.coaches, wanted);
  const name = freeSheetName(PACK_TEXT.sheetName(coach.id ?? coach.label), taken);
  return signOffPackSheet(data, coach, coach.organisation, name);
}

/**
 * Adds the chosen coach's Tier sign-off pack to the workbook as a new sheet, and says its name.
 *
 * @example
 * await createSignOffPack(port, 'HWBC-004'); // { sheet: 'Sign-off HWBC-004', coach: 'Daniel Okoro' }
 */
export async function createSignOffPack(
  port: WorkbookPort,
  wanted: string,
  asOf?: IsoDate,
): Promise<{ sheet: string; rows: number }> {
  const info = await port.info();
  const names = await port.sheetNames();
  const sheets: SheetData[] = [];
  for (const name of names) sheets.push(await port.read(name));
  const ctx = readContext(info.today, { timeZone: info.timeZone, dateSystem: info.dateSystem });
  const spec = signOffPackFromSheets(sheets, await port.getSetting(MAPPING_SETTING), wanted, ctx, names, asOf);
  await port.addSheet(spec);
  return { sheet: spec.name, rows: spec.rows.length };
}
