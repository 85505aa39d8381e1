/**
 * A FakeGas sheet as a RawSheet: SpreadsheetApp's own units and spellings turned neutral —
 * widths in pixels, dates as Date objects at midnight in the spreadsheet's zone, drop-downs
 * as requireValueInList/InRange, highlights as text-equals or custom-formula rules.
 */
import type { FakeConditionalRule, FakeGas, FakeValidation } from '../../support/fakeSpreadsheetApp';
import { boxOf, eachCell } from '../../support/officeSheets';
import {
  type DropDown,
  type Highlight,
  isDateFormat,
  isoText,
  letters,
  plainRange,
  type NeutralCell,
  type RawSheet,
  serialToIso,
} from './sheetDescription';

/** Pixels back to characters: the Sheets renderer gives 7 px a character plus 10 px. */
const characters = (pixels: number) => (pixels - 10) / 7;

/**
 * The date (and time, unless midnight) a Date shows in a time zone, as Sheets shows a cell.
 *
 * @example
 * dateInZone(new Date('2026-06-30T23:00:00Z'), 'Europe/London'); // '2026-07-01'
 */
export function dateInZone(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(d)
    .reduce<Record<string, string>>((o, p) => ({ ...o, [p.type]: p.value }), {});
  const p = (k: string) => Number(parts[k]);
  return isoText(new Date(Date.UTC(p('year'), p('month') - 1, p('day'), p('hour'), p('minute'), p('second'))));
}

function dropDown(rule: FakeValidation): DropDown {
  return {
    ...(rule.kind === 'number'
      ? { between: rule.between }
      : rule.kind === 'range'
        ? { range: plainRange(rule.range ?? '') }
        : { list: rule.values }),
    invalid: rule.allowInvalid ? 'warning' : 'reject',
    message: rule.helpText || null,
  };
}

/** "=$F2=TRUE" on F2:F201 is "equals TRUE"; any other formula is kept as it is. */
function equalsOf(rule: FakeConditionalRule, range: string): Highlight['equals'] {
  const c = rule.condition;
  if (c?.type === 'TEXT_EQ') return c.value;
  const box = boxOf(range.slice(range.lastIndexOf('!') + 1));
  const formula = c?.type === 'CUSTOM_FORMULA' ? /^=\$([A-Z]+)(\d+)=(TRUE|FALSE)$/.exec(c.formula) : null;
  if (formula && formula[1] === letters(box.col) && +formula[2] === box.row) return formula[3] === 'TRUE';
  return { unrecognised: c };
}

/**
 * @example
 * describeSheet(fromSheets(fake, 'Coaches'));
 */
export function fromSheets(fake: FakeGas, name: string): RawSheet {
  const sheet = fake.book.sheet(name);
  if (!sheet) throw new Error(`No sheet ${name} in the fake spreadsheet.`);
  const formatAt = (r: number, c: number) => {
    const f = sheet.formats.get(`${r},${c}`);
    return f === undefined || f.toLowerCase() === 'general' ? null : f;
  };
  const cells = new Map<string, NeutralCell>();
  sheet.rows.forEach((row, i) =>
    Array.from(row).forEach((cell, j) => {
      if (!cell) return;
      const key = `${i + 1},${j + 1}`;
      const v = cell.value;
      if (cell.formula) cells.set(key, { formula: cell.formula });
      else if (Object.prototype.toString.call(v) === '[object Date]')
        cells.set(key, { date: dateInZone(v as Date, fake.timeZone) });
      else if (typeof v === 'number' && isDateFormat(formatAt(i + 1, j + 1))) cells.set(key, { date: serialToIso(v) });
      else if (v !== '') cells.set(key, v as NeutralCell);
    }),
  );
  const dropDowns = new Map<string, DropDown>();
  for (const v of sheet.validations) {
    const rule = dropDown(v.rule as FakeValidation);
    eachCell(boxOf(v.a1), null, (key) => dropDowns.set(key, rule));
  }
  const rows = [...cells.keys(), ...sheet.formats.keys(), ...dropDowns.keys()].map((k) => +k.split(',')[0]);
  // Header notes: the row-1 cells setNotes gave a text ('' is no note).
  const notes = [...sheet.notes].filter(([key, text]) => key.startsWith('1,') && text !== '');
  return {
    name,
    cells,
    formatAt,
    lastRow: Math.max(0, ...rows),
    dropDowns,
    notes: new Map(notes.map(([key, text]) => [+key.split(',')[1], text])),
    widths: new Map([...sheet.columnWidths].map(([c, px]) => [c, characters(px)])),
    headerStyle: (c) => ({
      bold: sheet.bold.has(`1,${c}`),
      wrapped: sheet.wrapped.has(`1,${c}`),
      top: sheet.verticalAlignment.get(`1,${c}`) === 'top',
    }),
    frozenRows: sheet.frozenRows,
    filter: sheet.filter,
    highlights: (sheet.conditionalRules as FakeConditionalRule[]).flatMap((rule) =>
      rule.ranges.map((range) => ({
        range: plainRange(range).replace(`${name}!`, ''),
        equals: equalsOf(rule, range),
        fill: String(rule.background).toUpperCase(),
        font: String(rule.fontColor).toUpperCase(),
      })),
    ),
  };
}
