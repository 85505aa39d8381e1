/**
 * An .xlsx worksheet (as exceljs reads the saved file back) as a RawSheet: widths already in
 * characters, dates as Date cells at UTC midnight, formulas stored without "=" and with the
 * `_xlfn.` prefix of later functions, list drop-downs as `"a,b,c"`, colours as ARGB.
 */
import type ExcelJS from 'exceljs';
import { boxOf, eachCell } from '../../support/officeSheets';
import {
  type DropDown,
  type Highlight,
  isDateFormat,
  isoText,
  plainRange,
  type NeutralCell,
  type RawSheet,
  serialToIso,
} from './sheetDescription';

/** exceljs keeps validations by cell (or by range) in `dataValidations.model`. */
type Validations = Record<string, ExcelJS.DataValidation>;
type ConditionalFormatting = { ref: string; rules: Record<string, unknown>[] };

function dropDown(v: ExcelJS.DataValidation): DropDown {
  const source = String(v.formulae?.[0] ?? '');
  const list = /^"(.*)"$/.exec(source);
  const whole =
    v.type === 'whole' ? { between: [Number(v.formulae[0]), Number(v.formulae[1])] as [number, number] } : null;
  return {
    ...(whole ?? (list ? { list: list[1].split(',') } : { range: plainRange(source) })),
    invalid: !v.showErrorMessage || v.errorStyle === 'warning' || v.errorStyle === 'information' ? 'warning' : 'reject',
    message: v.error ?? null,
  };
}

function equalsOf(rule: Record<string, unknown>): Highlight['equals'] {
  const formula = String((rule.formulae as string[] | undefined)?.[0] ?? '');
  if (rule.type === 'cellIs' && rule.operator === 'equal') {
    const text = /^"((?:[^"]|"")*)"$/.exec(formula);
    if (text) return text[1].replace(/""/g, '"');
    if (/^(TRUE|FALSE)$/i.test(formula)) return formula.toUpperCase() === 'TRUE';
  }
  return { unrecognised: rule };
}

const colour = (argb: unknown) => `#${String(argb).slice(-6).toUpperCase()}`;

function content(cell: ExcelJS.Cell, format: string | null): NeutralCell | null {
  const v = cell.value as unknown;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    return { formula: `=${cell.formula.replace(/_xlfn\./g, '')}` };
  }
  if (v instanceof Date) return { date: isoText(v) };
  if (typeof v === 'number' && isDateFormat(format)) return { date: serialToIso(v) };
  if (typeof v === 'object' && 'richText' in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  return v as NeutralCell;
}

/**
 * @example
 * describeSheet(fromXlsx(loaded.getWorksheet('Coaches')));
 */
export function fromXlsx(ws: ExcelJS.Worksheet): RawSheet {
  const formatAt = (r: number, c: number) => {
    const f = ws.getCell(r, c).numFmt;
    return !f || f.toLowerCase() === 'general' ? null : f;
  };
  const cells = new Map<string, NeutralCell>();
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = content(cell, formatAt(r, c));
      if (v !== null) cells.set(`${r},${c}`, v);
    }),
  );
  const dropDowns = new Map<string, DropDown>();
  const model = (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
  for (const [address, v] of Object.entries(model)) {
    if (v.type !== 'list' && v.type !== 'whole') continue;
    const rule = dropDown(v);
    eachCell(boxOf(address.replace(/^range:/, '')), null, (key) => dropDowns.set(key, rule));
  }
  const formattings = (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings;
  const filter = typeof ws.autoFilter === 'string' ? ws.autoFilter : null;
  const bottoms = [
    ...[...cells.keys(), ...dropDowns.keys()].map((k) => +k.split(',')[0]),
    ...formattings.map((f) => boxOf(f.ref).row + boxOf(f.ref).rows - 1),
    ...(filter ? [boxOf(filter).row + boxOf(filter).rows - 1] : []),
  ];
  const notes = new Map<number, string>();
  ws.getRow(1).eachCell((cell, c) => {
    const note = cell.note as string | { texts: { text: string }[] } | undefined;
    if (note) notes.set(c, typeof note === 'string' ? note : note.texts.map((t) => t.text).join(''));
  });
  const widths = new Map<number, number>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w !== undefined) widths.set(c, w);
  }
  const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
  return {
    name: ws.name,
    cells,
    formatAt,
    lastRow: Math.max(0, ...bottoms),
    dropDowns,
    notes,
    widths,
    headerStyle: (c) => {
      const cell = ws.getCell(1, c);
      return {
        bold: cell.font?.bold === true,
        wrapped: cell.alignment?.wrapText === true,
        top: cell.alignment?.vertical === 'top',
      };
    },
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    filter,
    highlights: formattings.flatMap((f) =>
      f.rules.map((rule) => {
        const style = (rule.style ?? {}) as {
          fill?: { bgColor?: { argb?: string } };
          font?: { color?: { argb?: string } };
        };
        return {
          range: plainRange(f.ref),
          equals: equalsOf(rule),
          fill: colour(style.fill?.bgColor?.argb),
          font: colour(style.font?.color?.argb),
        };
      }),
    ),
  };
}
