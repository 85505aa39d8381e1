import type { IsoDate } from '../../values/dates/calendarDate';
import { isCompleted } from './completed';

/** The three things a coach needs before taking referrals (docs/rules.md §4, framework §4.1). */
export type ReadinessItem = 'PCI training' | 'Setting induction' | 'Mandatory training';

/**
 * What is known about a coach's training, each as completed.ts reads it: a date on or before
 * the as-of date, TRUE or Yes/Done means done; anything else does not.
 */
export interface ReadinessInput {
  pciTraining: string | boolean | null | undefined;
  induction: string | boolean | null | undefined;
  mandatoryTraining: string | boolean | null | undefined;
  /** Dates after it are planned, not done; left out, the caller has already set them aside. */
  asOf?: IsoDate;
}

/** The answer: ready or not, and which items are missing, in the framework's order. */
export interface Readiness {
  ready: boolean;
  missing: ReadinessItem[];
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
  if (!isCompleted(input.pciTraining, input.asOf)) missing.push('PCI training');
  if (!isCompleted(input.induction, input.asOf)) missing.push('Setting induction');
  if (!isCompleted(input.mandatoryTraining, input.asOf)) missing.push('Mandatory training');
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
export function missingTraining(records: readonly TrainingRecord[], asOf?: IsoDate): string[] {
  const alwaysRequired = (title: string) => ALWAYS_REQUIRED.some((a) => mentions(title, a.word));
  const missing = records
    .filter((r) => (r.required || alwaysRequired(r.title)) && !isCompleted(r.completedOn, asOf))
    .map((r) => r.title);
  const absent = ALWAYS_REQUIRED.filter((a) => !records.some((r) => mentions(r.title, a.word)));
  return [...missing, ...absent.map((a) => a.title)];
}
