/**
 * The top-level functions of the built Code.js besides the custom functions: Apps Script
 * finds simple triggers, menu items and `google.script.run` targets only as top-level
 * function declarations, so each is generated as a one-line stub that calls the bundle.
 * The sidebar's calls are named by common/sidebarServer.ts; the menu's by server/menu.ts.
 */
import { SIDEBAR_CALL_NAMES, type SidebarCallName } from '../common/sidebarServer';

export interface EntryPoint {
  name: string;
  /** Parameter names with their JSDoc type and meaning. */
  params: readonly { name: string; type: string; help: string }[];
  returns?: { type: string; help: string };
  doc: string;
}

const menu = (name: string, doc: string): EntryPoint => ({ name, params: [], doc });

/** Simple triggers and menu items. */
export const TRIGGERS_AND_MENU: readonly EntryPoint[] = [
  {
    name: 'onOpen',
    params: [{ name: 'e', type: 'Object', help: 'The open event; its authMode may be NONE' }],
    doc: 'Adds the HWBC menu under Extensions. Touches nothing else, so it works before the add-on is authorised.',
  },
  {
    name: 'onInstall',
    params: [{ name: 'e', type: 'Object', help: 'The install event' }],
    doc: 'Adds the menu straight after the add-on is installed.',
  },
  menu('hwbcShowSidebar', 'Menu: Open HWBC panel.'),
  menu('hwbcMenuCreateTemplates', 'Menu: Create template sheets (adds the missing ones, leaves the rest alone).'),
  menu('hwbcMenuNewHire', 'Menu: New hire… (opens the panel on the New hire form).'),
  menu('hwbcMenuCheck', 'Menu: Check this workbook (opens the panel on the Check tab).'),
];

const OBJECT = (help: string) => ({ type: 'Object', help });

/**
 * What the sidebar calls through google.script.run: one entry per call of the contract both
 * sides compile against (common/sidebarServer.ts), so the compiler refuses a missing or extra one.
 */
const SIDEBAR_DOCS: Record<SidebarCallName, Omit<EntryPoint, 'name'>> = {
  hwbcListTemplateSheets: { params: [], returns: OBJECT('Sheet names'), doc: "The template's sheet names." },
  hwbcPlanTemplates: {
    params: [{ name: 'options', type: 'Object', help: 'TemplateOptions: sheets, sample' }],
    returns: OBJECT('TemplatePlan: steps, skipped'),
    doc: 'First step of creating templates from the sidebar: which sheets will be added, in steps, and which left alone.',
  },
  hwbcAddTemplateSheets: {
    params: [
      { name: 'sheets', type: 'Array<string>', help: 'One step of the plan' },
      { name: 'sample', type: 'boolean', help: 'Fill with the demonstration team' },
      { name: 'later', type: 'Array<string>', help: 'The sheets the later steps of the plan add' },
    ],
    returns: OBJECT('The sheets added'),
    doc: 'One step of creating templates: adds these sheets, complete, so a Cancel between steps leaves no half-made sheet.',
  },
  hwbcNewHire: {
    params: [{ name: 'details', type: 'Object', help: 'NewHireDetails, dates as yyyy-mm-dd text' }],
    returns: OBJECT('NewHireResult'),
    doc: 'Adds a new coach to Coaches and their checklist rows to Training.',
  },
  hwbcCheckScript: {
    params: [],
    returns: { type: 'string', help: 'The text of the SidebarCheck file' },
    doc: 'The code of the check, guessing mappings and the sign-off pack, which the sidebar loads the first time one is used.',
  },
  hwbcListFunctions: { params: [], returns: OBJECT('FunctionInfo[]'), doc: 'The function reference.' },
  hwbcStepStart: {
    params: [{ name: 'cells', type: 'number', help: 'Values of the sheets that fit to read ahead (0: none)' }],
    returns: OBJECT('info, sheet names and what was read ahead'),
    doc: 'First step of a check run from the sidebar: the spreadsheet’s time zone, today, its sheets and the values of the small ones.',
  },
  hwbcStepRead: {
    params: [
      { name: 'sheet', type: 'string', help: 'Sheet name' },
      { name: 'rest', type: 'Object', help: 'SheetBox[] still to read, or null to find where the data is' },
      { name: 'count', type: 'number', help: 'Rows to read' },
      { name: 'withFormulas', type: 'boolean', help: 'False to read values only (guessing mappings)' },
    ],
    returns: OBJECT('RowBlock: pieces (box, values, formulas) and the rest'),
    doc: 'One block of a sheet’s rows with data, so a long check is many short executions.',
  },
  hwbcStepFormulas: {
    params: [
      { name: 'wanted', type: 'Object', help: 'FormulaRequest[]: sheet, boxes still to read, cells showing "=" text' },
      { name: 'count', type: 'number', help: 'Rows to read, between the sheets' },
    ],
    returns: OBJECT('RowBlock[]: each sheet’s pieces (box, formulas) and the rest'),
    doc: 'One block of the formulas of sheets whose values were read, for a check that needs them.',
  },
  hwbcStep: {
    params: [
      { name: 'call', type: 'Object', help: 'StepCall: write, addSheet, deleteSheet, getSetting or setSetting' },
    ],
    returns: OBJECT('The port call’s answer'),
    doc: 'One short workbook step of a long operation run from the sidebar.',
  },
  hwbcCreateSelfTest: {
    params: [],
    returns: OBJECT('SelfTestResult: message'),
    doc: 'Adds the functions self-test sheet: live formulas beside expected answers, PASS/FAIL and a total.',
  },
  hwbcInsertFormula: {
    params: [{ name: 'formula', type: 'string', help: 'A formula starting with =' }],
    doc: 'Puts a formula into the selected cell, if that cell is empty.',
  },
  hwbcSelectCell: {
    params: [
      { name: 'sheet', type: 'string', help: 'Sheet name' },
      { name: 'row', type: 'number', help: '1-based row' },
      { name: 'column', type: 'string', help: 'Column letter, or empty for the whole row' },
    ],
    doc: 'Selects a cell so a finding link takes the user to it.',
  },
};

/** The sidebar calls' stubs, in the contract's order. */
export const SIDEBAR_CALLS: readonly EntryPoint[] = SIDEBAR_CALL_NAMES.map((name) => ({ name, ...SIDEBAR_DOCS[name] }));

/** Every generated top-level function that is not a custom function. */
export const ENTRY_POINTS: readonly EntryPoint[] = [...TRIGGERS_AND_MENU, ...SIDEBAR_CALLS];
