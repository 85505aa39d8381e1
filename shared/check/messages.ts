/**
 * Every sentence the workbook check shows, in one place so the wording stays plain and
 * consistent and can be reviewed by someone who is not a programmer. Cells are named as
 * the spreadsheet names them ("Coaches!F5"); dates are written "15 Mar 2026"; hours to a
 * tenth (hoursShown.ts); a count of one is singular ("1 warning").
 */
import type { SupervisionType } from '../rules/supervision/supervisionType';
import { TIER_THRESHOLDS } from '../rules/tiers/tier';
import type { TierInWorkbook } from '../rules/tiers/tierInWorkbook';
import { tierWords, WORKING_TOWARDS_TIER_1 } from '../rules/tiers/tierWords';
import type { IsoDate } from '../values/dates/calendarDate';
import { showValue } from '../values/messages';
import { hoursDone, hoursToGo } from './report/hoursShown';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "at Tier 2", or "working towards Tier 1" for Tier 0 (docs/rules.md §1: no one reads "Tier 0"). */
function atTier(tier: number): string {
  return tier === 0 ? WORKING_TOWARDS_TIER_1.toLowerCase().replace('tier', 'Tier') : `at Tier ${tier}`;
}

/**
 * A date as a practice manager writes it.
 *
 * @example
 * showDate('2026-03-05'); // '5 Mar 2026'
 */
