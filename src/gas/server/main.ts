/**
 * The Apps Script bundle. webpack assigns these exports to the global HWBC_ADDON and appends
 * the generated top-level stubs (stubSource.ts) that Apps Script needs: one per custom
 * function, trigger, menu item and sidebar call.
 */
import { gasServices } from './gasServices';
import { runCustomFunction, type SheetsResult } from './customFunctions';
import {
  hwbcCheckScript,
  hwbcMenuCheck,
  hwbcMenuCreateTemplates,
  hwbcMenuNewHire,
  hwbcShowSidebar,
  onInstall,
  onOpen,
} from './menu';
import * as server from './server';
import * as steps from './stepServer';
import * as templateSteps from './templateSteps';
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

/** What the sidebar calls: the compiler checks these against the one contract both sides share. */
const sidebarCalls: SidebarServer = {
  hwbcListTemplateSheets: server.hwbcListTemplateSheets,
  hwbcPlanTemplates: templateSteps.hwbcPlanTemplates,
  hwbcAddTemplateSheets: templateSteps.hwbcAddTemplateSheets,
  hwbcNewHire: server.hwbcNewHire,
  hwbcCheckScript,
  hwbcListFunctions: server.hwbcListFunctions,
  hwbcCreateSelfTest: server.hwbcCreateSelfTest,
  hwbcStepStart: steps.hwbcStepStart,
  hwbcStepRead: steps.hwbcStepRead,
  hwbcStep: steps.hwbcStep,
  hwbcInsertFormula: server.hwbcInsertFormula,
  hwbcSelectCell: server.hwbcSelectCell,
};

/**
 * The implementations behind the generated top-level entry points, by the same names.
 *
 * @example
 * entryPoints.hwbcListTemplateSheets(); // what the top-level hwbcListTemplateSheets() returns
 */
export const entryPoints = {
  onOpen,
  onInstall,
  hwbcShowSidebar,
  hwbcMenuCreateTemplates,
  hwbcMenuNewHire,
  hwbcMenuCheck,
  ...sidebarCalls,
};
