/**
 * A template sheet's header row: bold, wrapped and top-aligned, as the Excel and .xlsx
 * renderers make it. That is three calls (setFontWeight, setWrap, setVerticalAlignment) for
 * the first sheet a run makes; every later sheet copies the first one's header format in one
 * Range.copyFormatToRange(sheet, column, columnEnd, row, rowEnd), which repeats a one-cell
 * source across the whole row ("if the destination is larger … the source is repeated",
 * developers.google.com/apps-script/reference/spreadsheet/range#copyFormatToRange) and copies
 * the formatting only: no value and no note.
 */
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Styles the first `columns` cells of row 1; returns the cell a later sheet's header can copy
 * its format from (the one given, or this sheet's A1 when none was given).
 *
 * @example
 * let styled = styleHeader(settingsSheet, 15, null); // three calls; styled is Settings!A1
 * styled = styleHeader(hoursSheet, 12, styled);      // one call
 */
export function styleHeader(sheet: Sheet, columns: number, styled: Range | null): Range {
  if (styled) {
    styled.copyFormatToRange(sheet, 1, columns, 1, 1);
    return styled;
  }
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold').setWrap(true).setVerticalAlignment('top');
  return sheet.getRange(1, 1);
}
