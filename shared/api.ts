/**
 * What the pane asks of its host. The Excel task pane answers in the pane itself (Office.js),
 * the Sheets sidebar through google.script.run, the demo page from an in-memory workbook.
 * Everything here is plain data: no Dates (ISO text instead), no functions, no classes.
 */
import type { CheckResult, SheetMapping } from './check/types';
import type { IsoDate } from './values/dates/calendarDate';

/** The new-hire form, as the pane sends it. Optional fields may be blank. */
export interface NewHireDetails {
  name: string;
  id: string;
  organisation: string;
  startDate: IsoDate;
  /** Whole-time equivalent, 0–1. */
  wte: number;
  pciDate: IsoDate | null;
  priorHours: number;
  lineManager: string;
  clinicalSupervisor: string;
  coachingSupervisor: string;
}

export interface TemplateOptions {
  /** Sheet names to create; all template sheets when left out. */
  sheets?: string[];
  /** Fill with the demonstration team. */
  sample?: boolean;
}

export interface TemplateResult {
  added: string[];
  /** Sheets left alone because they already exist (never overwritten). */
  skipped: { sheet: string; reason: string }[];
  /**
   * Sheets not created because the user pressed Cancel (hosts that create in steps): every
   * sheet in `added` is complete, and none of these was started.
   */
  stopped?: string[];
}

/**
 * How the pane follows template creation run in steps (the Sheets sidebar): sheets created so
 * far, and whether the user has pressed Cancel.
 */
export interface TemplateWatch {
  progress?(report: { created: number; sheets: number; sheet: string }): void;
  cancelled?(): boolean;
}

/** What making a Tier sign-off pack did: the new sheet's name and how many rows it holds. */
export interface SignOffPackResult {
  sheet: string;
  rows: number;
}

export interface NewHireResult {
  /** Where the coach was added, e.g. "Coaches row 7". */
  added: string[];
  skipped: { sheet: string; reason: string }[];
}

export interface CheckOptions {
  asOf?: IsoDate;
  /** A mapping the user confirmed; otherwise the saved one, otherwise a fresh guess. */
  mappings?: SheetMapping[];
  /** Write the HWBC Report sheet (default true). */
  writeReport?: boolean;
  /**
   * Work out the monthly figures (default true). The pane shows none, so it asks for none: a
   * year of figures for every coach is a tenth of a large team's check. The PCN overview and
   * `hwbc check` use them.
   */
  monthly?: boolean;
}

/**
 * How the pane follows a long operation run in steps (the Sheets sidebar's check): what has
 * been read so far, and whether the user has pressed Cancel.
 */
export interface WorkWatch {
  progress?(report: { sheetsRead: number; sheets: number; rowsRead: number; sheet: string }): void;
  cancelled?(): boolean;
}

/** One function for the reference panel: both spellings come from the function table. */
export interface FunctionInfo {
  name: string;
  help: string;
  params: { name: string; help: string; optional: boolean }[];
  example: string;
  exampleResult: string;
}

/** What making the functions self-test sheet did. */
export interface SelfTestResult {
  /** E.g. "Added the sheet HWBC Self-test with 49 checks …". */
  message: string;
}

/** What giving a new hire their own workbook did. */
export interface HireWorkbookResult {
  /** E.g. "Downloaded HWBC-021 Priya Shah.xlsx, with Priya Shah on Coaches row 2 …". */
  message: string;
}

export interface PaneApi {
  host: 'excel' | 'sheets' | 'demo';
  listTemplateSheets(): Promise<string[]>;
  /** Adds the missing template sheets; where the host works in steps (Sheets), `watch` follows and can stop it. */
  createTemplates(options: TemplateOptions, watch?: TemplateWatch): Promise<TemplateResult>;
  newHire(details: NewHireDetails): Promise<NewHireResult>;
  guessMappings(): Promise<SheetMapping[]>;
  /** Checks the workbook; where the host works in steps (Sheets), `watch` follows and can stop it. */
  checkWorkbook(options: CheckOptions, watch?: WorkWatch): Promise<CheckResult>;
  /**
   * Adds a coach's Tier sign-off pack (framework §8.2.1) as a new print-ready sheet; never
   * overwrites (a taken name gets the next free one). `coach` is their ID or name.
   */
  signOffPack(coach: string, options: { asOf?: string }): Promise<SignOffPackResult>;
  listFunctions(): Promise<FunctionInfo[]>;
  /**
   * Adds the functions self-test sheet: every documented example and edge case as a live
   * formula beside its expected answer, with PASS/FAIL and a total.
   */
  createSelfTest(): Promise<SelfTestResult>;
  /** Writes a formula into the selected cell. */
  insertFormula(formula: string): Promise<void>;
  /** Selects a cell (1-based row, column letter) so a finding link takes the user there. */
  selectCell(sheet: string, row: number, column: string | null): Promise<void>;
  /**
   * Gives a new hire a workbook of their own: the template sheets with only them on it. Excel
   * opens it in a new window; the demo page downloads it as an .xlsx file. Left out where the
   * host cannot (the Sheets add-on would need access to the user's Drive): the pane then
   * offers no such action, and in Sheets says why. The message says what was done, in plain
   * words.
   */
  openHireWorkbook?(details: NewHireDetails): Promise<HireWorkbookResult>;
}
