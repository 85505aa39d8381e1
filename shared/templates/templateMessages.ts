/**
 * What "Create template sheets" says about a sheet it left alone or did not create, in the
 * pane's words: kept apart from the templates themselves so the Sheets sidebar can say it
 * without carrying every template sheet.
 */

/**
 * Why a sheet was left alone or not created, in the pane's words.
 *
 * @example
 * TEMPLATE_MESSAGES.exists; // 'A sheet with this name is already in the workbook, …'
 * TEMPLATE_MESSAGES.readsOther('Coaches', 'Settings', 'Settings');
 * // 'Coaches was not created: its formulas read the Settings sheet, and your sheet called Settings is not the template's. …'
 */
export const TEMPLATE_MESSAGES = {
  exists: 'A sheet with this name is already in the workbook, so it was left exactly as it is.',
  unknown: 'This is not one of the template sheets.',
  notTemplate: (yours: string) =>
    `Your sheet called ${yours} is not the template's (its first row has other headers), so it was left exactly as it is.`,
  /** `reads` is the sheet the formulas read; `yours` the user's sheet in the way (the same, or one `reads` needs). */
  readsOther: (sheet: string, reads: string, yours: string) =>
    reads.toLowerCase() === yours.toLowerCase()
      ? `${sheet} was not created: its formulas read the ${reads} sheet, and your sheet called ${yours} is not the template's. Rename your sheet and create again.`
      : `${sheet} was not created: its formulas read the ${reads} sheet, which was not created because your sheet called ${yours} is not the template's. Rename your sheet and create again.`,
} as const;
