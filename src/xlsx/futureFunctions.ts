/**
 * Functions Excel added after 2007 are stored in .xlsx files with an `_xlfn.` prefix
 * (ECMA-376 and MS-XLSX §2.2.2). Without it Excel shows #NAME? for, say, MAXIFS, although the
 * same text typed into a cell works; LibreOffice and Google Sheets read either spelling. The
 * port speaks plain formulas ("=MAXIFS(…)"), so the prefix is added on save and dropped on read.
 */

/** Later functions the templates or users are likely to use; the full list is far longer. */
const FUTURE_FUNCTIONS = [
  'MAXIFS',
  'MINIFS',
  'IFS',
  'SWITCH',
  'IFNA',
  'CONCAT',
  'TEXTJOIN',
  'DAYS',
  'ISOWEEKNUM',
  'FLOOR.MATH',
  'CEILING.MATH',
  'XOR',
  'SHEET',
  'SHEETS',
  'FORMULATEXT',
  'NUMBERVALUE',
];

const NAMES = FUTURE_FUNCTIONS.map((f) => f.replace('.', '\\.')).join('|');
// A name followed by "(", not part of a longer name and not already prefixed. Text inside
// quotes is left alone by splitting the formula on string literals first.
const PLAIN = new RegExp(`(^|[^A-Za-z0-9_.])(${NAMES})\\(`, 'gi');

function outsideStrings(formula: string, change: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join('');
}

/**
 * The formula as it must be stored in an .xlsx file (no leading "=").
 *
 * @example
 * toStoredFormula('=MAXIFS(A:A,B:B,"x")'); // '_xlfn.MAXIFS(A:A,B:B,"x")'
 */
export function toStoredFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return outsideStrings(body, (code) =>
    code.replace(PLAIN, (_m, before: string, name: string) => `${before}_xlfn.${name}(`),
  );
}

/**
 * The formula as a user sees it in Excel, with its "=": prefixes dropped.
 *
 * @example
 * fromStoredFormula('_xlfn.MAXIFS(A:A,B:B,"x")'); // '=MAXIFS(A:A,B:B,"x")'
 */
export function fromStoredFormula(stored: string): string {
  // Most formulas hold no prefix at all: reading a PCN's workbooks meets tens of thousands.
  if (!/_xl/i.test(stored)) return '=' + stored;
  return '=' + outsideStrings(stored, (code) => code.replace(/_xlfn\.|_xlws\./gi, ''));
}
