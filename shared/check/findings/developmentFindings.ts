/**
 * Development record findings for one coach (docs/rules.md §7): appraisal overdue (action) or due
 * soon (warning); no PDP since the last appraisal, or one older than it (warning); mandatory
 * training lapsed (action while the coach sees clients, else warning) or lapsing within the
 * warning days (warning), each listed by date in one finding; and actions agreed in
 * supervision past their follow-up date (warning).
 */
import { actionStatus } from '../../rules/development/actionFollowUp';
import { appraisalDue, appraisalStatus } from '../../rules/development/appraisalStatus';
import { cpdHoursInYear } from '../../rules/development/cpdHours';
import { pdpProblem } from '../../rules/development/pdpStatus';
import { ALWAYS_REQUIRED } from '../../rules/readiness/readiness';
import { renewalStatus } from '../../rules/development/renewalStatus';
import type { IsoDate } from '../../values/dates/calendarDate';
import { isHwbcError } from '../../values/errors';
import { finding, type Where } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CheckData, Coach } from '../read/model';
import { rowsOfCoach } from '../read/rowsOfCoach';
import { takingClients } from './takingClients';
import { coachCell } from './tierFindings';
import type { CoachSummary, Finding } from '../types';

/** A training item with its expiry, where it is, and whether it is needed before referrals. */
export interface Renewal {
  title: string;
  expires: IsoDate;
  at: Where;
  required: boolean;
}

const ALWAYS = /safeguarding|confidentiality|information governance|mandatory training/i;

/**
 * Every dated renewal of a coach: the checklist's lines and the coaches sheet's expiry
 * columns, earliest first.
 *
 * @example
 * coachRenewals(data, coach)[0]; // { title: 'safeguarding for children and adults', expires: '2025-03-01', … }
 */
export function coachRenewals(data: CheckData, coach: Coach): Renewal[] {
  const lines = rowsOfCoach(data.training, coach)
    .filter((t) => t.expires !== null)
    .map((t) => ({
      title: t.record.title,
      expires: t.expires as IsoDate,
      at: t.at,
      // As missingTraining and the template's readiness formula read a line: required, or always.
      required: t.record.required || ALWAYS_REQUIRED.some((a) => t.record.title.toLowerCase().includes(a.word)),
    }));
  const columns = coach.expiries.map((e) => ({ ...e, required: ALWAYS.test(e.title) }));
  return [...lines, ...columns].sort((a, b) => (a.expires < b.expires ? -1 : a.expires > b.expires ? 1 : 0));
}

/**
 * Whether a coach has a required training item past its expiry date (so not ready for
 * referrals: docs/rules.md §7 asks for mandatory items in date as well as done).
 *
 * @example
 * lapsedRequired(data, coach); // true
 */
export function lapsedRequired(data: CheckData, coach: Coach): boolean {
  return coachRenewals(data, coach).some(
    (r) => r.required && renewalStatus(r.expires, data.asOf, data.development) === 'Expired',
  );
}

function appraisal(data: CheckData, coach: Coach, out: Finding[]): CoachSummary['appraisal'] {
  const where = coachCell(coach, 'lastAppraisal');
  try {
    const status = appraisalStatus(coach.lastAppraisal, coach.start, data.asOf, data.development);
    const due = appraisalDue(coach.lastAppraisal, coach.start, data.development);
    if (due !== null && status === 'Overdue') {
      out.push(
        finding('appraisal.overdue', where, coach.label, CHECK_MESSAGES.appraisalOverdue(due, coach.lastAppraisal)),
      );
    } else if (due !== null && status === 'Due soon') {
      out.push(finding('appraisal.due-soon', where, coach.label, CHECK_MESSAGES.appraisalDueSoon(due)));
    }
    return { due, status };
  } catch (e) {
    if (!isHwbcError(e)) throw e;
    out.push(finding('data.bad-value', where, coach.label, CHECK_MESSAGES.badValue(where, e.message)));
    return { due: null, status: null };
  }
}

function pdp(coach: Coach, out: Finding[]): void {
  const problem = pdpProblem(coach.lastAppraisal, coach.pdpAgreed);
  const last = coach.lastAppraisal as IsoDate;
  const where = coachCell(coach, 'pdpAgreed', 'lastAppraisal');
  if (problem === 'No PDP') out.push(finding('pdp.missing', where, coach.label, CHECK_MESSAGES.pdpMissing(last)));
  if (problem === 'PDP older than appraisal') {
    const message = CHECK_MESSAGES.pdpBeforeAppraisal(coach.pdpAgreed as IsoDate, last);
    out.push(finding('pdp.before-appraisal', where, coach.label, message));
  }
}

function renewals(data: CheckData, coach: Coach, out: Finding[]): void {
  const all = coachRenewals(data, coach);
  const expired = all.filter((r) => renewalStatus(r.expires, data.asOf, data.development) === 'Expired');
  const soon = all.filter((r) => renewalStatus(r.expires, data.asOf, data.development) === 'Due soon');
  if (expired.length > 0) {
    const serious = expired.some((r) => r.required) && takingClients(data, coach);
    const f = finding('training.expired', expired[0].at, coach.label, CHECK_MESSAGES.trainingExpired(expired));
    out.push(serious ? f : { ...f, severity: 'warning' });
  }
  if (soon.length > 0) {
    out.push(finding('training.due-soon', soon[0].at, coach.label, CHECK_MESSAGES.trainingDueSoon(soon)));
  }
}

function actions(data: CheckData, coach: Coach, out: Finding[]): void {
  for (const e of rowsOfCoach(data.supervision, coach)) {
    if (e.date > data.asOf || e.followUp === null) continue;
    const status = actionStatus({ action: e.action, followUp: e.followUp, done: e.actionDone }, data.asOf);
    if (status !== 'Overdue') continue;
    out.push(
      finding(
        'supervision.action-overdue',
        e.followUpAt,
        coach.label,
        CHECK_MESSAGES.actionOverdue(e.followUp, e.date),
      ),
    );
  }
}

/**
 * The development lines of a coach's summary: the appraisal (when the workbook records
 * appraisals) and CPD hours in the last 12 months (when it has a CPD log).
 *
 * @example
 * developmentSummary(data, coach, { due: '2026-06-01', status: 'OK' }); // { appraisal: {…}, cpdHours: 6.5 }
 */
export function developmentSummary(
  data: CheckData,
  coach: Coach,
  appraisal: CoachSummary['appraisal'],
): Pick<CoachSummary, 'appraisal' | 'cpdHours'> {
  const out: Pick<CoachSummary, 'appraisal' | 'cpdHours'> = {};
  if (appraisal !== undefined) out.appraisal = appraisal;
  if (data.sources.has('cpdLog')) {
    const hours = cpdHoursInYear(rowsOfCoach(data.cpd, coach), data.asOf);
    out.cpdHours = Math.round(hours * 100) / 100;
  }
  return out;
}

/**
 * The development record findings for one coach, and the appraisal line of their summary
 * (undefined when the workbook records no appraisals).
 *
 * @example
 * developmentFindings(data, coach).findings.map((f) => f.rule); // ['appraisal.overdue', 'training.expired']
 */
export function developmentFindings(
  data: CheckData,
  coach: Coach,
): { findings: Finding[]; appraisal: CoachSummary['appraisal'] } {
  const out: Finding[] = [];
  const recorded = data.sources.has('coaches.lastAppraisal');
  const line = recorded ? appraisal(data, coach, out) : undefined;
  if (data.sources.has('coaches.pdpAgreed')) pdp(coach, out);
  renewals(data, coach, out);
  actions(data, coach, out);
  return { findings: out, appraisal: line };
}
