/**
 * The one contract between the sidebar and the server: every function the sidebar may call
 * through google.script.run, with its arguments and its plain-data answer. The server's entry
 * points (server/main.ts) are checked against it when they compile, the sidebar calls only
 * through a typed wrapper over it (sidebar/scriptRun.ts), and the generated Code.js stubs
 * (build/entryPoints.ts) name exactly these functions, so a misspelt or missing call does not
 * compile on either side.
 */
import type { FunctionInfo, NewHireDetails, NewHireResult, SelfTestResult, TemplateOptions } from '../../../shared/api';
import type { TemplatePlan } from '../../../shared/templates/templateSteps';
import type { FormulaRequest, RowBlock, SheetBox, StepCall, StepStart } from './stepTypes';

/** Every server function the sidebar calls, as the server declares it. */
export interface SidebarServer {
  hwbcListTemplateSheets(): string[];
  hwbcPlanTemplates(options?: TemplateOptions): TemplatePlan;
  hwbcAddTemplateSheets(sheets: string[], sample: boolean, later?: string[]): string[];
  hwbcNewHire(details: NewHireDetails): NewHireResult;
  hwbcCheckScript(): string;
  hwbcListFunctions(): FunctionInfo[];
  hwbcCreateSelfTest(): SelfTestResult;
  hwbcStepStart(cells?: number): StepStart;
  hwbcStepRead(sheet: string, rest: SheetBox[] | null, count: number, withFormulas?: boolean): RowBlock;
  hwbcStepFormulas(wanted: FormulaRequest[], count: number): RowBlock[];
  hwbcStep(call: StepCall): unknown;
  hwbcInsertFormula(formula: string): void;
  hwbcSelectCell(sheet: string, row: number, column: string | null): void;
}

/** The name of one sidebar call. */
export type SidebarCallName = keyof SidebarServer;

/**
 * Every call's name, once: the compiler refuses this list if it misses a call of the
 * interface or names one it does not have (the sidebar's wrapper is built from it).
 *
 * @example
 * SIDEBAR_CALL_NAMES.includes('hwbcStepRead'); // true
 */
export const SIDEBAR_CALL_NAMES = Object.keys({
  hwbcListTemplateSheets: true,
  hwbcPlanTemplates: true,
  hwbcAddTemplateSheets: true,
  hwbcNewHire: true,
  hwbcCheckScript: true,
  hwbcListFunctions: true,
  hwbcCreateSelfTest: true,
  hwbcStepStart: true,
  hwbcStepRead: true,
  hwbcStepFormulas: true,
  hwbcStep: true,
  hwbcInsertFormula: true,
  hwbcSelectCell: true,
} satisfies Record<SidebarCallName, true>) as SidebarCallName[];

/**
 * The same calls as the sidebar sees them: each answers later, through google.script.run.
 *
 * @example
 * const names: string[] = await server.hwbcListTemplateSheets();
 */
export type SidebarCalls = {
  [K in SidebarCallName]: (...args: Parameters<SidebarServer[K]>) => Promise<ReturnType<SidebarServer[K]>>;
};
