/**
 * Filling in each coach from the logs, where the coaches sheet is silent: hours from the
 * hours log (the sessions countsTowardsHours accepts, plus any prior hours), last supervision
 * dates from the supervision log (the later date wins), and training from the training
 * checklist. In the template the coaches sheet's own columns are formulas over these logs; a
 * file whose formulas were never calculated has no values in them, so the logs are the truth.
 */
import { missingTraining } from '../../rules/readiness/readiness';
import { SUPERVISION_NAMES, SupervisionType } from '../../rules/supervision/supervisionType';
import { Coach, CheckData, countsTowardsHours, Done } from './model';
import type { TrainingItem } from './readTraining';
import { rowsOfCoach } from './rowsOfCoach';

const TYPES = Object.keys(SUPERVISION_NAMES) as SupervisionType[];

function logHours(data: CheckData, coach: Coach): number {
  // A loop over the coach's own sessions: no copy of them made to be summed.
  let hours = 0;
  const sessions = rowsOfCoach(data.sessions, coach);
  for (let i = 0; i < sessions.length; i++)
    if (countsTowardsHours(sessions[i], data.asOf)) hours += sessions[i].hours ?? 0;
  return Math.round(hours * 1e6) / 1e6;
}

function latestSupervision(data: CheckData, coach: Coach): void {
  for (const e of rowsOfCoach(data.supervision, coach)) {
    // Group health coaching supervision is extra to the individual sessions (docs/rules.md §2):
    // it never sets the monthly due date.
    if (e.date > data.asOf || (e.type === 'coaching' && !e.individual)) continue;
    const known = coach.last[e.type];
    if (known === null || e.date > known) {
      coach.last[e.type] = e.date;
      coach.lastAt[e.type] = e.at;
    }
  }
}

/**
 * Done-ness of one readiness item from checklist lines: PCI when any PCI line is completed;
 * induction and mandatory training when at least one line is completed and no required
 * line is missing (missingTraining also requires safeguarding and information governance).
 * Undefined when the checklist has no line of that item for the coach.
 *
 * @example
 * trainingDone(data, coach, 'mandatory'); // true, false or undefined
 */
export function trainingDone(data: CheckData, coach: Coach, item: TrainingItem): Done {
  const lines = rowsOfCoach(data.training, coach)
    .filter((t) => t.item === item)
    .map((t) => t.record);
  if (lines.length === 0) return undefined;
  const completed = lines.filter((l) => l.completedOn !== null);
  if (item === 'pci') return completed[0]?.completedOn ?? false;
  return completed.length > 0 && missingTraining(lines).length === 0;
}

/**
 * Fills in every coach from the logs (changes the coaches in place).
 *
 * @example
 * mergeLogs(data); data.coaches[0].hours; // 212.5, summed from the hours log
 */
export function mergeLogs(data: CheckData): void {
  const hasHoursLog = data.sources.has('hoursLog');
  for (const coach of data.coaches) {
    if (coach.hours === null && !coach.hoursUnreadable && hasHoursLog) {
      coach.hours = (coach.priorHours ?? 0) + logHours(data, coach);
    }
    latestSupervision(data, coach);
    for (const item of ['pci', 'induction', 'mandatory'] as const) {
      if (coach[item] === null || coach[item] === undefined) {
        const fromChecklist = trainingDone(data, coach, item);
        if (fromChecklist !== undefined) coach[item] = fromChecklist;
        // A blank cell with no checklist stays null ("not done"); no column at all stays undefined.
      }
    }
  }
}

/**
 * Which supervision types the workbook records at all: a last-date column, a supervision
 * log with a type column, or a log sheet named for the type (source 'supervision.<type>').
 *
 * @example
 * recordedTypes(data); // ['line', 'coaching']
 */
export function recordedTypes(data: CheckData): SupervisionType[] {
  return TYPES.filter((t) => data.sources.has(`supervision.${t}`));
}
