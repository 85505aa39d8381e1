/**
 * What the sheet plan says, in one place: the drop-down warning every host shows, and the
 * error for a template that highlights a column it does not have (a mistake in the template
 * itself, caught before a host is asked to do anything).
 */

/**
 * The plan's words.
 *
 * @example
 * PLAN_MESSAGES.chooseFromList('Type'); // 'Choose a value from the list for Type.'
 */
export const PLAN_MESSAGES = {
  chooseFromList: (header: string) => `Choose a value from the list for ${header}.`,
  wholeNumber: (header: string, min: number, max: number) =>
    `${header}: type a whole number from ${min} to ${max}, or leave it blank for the default.`,
  unknownHighlightColumn: (sheet: string, column: string) =>
    `Sheet "${sheet}" highlights an unknown column "${column}".`,
};
