/**
 * Native formulas that mirror the development record rules beside them (appraisalStatus.ts,
 * refresherPeriod.ts, renewalStatus.ts, cpdHours.ts, actionFollowUp.ts) for the template
 * sheets. Formula text without the leading "="; arguments are cells or expressions.
 */
import { DEFAULT_DEVELOPMENT_POLICY, type DevelopmentPolicy } from './developmentPolicy';
import { REFRESHER_WORDS } from './refresherPeriod';
import { settingMaximum } from './settingLimits';
import { textDateFormula } from '../readiness/textDateFormula';

/**
 * What an appraisal status cell shows when the last appraisal is after the as-of date, where
 * the rule rejects the date.
 *
 * @example
 * CHECK_DATE; // 'Check date'
 */
export const CHECK_DATE = 'Check date';

/**
 * The smallest whole number each development setting takes, as developmentPolicyWith does:
 * days from 0, months from 1.
 *
 * @example
 * DEVELOPMENT_MINIMUM.renewalDueSoonDays; // 0
 */
export const DEVELOPMENT_MINIMUM: Readonly<Record<keyof DevelopmentPolicy, number>> = {
  appraisalMonths: 1,
  appraisalDueSoonDays: 0,
  renewalDueSoonDays: 0,
  governanceRefresherMonths: 1,
  firstAidRefresherMonths: 1,
  otherRefresherMonths: 1,
};

/**
 * Which value of a development setting is in use (docs/rules.md §7): the typed one when it is a
 * whole number at least its minimum, else the default (a cell, or the default itself).
 *
 * @example
 * developmentInUseFormula('appraisalMonths', 'J2', 'J3'); // 'IF(ISNUMBER(J2),IF(AND(J2>=1,J2<=120,J2=INT(J2)),J2,J3),J3)'
 */
export function developmentInUseFormula(
  key: keyof DevelopmentPolicy,
  typed: string,
  fallback = String(DEFAULT_DEVELOPMENT_POLICY[key]),
): string {
  const min = DEVELOPMENT_MINIMUM[key];
  // Nested so INT never sees text (AND would evaluate it and fail).
  return `IF(ISNUMBER(${typed}),IF(AND(${typed}>=${min},${typed}<=${settingMaximum(key)},${typed}=INT(${typed})),${typed},${fallback}),${fallback})`;
}

/**
 * The next appraisal: the last one (else the start date) plus the interval; blank with neither.
 *
 * @example
 * appraisalDueFormula({ last: 'X2', start: 'D2', months: 'Settings!$J$4' });
 * // 'IF(AND(X2="",D2=""),"",EDATE(IF(X2="",D2,X2),Settings!$J$4))'
 */
export function appraisalDueFormula(c: { last: string; start: string; months: string }): string {
  return `IF(AND(${c.last}="",${c.start}=""),"",EDATE(IF(${c.last}="",${c.start},${c.last}),${c.months}))`;
}

/**
 * The appraisal status on the as-of date: Overdue after the due date, Due soon from the warning
 * days before it, else OK; "Check date" for a last appraisal after the as-of date.
 *
 * @example
 * appraisalStatusFormula({ last: 'X2', due: 'Y2', asOf: 'Settings!$C$4', dueSoonDays: 'Settings!$K$4' });
 */
export function appraisalStatusFormula(c: { last: string; due: string; asOf: string; dueSoonDays: string }): string {
  return (
    `IF(${c.due}="","",IF(IF(ISNUMBER(${c.last}),${c.last}>${c.asOf},FALSE),"${CHECK_DATE}",` +
    `IF(${c.asOf}>${c.due},"Overdue",IF(${c.asOf}>=${c.due}-${c.dueSoonDays},"Due soon","OK"))))`
  );
}

function mentionsAny(title: string, words: readonly string[]): string {
  // Whole words, as refresherMonths reads them: the title with its punctuation left as typed.
  const padded = `" "&LOWER(${title})&" "`;
  return `OR(${words.map((w) => `ISNUMBER(SEARCH(" ${w} ",${padded}))`).join(',')})`;
}

