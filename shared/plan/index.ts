/**
 * The host-neutral sheet plan the three renderers translate (see sheetPlan.ts).
 */
export * from './sheetPlan';
export { HIGHLIGHT_COLOURS } from './highlightColours';
export { PLAN_MESSAGES } from './planMessages';
