/** The three things a coach needs before taking referrals (docs/rules.md §4, framework §4.1). */
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

/**
 * Answers a drop-down or a typed cell may hold that mean "not done" (as readBoolean reads
 * them), in lower case; the template's readiness formulas test the same words.
 *
 * @example
 * NOT_DONE_ANSWERS.includes('no'); // true
 */
export const NOT_DONE_ANSWERS: readonly string[] = ['false', 'no', 'n'];
const NOT_DONE = new Set(NOT_DONE_ANSWERS);

function done(v: string | boolean | null | undefined): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return false;
  const text = v.trim().toLowerCase();
  return text !== '' && !NOT_DONE.has(text);
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
 * The training every coach needs before referrals whatever the checklist says (docs/rules.md §4:
 * "including at least safeguarding … and confidentiality and information governance"): a
 * checklist line is one of them when its title holds the word, in any case.
 *
 * @example
 * ALWAYS_REQUIRED.map((a) => a.word); // ['safeguarding', 'confidentiality']
 */
export const ALWAYS_REQUIRED: readonly { title: string; word: string }[] = [
  { title: 'safeguarding for children and adults', word: 'safeguarding' },
  { title: 'confidentiality and information governance', word: 'confidentiality' },
];

function mentions(title: string, word: string): boolean {
  return title.toLowerCase().includes(word);
}

/**
 * The required checklist items not yet completed. Safeguarding and confidentiality and
 * information governance are always required (docs/rules.md §4): not completed when their line
 * is, and missing when the checklist has no line for them at all.
 *
 * @example
 * missingTraining([
 *   { title: 'safeguarding for children and adults', required: true, completedOn: '2026-01-05' },
 *   { title: 'confidentiality and information governance', required: true, completedOn: null },
 *   { title: 'basic first aid', required: false, completedOn: null },
 * ]); // ['confidentiality and information governance']
 */
export function missingTraining(records: readonly TrainingRecord[]): string[] {
  const alwaysRequired = (title: string) => ALWAYS_REQUIRED.some((a) => mentions(title, a.word));
  const missing = records
    .filter((r) => (r.required || alwaysRequired(r.title)) && !done(r.completedOn))
    .map((r) => r.title);
  const absent = ALWAYS_REQUIRED.filter((a) => !records.some((r) => mentions(r.title, a.word)));
  return [...missing, ...absent.map((a) => a.title)];
}