/**
 * A mandatory item's refresher period in months from its title: the governance, first aid or
 * other period in use on Settings; blank ("never lapses") for any other checklist.
 *
 * @example
 * refresherMonthsFormula({ mandatory: 'B2="Mandatory training"', title: 'D2', governance: 'G', firstAid: 'F', other: 'O' });
 */
export function refresherMonthsFormula(c: {
  mandatory: string;
  title: string;
  governance: string;
  firstAid: string;
  other: string;
}): string {
  return (
    `IF(NOT(${c.mandatory}),"",IF(${mentionsAny(c.title, REFRESHER_WORDS.governance)},${c.governance},` +
    `IF(${mentionsAny(c.title, REFRESHER_WORDS.firstAid)},${c.firstAid},${c.other})))`
  );
}

/**
 * When a completed line lapses: its completion date (typed as a date or as date text) plus its
 * refresher months; blank when the line is not completed on a date by the as-of date, or never
 * lapses.
 *
 * @example
 * expiresFormula({ completedOn: 'F2', months: 'G2', asOf: 'Settings!$C$4' });
 * // 'IFERROR(IF(AND(ISNUMBER(G2),IF(AND(ISNUMBER(F2),NOT(ISLOGICAL(F2))),F2,…)>1,…),EDATE(…,G2),""),"")'
 */
export function expiresFormula(c: { completedOn: string; months: string; asOf: string }): string {
  // A date typed as text counts from its date, as the check reads it. TRUE and FALSE are no
  // date: LibreOffice keeps them as 1 and 0, and ISNUMBER(TRUE) is TRUE there; in a column
  // formatted as dates it keeps TRUE as the plain number 1 (ISLOGICAL is FALSE), so serial 1,
  // 1 January 1900, is taken for TRUE: no completion is dated then.
  const x = c.completedOn;
  const on = `IF(AND(ISNUMBER(${x}),NOT(ISLOGICAL(${x}))),${x},${textDateFormula(x)})`;
  return `IFERROR(IF(AND(ISNUMBER(${c.months}),${on}>1,${on}<=${c.asOf}),EDATE(${on},${c.months}),""),"")`;
}

/**
 * A completed line's renewal status: Expired after its expiry date, Due soon within the warning
 * days, else Done (and Done when it never lapses).
 *
 * @example
 * renewalStatusFormula({ expires: 'H2', asOf: 'Settings!$C$4', dueSoonDays: 'Settings!$L$4' });
 */
export function renewalStatusFormula(c: { expires: string; asOf: string; dueSoonDays: string }): string {
  return `IF(NOT(ISNUMBER(${c.expires})),"Done",IF(${c.asOf}>${c.expires},"Expired",IF(${c.asOf}>=${c.expires}-${c.dueSoonDays},"Due soon","Done")))`;
}

/**
 * CPD hours of one coach in the 12 months up to the as-of date, from whole log columns.
 *
 * @example
 * cpdHoursFormula({ coach: "'CPD log'!$B:$B", date: "'CPD log'!$A:$A", hours: "'CPD log'!$E:$E", coachId: 'A2', asOf: 'Settings!$C$4' });
 */
export function cpdHoursFormula(c: {
  coach: string;
  date: string;
  hours: string;
  coachId: string;
  asOf: string;
}): string {
  return (
    `IF(${c.coachId}="","",SUMIFS(${c.hours},${c.coach},${c.coachId},` +
    `${c.date},">"&EDATE(${c.asOf},-12),${c.date},"<="&${c.asOf}))`
  );
}

/**
 * An agreed action's status: Done once its completed cell says so, Overdue after its follow-up
 * date, else Open; blank when no action and no follow-up date were recorded.
 *
 * @example
 * actionStatusFormula({ action: 'J2', followUp: 'K2', done: 'AND(L2<>"")', asOf: 'Settings!$C$4' });
 */
export function actionStatusFormula(c: { action: string; followUp: string; done: string; asOf: string }): string {
  return (
    `IF(AND(TRIM(${c.action}&"")="",${c.followUp}=""),"",IF(${c.done},"Done",` +
    `IF(IF(ISNUMBER(${c.followUp}),${c.asOf}>${c.followUp},FALSE),"Overdue","Open")))`
  );
}
