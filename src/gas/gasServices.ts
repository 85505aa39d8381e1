/**
 * The Apps Script services the add-on uses, looked up when needed rather than at load time:
 * a custom function or an onOpen in AuthMode.NONE must not touch a service it does not need,
 * and tests hand in fakes.
 */
export interface GasServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
}

/**
 * The script's global services.
 *
 * @example
 * gasServices().SpreadsheetApp.getActiveSpreadsheet().getName();
 */
export function gasServices(): GasServices {
  return { SpreadsheetApp, PropertiesService, Utilities, HtmlService };
}
