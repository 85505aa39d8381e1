/**
 * Template workbooks (issue: templates). PLACEHOLDER: the signatures are the contract the
 * hosts code against; the implementation replaces these bodies.
 */
import type { NewHireDetails, NewHireResult, TemplateOptions, TemplateResult } from '../api';
import type { WorkbookPort } from '../workbook';

/** The template's sheets, in the order they are created. The check finds them by these names. */
export const TEMPLATE_SHEET_NAMES: readonly string[] = [
  'Coaches',
  'Hours log',
  'Caseload',
  'Supervision log',
  'Evidence log',
  'Competencies',
  'Training',
  'Settings',
];

/**
 * Adds the template sheets that are missing; never touches a sheet that exists.
 *
 * @example
 * await createTemplates(port, { sample: false }); // { added: [...], skipped: [...] }
 */
export async function createTemplates(_port: WorkbookPort, _options: TemplateOptions): Promise<TemplateResult> {
  throw new Error('Templates are not built yet.');
}

/**
 * Adds a new coach to Coaches and their checklist rows to Training.
 *
 * @example
 * await addNewHire(port, details);
 */
export async function addNewHire(_port: WorkbookPort, _details: NewHireDetails): Promise<NewHireResult> {
  throw new Error('New hire is not built yet.');
}
