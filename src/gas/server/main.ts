/**
 * The Apps Script bundle. webpack assigns these exports to the global HWBC_ADDON and appends
 * the generated top-level stubs (stubSource.ts) that Apps Script needs: one per custom
 * function, trigger, menu item and sidebar call.
 *
 * Apps Script loads the whole of Code.js for every custom function execution, so only the
 * custom functions are evaluated when it loads. The menu, the sidebar's calls and the template
 * sheets behind them are evaluated the first time one of them is called (webpack's "eager"
 * import: the code is in this same file, and no file is fetched).
 */
import { gasServices } from './gasServices';
import { runCustomFunction, type SheetsResult } from './customFunctions';
import { runToCompletion } from './runToCompletion';
import type { SidebarServer } from '../common/sidebarServer';

/**
 * Runs one spreadsheet function by its bare name (what every HWBC_… stub calls).
 *
 * @example
 * customFunction('TIER', [250, true, 2]); // 2
 */
export function customFunction(name: string, args: readonly unknown[]): SheetsResult {
  return runCustomFunction(name, args, gasServices());
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => unknown;

/**
 * A function of a module evaluated when first called: the call waits for nothing (the module is
 * in this file, and runToCompletion settles the import at once) and answers as the function does.
 */
function onDemand<M extends { [P in K]: Fn }, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  const call = (...args: Parameters<M[K]>) => runToCompletion(async () => (await load())[name](...args));
  return call as M[K];
}

/** The menu with the sidebar's calls (menu.ts re-exports them), all in one scope. */
const menu = () => import(/* webpackMode: "eager" */ './menu');
const server = menu;
const steps = menu;
const templateSteps = menu;

/** What the sidebar calls: the compiler checks these against the one contract both sides share. */
const sidebarCalls: SidebarServer = {
  hwbcListTemplateSheets: onDemand(server, 'hwbcListTemplateSheets'),
  hwbcPlanTemplates: onDemand(templateSteps, 'hwbcPlanTemplates'),
  hwbcAddTemplateSheets: onDemand(templateSteps, 'hwbcAddTemplateSheets'),
  hwbcNewHire: onDemand(server, 'hwbcNewHire'),
  hwbcCheckScript: onDemand(menu, 'hwbcCheckScript'),
  hwbcListFunctions: onDemand(server, 'hwbcListFunctions'),
  hwbcCreateSelfTest: onDemand(server, 'hwbcCreateSelfTest'),
  hwbcStepStart: onDemand(steps, 'hwbcStepStart'),
  hwbcStepRead: onDemand(steps, 'hwbcStepRead'),
  hwbcStepFormulas: onDemand(steps, 'hwbcStepFormulas'),
  hwbcStep: onDemand(steps, 'hwbcStep'),
  hwbcInsertFormula: onDemand(server, 'hwbcInsertFormula'),
  hwbcSelectCell: onDemand(server, 'hwbcSelectCell'),
};

/**
 * The implementations behind the generated top-level entry points, by the same names.
 *
 * @example
 * entryPoints.hwbcListTemplateSheets(); // what the top-level hwbcListTemplateSheets() returns
 */
export const entryPoints = {
  onOpen: onDemand(menu, 'onOpen'),
  onInstall: onDemand(menu, 'onInstall'),
  hwbcShowSidebar: onDemand(menu, 'hwbcShowSidebar'),
  hwbcMenuCreateTemplates: onDemand(menu, 'hwbcMenuCreateTemplates'),
  hwbcMenuNewHire: onDemand(menu, 'hwbcMenuNewHire'),
  hwbcMenuCheck: onDemand(menu, 'hwbcMenuCheck'),
  ...sidebarCalls,
};