export function showDate(d: IsoDate): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[m - 1]} ${y}`;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** "row 12", or "3 rows from 12 to 40": the rows a warning is about. */
const rowsSaid = (first: number, last: number, count: number) =>
  count === 1 ? `row ${num(first)}` : `${num(count)} rows from ${num(first)} to ${num(last)}`;

/**
 * A number with its noun, singular only for exactly 1 as shown ("1 warning", "0 warnings",
 * "0.5 hours"), so no count ever reads "1 warnings".
 *
 * @example
 * counted(1, 'warning');                  // '1 warning'
 * counted(3, 'competency', 'competencies'); // '3 competencies'
 * counted(0.25, 'hour', 'hours', num);     // '0.25 hours'
 */
export function counted(
  n: number,
  singular: string,
  plural = `${singular}s`,
  show: (n: number) => string = String,
): string {
  const shown = show(n);
  return `${shown} ${shown === '1' ? singular : plural}`;
}
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Why a coach is not ready: items not completed, and mandatory training out of date (docs/rules.md §7). */
function notReadyReasons(missing: readonly string[], lapsed: boolean): string {
  const reasons = missing.length > 0 ? [`${list(missing)} not recorded as completed`] : [];
  if (lapsed) reasons.push('mandatory training is out of date (see the training finding)');
  return reasons.join('; ');
}

/**
 * Each supervision type as a sentence starts it.
 *
 * @example
 * SUPERVISION_NOUN.coaching; // 'Health coaching supervision'
 */
export const SUPERVISION_NOUN: Readonly<Record<SupervisionType, string>> = {
  line: 'Line management',
  clinical: 'Clinical supervision',
  coaching: 'Health coaching supervision',
};

/**
 * The check's sentences, by rule.
 *
 * @example
 * CHECK_MESSAGES.dueSoon('line', '2026-04-01'); // 'Line management is due soon: by 1 Apr 2026.'
 */
export const CHECK_MESSAGES = {
  tierSummary: (t: TierInWorkbook, hours: number, toNext: number) =>
    `${tierWords(t)} with ${counted(hoursDone(hours), 'NHS coaching hour', undefined, num)}` +
    (t.heldBackBy === 'evidence'
      ? t.evidencedTier === null
        ? `: the hours reach Tier ${t.byHours}, but no evidence of competency agreed with a supervisor is recorded, and Tier 2 and above need it as well as the hours (framework §8.2). Record the evidenced tier once a supervisor has agreed it.`
        : `: the hours reach Tier ${t.byHours}, but evidence of competency is agreed only for Tier ${t.evidencedTier}.`
      : t.byHoursOnly && t.tier >= 2
        ? `: this is the tier by hours only, since the sheet has no evidenced tier column; Tier 2 and above also need evidence of competency agreed with a supervisor (add an "Evidenced tier" column).`
        : toNext > 0
          ? `; ${counted(hoursToGo(toNext), 'hour', undefined, num)} to the next tier.`
          : '; the top tier.'),
  tierNoPci: (hours: number) =>
    `${WORKING_TOWARDS_TIER_1}: PCI-accredited health coaching training is not recorded as completed (${counted(hoursDone(hours), 'NHS coaching hour', undefined, num)})` +
    (hours >= TIER_THRESHOLDS[0].hours ? '; the hours are there, so Tier 1 needs only the training.' : '.'),
  tierNoHours: 'No NHS coaching hours recorded, so the tier cannot be worked out.',
  tierHoursUnreadable:
    'The NHS coaching hours could not be read (see the bad value), so the tier cannot be worked out.',
  signOffBlank: (tier: number) =>
    `Tier ${tier} is claimed but no independent sign-off is recorded: the step from Tier 1 to Tier 2 must be approved by a supervisor from outside the coach's own organisation.`,
  signOffOwnOrganisation: (organisation: string) =>
    `The Tier 2 sign-off is from the coach's own organisation (${organisation}); the step from Tier 1 to Tier 2 must be approved by a supervisor independent of it (framework §8.2.1). Ask a supervisor from another organisation to review the evidence.`,
  signOffNoOrganisation:
    "The Tier 2 sign-off does not record the signer's organisation, so it cannot be seen to be independent of the coach's own (framework §8.2.1). Fill in the signer's organisation.",
  signOffNoColumn: (tier: number) =>
    `Tier ${tier} is claimed; the workbook has no column recording the independent Tier 2 sign-off (add columns "Tier 2 sign-off by", "Tier 2 sign-off organisation" and "Tier 2 sign-off date", with who approved it, their organisation and when).`,
  signOffDate: (header: string, value: unknown) =>
    `${header} must be the date Tier 2 was signed off (or yes/no), got ${JSON.stringify(value)}`,
  overdue: (type: SupervisionType, due: IsoDate, last: IsoDate | null) =>
    `${SUPERVISION_NOUN[type]} is overdue: it was due on ${showDate(due)}` +
    (last ? ` (last on ${showDate(last)}).` : ' and none is recorded since the coach started.'),
  dueSoon: (type: SupervisionType, due: IsoDate) => `${SUPERVISION_NOUN[type]} is due soon: by ${showDate(due)}.`,
  never: (type: SupervisionType) =>
    `${SUPERVISION_NOUN[type]} has never been recorded and there is no start date, so when it is due cannot be worked out.`,
  notRecorded: (type: SupervisionType) =>
    `The workbook has no column or log for ${SUPERVISION_NOUN[type].toLowerCase()}, so it was not checked.`,
  earlyMonths: (tier: number, start: IsoDate) =>
    `Started on ${showDate(start)} and is ${atTier(tier)}: in the first six months a coach may need more frequent supervision (framework §4.2.2).`,
  underOneHour: (minutes: number) =>
    `Only ${counted(minutes, 'minute', undefined, num)} of individual health coaching supervision in the last month; the framework asks for 1–2 hours.`,
  supervisorTier: (who: string, tier: number) =>
    `Health coaching supervisor ${who} is ${atTier(tier)}; health coaching supervision must be given by someone at Tier 3 or above.`,
  supervisorHours: (who: string, hours: number) =>
    `Health coaching supervisor ${who} has ${counted(hoursDone(hours), 'caseload hour', undefined, num)} in the last 12 months; a supervisor needs at least 50.`,
  notReady: (missing: readonly string[], lapsed = false) =>
    `Is seeing clients but is not ready for referrals: ${notReadyReasons(missing, lapsed)}.`,
  notReadyYet: (missing: readonly string[], lapsed = false) =>
    `Not ready for referrals yet: ${notReadyReasons(missing, lapsed)}. Give no referrals until then.`,
  readinessNotRecorded: (items: readonly string[]) =>
    `The workbook does not record ${list(items)}, so readiness for referrals was judged on the rest only.`,
  appraisalOverdue: (due: IsoDate, last: IsoDate | null) =>
    `Appraisal is overdue: it was due on ${showDate(due)}` +
    (last ? ` (last on ${showDate(last)}).` : ' and none is recorded since the coach started.'),
  appraisalDueSoon: (due: IsoDate) => `Appraisal is due soon: by ${showDate(due)}.`,
  pdpMissing: (appraisal: IsoDate) =>
    `No personal development plan (PDP) is recorded since the appraisal on ${showDate(appraisal)}; a PDP is agreed at appraisal.`,
  pdpBeforeAppraisal: (pdp: IsoDate, appraisal: IsoDate) =>
    `The personal development plan (PDP) was agreed on ${showDate(pdp)}, before the last appraisal on ${showDate(appraisal)}; agree a new one.`,
  trainingExpired: (items: readonly { title: string; expires: IsoDate }[]) =>
    `Training out of date: ${list(items.map((i) => `${i.title} (expired ${showDate(i.expires)})`))}. Book the refresher.`,
  trainingDueSoon: (items: readonly { title: string; expires: IsoDate }[]) =>
    `Training due for renewal soon: ${list(items.map((i) => `${i.title} (expires ${showDate(i.expires)})`))}.`,
  actionOverdue: (followUp: IsoDate, session: IsoDate) =>
    `An action agreed in supervision on ${showDate(session)} was due for follow-up on ${showDate(followUp)} and is not marked completed.`,
  reviewDue: (sessions: number) =>
    `Client review due: ${counted(sessions, 'session', undefined, num)} since the last review (a review is due after every six).`,
  dayOver: (sessions: number, date: IsoDate) =>
    `${counted(sessions, 'session')} on ${showDate(date)}: more than five in a day (the framework expects four to five at most).`,
  evidenceGap: (tier: number, codes: readonly string[]) =>
    `${counted(codes.length, 'competency', 'competencies')} required at Tier ${tier} ${codes.length === 1 ? 'has' : 'have'} no evidence reviewed by a supervisor: ${codes.join(', ')}.`,
  unexpectedEvidenceType: (code: string, typed: string, types: readonly string[]) =>
    `Evidence for ${code} is recorded as "${typed}", which is not among the types the framework names for it (${types.join(', ')}). It still counts; check it is the right competency or type.`,
  selfReviewed: (code: string) =>
    `Evidence for ${code} is recorded as reviewed by the coach themself, so it does not count: evidence must be reviewed by a supervisor (framework Appendix 2).`,
  clinicalSupervisorBlank:
    'No clinical supervisor is named: each coach needs a named clinical contact for patient-related and safeguarding concerns (framework §4.2.2).',
  supervisorByHoursOnly: (who: string, tier: number) =>
    `Health coaching supervisor ${who} reaches Tier ${tier} by hours only: the workbook records no evidenced tier, so they cannot be confirmed as a supervisor (Tier 3 or above needs evidence of competency agreed with a supervisor).`,
  evidenceNotRecorded: 'The workbook has no evidence log, so competency evidence was not checked.',
  nhsNumber: (lastDigits: string) =>
    `This cell holds what looks like an NHS number (a valid one, ending …${lastDigits}). Client records here must hold a pseudonymous reference, never an NHS number.`,
  personName:
    "This client reference looks like a person's name. Client records here must hold a pseudonymous reference (such as C-0012), never a name.",
  badValue: (where: { sheet: string; row: number | null; column: string | null }, problem: string) =>
    `${where.sheet}, cell ${where.column ?? ''}${where.row ?? ''}: ${problem}. This value was left out of the check.`,
  cellError: (header: string, error: string, formula: boolean) =>
    `${header} shows the error ${error}${formula ? ' (its formula could not be worked out)' : ''}, so its value is not known`,
  coachNotChecked: (problem: string) =>
    `This coach could not be checked: ${problem}. Check the dates on this coach's rows.`,
  undatedSession: (where: { sheet: string; row: number | null; column: string | null }) =>
    `${where.sheet}, row ${where.row ?? ''}: this session has no date (cell ${where.column ?? ''}${where.row ?? ''} is blank), so it was left out of the check: it does not count towards NHS coaching hours, sessions in a day or client reviews. Fill in the date it took place.`,
  formulaRows: (sheet: string, first: number, last: number, count: number, lastFormula: number, headers: string[]) =>
    `${sheet}: ${rowsSaid(first, last, count)} ${count === 1 ? 'holds a record' : 'hold records'} but no formula in ${headers.join(', ')}` +
    `${lastFormula > 0 ? ` (the sheet's formulas stop at row ${num(lastFormula)})` : ''}, so the sheet's own working and the totals that read it leave ${count === 1 ? 'it' : 'them'} out. ` +
    `The check counted every row. Copy the last row's formulas down to row ${num(last)} (select the cells and fill down).`,
  monthlySummaryRows: (shown: number, coaches: number, neededRow: number) =>
    `The Monthly summary has rows for ${counted(shown, 'coach', 'coaches')} and the Coaches sheet lists ${num(coaches)}, so the latest months of the last coaches are missing from it. ` +
    `Copy its last row's formulas down to row ${num(neededRow)} (twelve rows a coach).`,
  rowsReadBlank: (cell: string, header: string, log: string, readBy: string, totals: string) =>
    `Settings ${cell} ("${header}") is blank, so the ${readBy} sheet's ${totals} read every row of the ${log} sheet's columns, to the bottom of the sheet: the answers are right, but some spreadsheet programs take minutes to work them out. ` +
    `Choose Create template sheets: it puts this cell's formula back and changes nothing else.`,
  rowsReadTyped: (cell: string, header: string, log: string, readBy: string, totals: string, value: unknown) =>
    `Settings ${cell} ("${header}") holds ${showValue(value)} typed in, not its formula, so the ${readBy} sheet's ${totals} no longer follow the ${log} sheet as it grows: records below the row it gives are left out. ` +
    `Clear the cell and choose Create template sheets: it puts the formula back and changes nothing else.`,
  noDateColumn: (sheet: string) =>
    `${sheet} has no date column, so none of its sessions count towards NHS coaching hours, sessions in a day or client reviews. Add the date of each session (or, in the mapping, choose the column that holds it).`,
  wteAsHours: (value: number) => `; if that is hours a week, the WTE is ${num(value / 37.5)} (hours ÷ 37.5)`,
  wteAsPercent: (value: number) => `; if that is a percentage, write ${num(value)}%`,
  hoursPerWeek: (header: string, value: unknown) =>
    `${header} must be hours a week between 0 and 37.5 (full time), got ${String(value)}`,
  settingMonths: (header: string, value: unknown, fallback: number, max: number) =>
    `${header} must be a whole number of months from 1 to ${max}, got ${showValue(value)}; the default of ${fallback} is used instead`,
  training: (header: string, value: unknown) =>
    `${header} reads ${JSON.stringify(value)}, which does not count as completed: only a completion date on or before the as-of date, Yes, Done, Complete or Completed does. It was counted as not done; when it is done, put the date it was completed`,
  competencyCode: (header: string, value: string) =>
    `${header} must be a competency code from the framework, such as PRO-01 or GRP-03, got ${JSON.stringify(value)}`,
  unknownCoach: (value: string) =>
    `"${value}" is not a coach on any coaches sheet, so rows naming them were not counted for anyone.`,
  clientSpellings: (spellings: readonly { typed: string; first: string; rows: number }[], more: number) =>
    `This client's reference is written ${num(spellings.length + more)} ways: ` +
    spellings.map((w) => `${showValue(w.typed)} (${w.first}, ${counted(w.rows, 'row')})`).join(', ') +
    `${more > 0 ? ` and ${num(more)} more` : ''}. A formula matches references as written, case aside, so it counts each way as a different client: ` +
    `the template's Sessions since review on the Caseload (which this check takes as it is, so a review due can go unseen) and Clients seen on the Monthly summary. Write the reference the same way on every row.`,
  coachWrittenOtherwise: (sheet: string, text: string, id: string, first: number, last: number, count: number) =>
    `${sheet} names this coach ${showValue(text)} on ${rowsSaid(first, last, count)}, not by the ID on the Coaches sheet (${showValue(id)}). ` +
    `The template's formulas match a coach by ID as written, case aside, so they leave ${count === 1 ? 'it' : 'them'} out of the Coaches sheet's hours, tier, supervision dates and training (which this check takes as they are when worked out) and out of the Monthly summary. ` +
    `Write ${showValue(id)} in ${count === 1 ? 'that row' : 'those rows'}.`,
  coachIdWithSpaces: (written: string, id: string) =>
    `This coach's ID is written ${showValue(written)}, with spaces around it. ` +
    `The template's formulas match log rows to the ID as written, case aside, so rows naming ${showValue(id)} are left out of this coach's hours, tier, supervision dates and training (which this check takes as they are when worked out) and out of the Monthly summary. ` +
    'Delete the spaces.',
  answerReadOtherwise: (
    sheet: string,
    header: string,
    answer: 'attendance' | 'nhs' | 'kind',
    shown: string,
    first: number,
    last: number,
    count: number,
  ) => {
    const rows = rowsSaid(first, last, count);
    const them = count === 1 ? 'it' : 'them';
    const sheets = `the Coaches sheet's hours and tier (which this check takes as they are when worked out)`;
    const said = `${sheet}'s ${header} says ${showValue(shown)} on ${rows}. `;
    if (answer === 'attendance')
      return (
        said +
        `The check reads it as not attended, but the template's formulas leave out only "Did not attend" and "Cancelled" and count ${them} as attended, in ${sheets}, the day load and the Monthly summary. ` +
        'Write "Did not attend" or "Cancelled".'
      );
    if (answer === 'nhs')
      return (
        said +
        `The check reads it as work outside the NHS, but the template's formulas leave out only "No" and count ${them} as NHS coaching hours, in ${sheets} and the Monthly summary. ` +
        'Write "No".'
      );
    return (
      said +
      `The check leaves ${them} out of NHS coaching hours, as time not spent with clients, but the template's formulas count every row's hours whatever its kind, in ${sheets}. ` +
      'Record supervision in the Supervision log and CPD in the CPD log, not here.'
    );
  },
  duplicateCoach: (first: string) => `This coach is listed twice; only the first entry (${first}) was checked.`,
  noCoaches: 'No sheet with coaches or coaching logs was recognised, so there was nothing to check.',
  reportNameTaken: (taken: string, used: string) =>
    `A sheet called "${taken}" already exists and was not made by the check, so it was left alone and the report is in "${used}".`,
} as const;

