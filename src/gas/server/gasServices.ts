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
 * The script's global services, each looked up only when used (a custom function never
 * touches PropertiesService or HtmlService, not even to name it).
 *
 * @example
 * gasServices().SpreadsheetApp.getActiveSpreadsheet().getName();
 */
export function gasServices(): GasServices {
  return {
    get SpreadsheetApp() {
      return SpreadsheetApp;
    },
    get PropertiesService() {
      return PropertiesService;
    },
    get Utilities() {
      return Utilities;
    },
    get HtmlService() {
      return HtmlService;
    },
  };
}
