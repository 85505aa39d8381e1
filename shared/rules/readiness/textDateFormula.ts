/**
 * A native formula that mirrors textDate.ts beside it: it reads a date typed as text the way the
 * check's readDate does (values/readDate.ts): ISO `2026-03-15` or UK `15/03/2026` (day first; `/`, `.` or `-`
 * between the parts), one- or two-digit day and month, a four-digit year from 1900. A cell a
 * host keeps as text (a pasted or imported column, a cell formatted as text) still holds a
 * date to the person who typed it, so the template and the check read it alike.
 * Formula text without the leading "="; arguments are expressions.
 */

import { FIRST_TEXT_DATE_YEAR } from './textDate';

/**
 * A cell's text as both sides read a date or a word typed in it (docs/rules.md §4): a tab or
 * line break anywhere removed, spaces trimmed and runs of them made one (values/cells/tidyText.ts
 * is the check's side).
 *
 * @example
 * tidyTextFormula('F2'); // 'TRIM(CLEAN(F2&""))'
 */
export function tidyTextFormula(cell: string): string {
  return `TRIM(CLEAN(${cell}&""))`;
}

/** Spaces each part is padded to when the text is split (longer than any date typed as text). */
const PAD = 20;

/**
 * The date serial of a date typed as text in `cell`; an error value for anything else (a
 * number, other text, a date that does not exist), so callers wrap it in IFERROR.
 *
 * ISO text goes to DATEVALUE without any time of day (every host reads ISO dates whatever its language, and
 * refuses 30 February); UK text is turned round into ISO first. Built without LET, which
 * Excel 2019 and LibreOffice 7 lack: the parts of UK text are read by turning each separator
 * into PAD spaces and taking MID at fixed places.
 *
 * @example
 * textDateFormula('F2'); // 'IF(AND(ISTEXT(F2),…),DATEVALUE(…),NA())'
 */
export function textDateFormula(cell: string): string {
  const text = tidyTextFormula(cell);
  const dashes = `SUBSTITUTE(SUBSTITUTE(${text},"/","-"),".","-")`;
  const spread = `SUBSTITUTE(${dashes},"-",REPT(" ",${PAD}))`;
  const [day, month] = [0, 1].map((k) => `TRIM(MID(${spread},${k * PAD + 1},${PAD}))`);
  const twoSeparators = (t: string) => `LEN(${t})-LEN(SUBSTITUTE(${t},"-",""))=2`;
  // ISO when the first separator follows four characters ("2026-1-5"; "15-1-2026" is UK).
  const iso = `FIND("-",${dashes})=5`;
  // ISO text may go on with a time of day after "T" or a space ("2026-01-05T10:00:00Z").
  const cut = `MIN(IFERROR(FIND("T",UPPER(${text})),99),IFERROR(FIND(" ",${text}),99))`;
  const isoDate = `LEFT(${text},${cut}-1)`;
  const time = `MID(${text},${cut}+1,99)`;
  const isoShape = `AND(${twoSeparators(isoDate)},OR(${time}="",IFERROR(AND(ISNUMBER(VALUE(LEFT(${time},1))),ISNUMBER(FIND(":",${time}))),FALSE)))`;
  // UK text: no space, exactly two separators ("1/2/3/2026" is not a date), a day of one or
  // two characters and a four-digit year.
  const ukShape = `AND(ISERROR(FIND(" ",${text})),${twoSeparators(dashes)},LEN(${day})<=2,MID(${dashes},LEN(${dashes})-4,1)="-")`;
  const shape = [
    `ISTEXT(${cell})`,
    `IF(${iso},${isoShape},${ukShape})`,
    // DATEVALUE takes years before 1900 in LibreOffice; the check refuses them.
    `IF(${iso},LEFT(${text},4),RIGHT(${text},4))>="${FIRST_TEXT_DATE_YEAR}"`,
  ].join(',');
  const asIso = `IF(${iso},${isoDate},RIGHT(${text},4)&"-"&${month}&"-"&${day})`;
  return `IF(IFERROR(AND(${shape}),FALSE),DATEVALUE(${asIso}),NA())`;
}

/*
 * The same rule over a whole range at once, inside SUMPRODUCT, so a log's totals read every row
 * of it. Inside SUMPRODUCT every host works element by element through plain arithmetic and
 * text functions, but not through IF, IFERROR, AND, OR or MIN (Excel before dynamic arrays takes
 * one value of a range there, and AND/OR/MIN fold the whole range into one answer). So choices
 * are made with multiplication, REPT and FIND on a padded text.
 */

/**
 * 1 where `condition` is TRUE (or a number other than 0), 0 where it is FALSE, 0 or an error:
 * IFERROR(condition,FALSE) for every element of a range.
 *
 * @example
 * trueWithoutErrors('FIND("-",A2:A9)=5'); // 'ISNUMBER(1/(FIND("-",A2:A9)=5))'
 */
export function trueWithoutErrors(condition: string): string {
  return `ISNUMBER(1/(${condition}))`;
}

/**
 * For each cell of `range`, the serial of the date it holds as text, else an error value
 * (wrap comparisons with it in trueWithoutErrors). Numbers and other values give an error:
 * callers read those themselves.
 *
 * @example
 * textDateArrayFormula('Training!$F$2:$F$30'); // 'DATEVALUE(REPT(…)&REPT(…))/(ISTEXT(…)*…)'
 */
export function textDateArrayFormula(range: string): string {
  const text = tidyTextFormula(range);
  const dashes = `SUBSTITUTE(SUBSTITUTE(${text},"/","-"),".","-")`;
  const spread = `SUBSTITUTE(${dashes},"-",REPT(" ",${PAD}))`;
  const [day, month] = [0, 1].map((k) => `TRIM(MID(${spread},${k * PAD + 1},${PAD}))`);
  const twoSeparators = (t: string) => `(LEN(${t})-LEN(SUBSTITUTE(${t},"-",""))=2)`;
  // 1 for ISO order: the first separator follows four characters.
  const iso = trueWithoutErrors(`FIND("-",${dashes})=5`);
  // Where a time of day may start: the first "T" (any case) or space; past the end when none.
  const cut = `FIND(" ",SUBSTITUTE(UPPER(${text}),"T"," ")&" ")`;
  const isoDate = `LEFT(${text},${cut}-1)`;
  const time = `MID(${text},${cut}+1,99)`;
  const timeOk = `((${time}="")+ISNUMBER(VALUE(LEFT(${time},1)))*ISNUMBER(FIND(":",${time}))>0)`;
  const isoShape = `${twoSeparators(isoDate)}*${timeOk}`;
  const ukShape = trueWithoutErrors(
    `ISERROR(FIND(" ",${text}))*${twoSeparators(dashes)}*(LEN(${day})<=2)*(MID(${dashes},LEN(${dashes})-4,1)="-")`,
  );
  const year = `REPT(LEFT(${text},4),${iso})&REPT(RIGHT(${text},4),1-${iso})`;
  const shape = `ISTEXT(${range})*(${iso}*${isoShape}+(1-${iso})*${ukShape})*(${year}>="${FIRST_TEXT_DATE_YEAR}")`;
  const asIso = `REPT(${isoDate},${iso})&REPT(RIGHT(${text},4)&"-"&${month}&"-"&${day},1-${iso})`;
  // Dividing by the shape turns every cell that is not a date typed as text into an error.
  return `DATEVALUE(${asIso})/(${shape})`;
}
