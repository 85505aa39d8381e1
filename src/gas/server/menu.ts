/**
 * The add-on menu (Extensions › HWBC Toolkit) and the sidebar. onOpen runs in AuthMode.NONE
 * in documents where the add-on is installed but not yet used: there it may only build the
 * menu, so it touches nothing but SpreadsheetApp.getUi().
 */
import type { TemplateResult } from '../../../shared/api';
import { gasServices } from './gasServices';
import { runToCompletion } from './runToCompletion';
import { sheetsServerActions } from './server';
import { panelMarker, toPanel, type SidebarPanel } from '../common/sidebarPanel';

/** The built page, pushed as Sidebar.html (see webpack/gas.js). */
const SIDEBAR_FILE = 'Sidebar';
/** The check's code for the sidebar, pushed as SidebarCheck.html (see webpack/gas.js). */
const CHECK_FILE = 'SidebarCheck';
const SIDEBAR_TITLE = 'HWBC Toolkit';

/**
 * Builds the add-on menu.
 *
 * @example
 * onOpen({ authMode: ScriptApp.AuthMode.NONE });
 */
export function onOpen(_e?: unknown): void {
  gasServices()
    .SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open HWBC panel', 'hwbcShowSidebar')
    .addItem('Create template sheets', 'hwbcMenuCreateTemplates')
    .addItem('New hire…', 'hwbcMenuNewHire')
    .addItem('Check this workbook', 'hwbcMenuCheck')
    .addToUi();
}

/**
 * Adds the menu right after installation (Sheets does not call onOpen then).
 *
 * @example
 * onInstall({ authMode: ScriptApp.AuthMode.FULL });
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * Opens the sidebar on a panel.
 *
 * @example
 * showSidebar('newHire');
 */
export function showSidebar(panel: SidebarPanel): void {
  const { HtmlService, SpreadsheetApp } = gasServices();
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE)
    .getContent()
    .replace(panelMarker('templates'), panelMarker(toPanel(panel)));
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(page).setTitle(SIDEBAR_TITLE));
}

/**
 * The code of the check, guessing mappings and the sign-off pack, as text for the sidebar,
 * which runs it as a script of its own the first time one of them is used (sidebar/lazyCheck.ts).
 * Apps Script reads .html files only when asked, so custom functions never load it.
 *
 * @example
 * hwbcCheckScript(); // 'var HWBC_SIDEBAR_CHECK=…'
 */
export function hwbcCheckScript(): string {
  return gasServices().HtmlService.createHtmlOutputFromFile(CHECK_FILE).getContent();
}

/*
 * Menu items that open the sidebar, each on its own panel, e.g.
 *   hwbcMenuNewHire(); // the sidebar, on the New hire form
 */
export const hwbcShowSidebar = (): void => showSidebar('templates');
export const hwbcMenuNewHire = (): void => showSidebar('newHire');
export const hwbcMenuCheck = (): void => showSidebar('check');

/** The message of anything thrown (Apps Script's own exceptions are not always `instanceof Error`). */
function errorMessage(e: unknown): string {
  const text = e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  return text.replace(/^(Exception|Error): /, '');
}

function describe(result: TemplateResult): string {
  const added = result.added.length > 0 ? `Added: ${result.added.join(', ')}.` : 'No sheets were missing.';
  const skipped = result.skipped.map((s) => `${s.sheet} (${s.reason})`);
  return skipped.length > 0 ? `${added}\n\nLeft alone: ${skipped.join('; ')}.` : added;
}

/**
 * Menu: adds every missing template sheet, then says what it added and what it left alone.
 *
 * @example
 * hwbcMenuCreateTemplates(); // an alert: "Added: Coaches, Hours log, …"
 */
export function hwbcMenuCreateTemplates(): void {
  const ui = gasServices().SpreadsheetApp.getUi();
  let message: string;
  try {
    message = describe(runToCompletion(() => sheetsServerActions().createTemplates({})));
  } catch (e) {
    message = `The template sheets could not be created: ${errorMessage(e)}`;
  }
  ui.alert(SIDEBAR_TITLE, message, ui.ButtonSet.OK);
}

// The menu's module is the one the bundle loads when first needed (main.ts): it carries the
// sidebar's calls with it, so webpack joins them and the template sheets into one scope.
export * from './server';
export * from './stepServer';
export * from './templateSteps';
