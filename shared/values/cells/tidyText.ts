/**
 * Text as a spreadsheet's TRIM(CLEAN(…)) leaves it (docs/rules.md §4): control characters such
 * as a tab or a line break removed wherever they are, spaces trimmed from both ends and runs of
 * them made one. The check reads a date or a "done" word typed as text through this, and the
 * template's formulas through TRIM(CLEAN(…)), so a cell pasted with a leading tab reads the
 * same on both sides. Other characters (a no-break space) are kept, as TRIM keeps them.
 */

// Characters 0 to 31, the ones CLEAN removes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/g;

/**
 * The text TRIM(CLEAN(text)) gives.
 *
 * @example
 * tidyText('\t2026-03-01 ');      // '2026-03-01'
 * tidyText(' 2026-03-01   10:00'); // '2026-03-01 10:00'
 */
export function tidyText(text: string): string {
  return text.replace(CONTROL, '').replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}
