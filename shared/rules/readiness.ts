/** The three things a coach needs before taking referrals (RULES.md §4, framework §4.1). */
export type ReadinessItem = 'PCI training' | 'Setting induction' | 'Mandatory training';

/** What is known about a coach's training; a date or TRUE means done, blank or FALSE not. */
export interface ReadinessInput {
  pciTraining: string | boolean | null | undefined;
  induction: string | boolean | null | undefined;
  mandatoryTraining: string | boolean | null | undefined;
}

/** The answer: ready or not, and which items are missing, in the framework's order. */
export interface Readiness {
  ready: boolean;
  missing: ReadinessItem[];
}

function done(v: string | boolean | null | undefined): boolean {
  return typeof v === 'boolean' ? v : typeof v === 'string' && v.trim() !== '';
}

/**
 * Whether a coach may take referrals: PCI-accredited training, setting induction and
 * mandatory training all completed.
 *
 * @example
 * readyForReferrals({ pciTraining: '2026-01-10', induction: '2026-01-20', mandatoryTraining: false });
 * // { ready: false, missing: ['Mandatory training'] }
 */
export function readyForReferrals(input: ReadinessInput): Readiness {
  const missing: ReadinessItem[] = [];
  if (!done(input.pciTraining)) missing.push('PCI training');
  if (!done(input.induction)) missing.push('Setting induction');
  if (!done(input.mandatoryTraining)) missing.push('Mandatory training');
  return { ready: missing.length === 0, missing };
}

/** One line of a coach's training checklist. */
export interface TrainingRecord {
  title: string;
  required: boolean;
  completedOn: string | null;
}

/**
 * The required checklist items not yet completed. Safeguarding and information governance
 * are always required (RULES.md §4), whatever the checklist says.
 *
 * @example
 * missingTraining([{ title: 'Basic first aid', required: false, completedOn: null }]); // []
 */
export function missingTraining(records: readonly TrainingRecord[]): string[] {
  const alwaysRequired = /safeguarding|confidentiality/i;
  return records
    .filter((r) => (r.required || alwaysRequired.test(r.title)) && !done(r.completedOn))
    .map((r) => r.title);
}
