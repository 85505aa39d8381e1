/**
 * A FakeExcel sheet (after the add-in's writes) as a RawSheet: Office.js's own units and
 * spellings turned neutral — widths in points, list sources as "a,b,c" or "=Sheet!$A$2:$A$9",
 * highlights as "=\"Overdue\"" formulas, dates as serial numbers with a date format.
 */
import { boxOf, eachCell, type ExcelSheet } from '../../support/officeSheets';
import {
  type DropDown,
  type Highlight,
  isDateFormat,
  plainRange,
  type NeutralCell,
  type RawSheet,
  serialToIso,
} from './sheetDescription';

/** Points back to characters: Office.js widths are (7 px a character + 5 px) × ¾. */
const characters = (points: number) => ((points * 4) / 3 - 5) / 7;

function dropDown(rule: unknown, alert: unknown): DropDown {
  const source = (rule as { list?: { source?: string } }).list?.source ?? '';
  const a = (alert ?? {}) as { showAlert?: boolean; style?: string; message?: string };
  const whole = (rule as { wholeNumber?: { formula1: unknown; formula2: unknown } }).wholeNumber;
  const kind = whole
    ? { between: [Number(whole.formula1), Number(whole.formula2)] as [number, number] }
    : source.startsWith('=')
      ? { range: plainRange(source) }
      : { list: source.split(',') };
  return {
    ...kind,
    invalid: a.showAlert === false || a.style === 'Warning' || a.style === 'Information' ? 'warning' : 'reject',
    message: a.message ?? null,
  };
}

/** `="Overdue"` is the text Overdue, `=TRUE` the boolean; anything else is kept as it is. */
function equalsOf(rule: unknown): Highlight['equals'] {
  const { formula1, operator } = (rule ?? {}) as { formula1?: string; operator?: string };
  if (operator === 'EqualTo' && typeof formula1 === 'string') {
    const text = /^="((?:[^"]|"")*)"$/.exec(formula1);
    if (text) return text[1].replace(/""/g, '"');
    if (/^=(TRUE|FALSE)$/i.test(formula1)) return formula1.toUpperCase() === '=TRUE';
  }
  return { unrecognised: rule };
}

/**
 * @example
 * describeSheet(fromExcel(excel.sheet('Coaches')));
 */
export function fromExcel(sheet: ExcelSheet): RawSheet {
  const formatAt = (r: number, c: number) => {
    const f = sheet.numberFormats.get(`${r},${c}`);
    return f === undefined || f.toLowerCase() === 'general' ? null : f;
  };
  const cells = new Map<string, NeutralCell>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    if (typeof cell.formula === 'string' && cell.formula.startsWith('=')) cells.set(key, { formula: cell.formula });
    else if (typeof cell.value === 'number' && isDateFormat(formatAt(r, c)))
      cells.set(key, { date: serialToIso(cell.value) });
    else if (cell.value !== '') cells.set(key, cell.value);
  }
  const dropDowns = new Map<string, DropDown>();
  for (const v of sheet.validations) {
    const rule = dropDown(v.rule, v.errorAlert);
    eachCell(boxOf(v.address), null, (key) => dropDowns.set(key, rule));
  }
  const rows = [
    ...[...sheet.cells.keys(), ...sheet.numberFormats.keys(), ...dropDowns.keys()].map((k) => +k.split(',')[0]),
  ];
  return {
    name: sheet.name,
    cells,
    formatAt,
    lastRow: Math.max(0, ...rows),
    dropDowns,
    notes: new Map(sheet.notes.map((n) => [boxOf(n.address).col, n.text])),
    widths: new Map([...sheet.columnWidths].map(([c, points]) => [c, characters(points)])),
    headerStyle: (c) => ({
      bold: sheet.bold.has(`1,${c}`),
      wrapped: sheet.wrapped.has(`1,${c}`),
      top: sheet.verticalAlignment.get(`1,${c}`) === 'Top',
    }),
    frozenRows: sheet.frozenRows,
    filter: sheet.filter,
    highlights: sheet.highlights.map((h) => ({
      range: plainRange(h.address),
      equals: h.type === 'CellValue' ? equalsOf(h.rule) : { unrecognised: h },
      fill: String(h.fill).toUpperCase(),
      font: String(h.font).toUpperCase(),
    })),
  };
}
