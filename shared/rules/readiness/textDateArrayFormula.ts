/**
 * textDateFormula.ts beside this file, rewritten to work on a whole range at once inside
 * SUMPRODUCT: the date serial of each cell holding a date typed as text, the same rule the
 * check's readDate applies (docs/rules.md §4), so a log's totals read every row of it.
 *
 * Why a second form: inside SUMPRODUCT every host works element by element through plain
 * arithmetic and text functions, but not through IF, IFERROR, AND, OR or MIN (Excel before
 * dynamic arrays takes one value of a range there, and AND/OR/MIN fold the whole range into
 * one answer). So choices are made with multiplication, REPT and FIND on a padded text.
 * Formula text without the leading "="; arguments are expressions.
 */
import { FIRST_TEXT_DATE_YEAR } from './textDate';
import { tidyTextFormula } from './textDateFormula';

/** Spaces each part is padded to when the text is split, as textDateFormula pads them. */
const PAD = 20;

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