/**
 * The headers a coach's row shares in the report and the PCN report: where the coach is, their
 * tier, readiness, and line management and clinical supervision with their due dates.
 *
 * @example
 * COACH_STATUS_HEADERS[0]; // 'Row'
 */
export const COACH_STATUS_HEADERS = [
  'Row',
  'Tier',
  'Hours to next tier',
  'Ready for referrals',
  'Line management',
  'Due',
  'Clinical supervision',
  'Due',
] as const;

/**
 * The report sheet's own words.
 *
 * @example
 * REPORT_TEXT.counts(2, 5, 9); // '2 to act on, 5 warnings, 9 notes'
 * REPORT_TEXT.counts(0, 1, 1); // '0 to act on, 1 warning, 1 note'
 */
export const REPORT_TEXT = {
  /** Cell A1 of every report, its title (the check knows its own by reportMark.ts, not by this). */
  marker: 'HWBC Report',
  note: 'Made by the HWBC Toolkit workbook check. Each check replaces this sheet: do not type here.',
  asOf: (d: IsoDate) => `As of ${showDate(d)}`,
  counts: (action: number, warning: number, note: number) =>
    `${action} to act on, ${counted(warning, 'warning')}, ${counted(note, 'note')}`,
  coaches: 'Coaches',
  coachHeaders: [
    'Coach',
    ...COACH_STATUS_HEADERS,
    'Health coaching supervision (individual)',
    'Due',
    'RAG',
    'Actions',
    'Warnings',
    'Notes',
    'Last group coaching supervision',
    'Group sessions, last 3 months',
  ],
  findings: 'Findings',
  findingHeaders: ['Severity', 'Coach', 'Cell', 'Rule', 'Message'],
  yes: 'Yes',
  no: 'No',
  badAsOf: (value: string) => `The as-of date must be a date written YYYY-MM-DD, such as 2026-03-20; got "${value}".`,
} as const;
