/**
 * The red / amber / green of the template's highlights, once for every host: the fill and
 * text colours of Excel's built-in Bad / Neutral / Good cell styles, so Excel, Google Sheets
 * and .xlsx files look alike. Hex digits without a prefix: each host adds its own ('#' for
 * Office.js and SpreadsheetApp, an 'FF' alpha for exceljs).
 */
import type { HighlightRule } from '../workbook';

/**
 * Fill and text colour of each highlight style.
 *
 * @example
 * HIGHLIGHT_COLOURS.bad; // { fill: 'FFC7CE', font: '9C0006' }
 */
export const HIGHLIGHT_COLOURS: Readonly<Record<HighlightRule['style'], { fill: string; font: string }>> = {
  bad: { fill: 'FFC7CE', font: '9C0006' },
  warn: { fill: 'FFEB9C', font: '9C5700' },
  good: { fill: 'C6EFCE', font: '006100' },
};
