/**
 * Native formulas for the last supervision session of a type, and the group health coaching
 * sessions beside it (docs/rules.md §2, supervisionFormat.ts), read straight from the Supervision
 * log's typed columns with whole-column MAXIFS and COUNTIFS: no per-row helper, so however long
 * the log grows every row counts, in Excel, Google Sheets and LibreOffice alike. Formula text
 * without the leading "="; arguments are expressions.
 */
import { GROUP_WORD, MONTHLY_INDIVIDUAL_MINUTES } from './supervisionFormat';
import { SUPERVISION_NAMES, type SupervisionType } from './supervisionType';

/** Whole-column references to the Supervision log, and the coach and as-of date. */
export interface SupervisionLogCells {
  date: string;
  coach: string;
  type: string;
  format: string;
  coachId: string;
  asOf: string;
}

/*
 * Decision: type names are compared whole and in any case, as MAXIFS does, so a type typed with
 * stray spaces around it is not found (the check, which trims, reads it); the template's
 * drop-down never holds one. A session with "group" in its format (or a type with "group" in it,
 * which no accepted name has) is a group session.
 */
const NOT_GROUP = `"<>*${GROUP_WORD}*"`;
const GROUP = `"*${GROUP_WORD}*"`;
const upToAsOf = (c: SupervisionLogCells) => `${c.date},"<="&${c.asOf}`;

/**
 * The latest session of a type up to the as-of date, or 0 when there is none. Health coaching
 * supervision counts individual sessions only: group ones never set the monthly due date.
 *
 * @example
 * lastSessionFormula('line', cells); // 'MAX(MAXIFS(A:A,B:B,A2,C:C,"line",A:A,"<="&Settings!$C$4),…)'
 */
export function lastSessionFormula(type: SupervisionType, c: SupervisionLogCells): string {
  const individual = type === 'coaching' ? `,${c.format},${NOT_GROUP}` : '';
  const each = SUPERVISION_NAMES[type].map(
    (name) => `MAXIFS(${c.date},${c.coach},${c.coachId},${c.type},"${name}",${upToAsOf(c)}${individual})`,
  );
  return `MAX(${each.join(',')})`;
}

/**
 * Criteria sets that pick out group health coaching sessions, each set apart from the others:
 * an accepted coaching name with "group" in the format, or a type such as "Group health
 * coaching" with the group word in it.
 */
function groupCriteria(c: SupervisionLogCells): string[] {
  return [
    ...SUPERVISION_NAMES.coaching.map((name) => `${c.type},"${name}",${c.format},${GROUP}`),
    `${c.type},"*${GROUP_WORD}*coach*"`,
  ];
}

/**
 * The latest group health coaching session up to the as-of date, or 0 when there is none.
 *
 * @example
 * lastGroupCoachingFormula(cells); // 'MAX(MAXIFS(A:A,B:B,A2,C:C,"coaching",E:E,"*group*",…),…)'
 */
export function lastGroupCoachingFormula(c: SupervisionLogCells): string {
  const each = groupCriteria(c).map((k) => `MAXIFS(${c.date},${c.coach},${c.coachId},${k},${upToAsOf(c)})`);
  return `MAX(${each.join(',')})`;
}

/**
 * What the text of a coaches sheet says of the month's individual health coaching supervision,
 * as underAnHour decides it (supervisionFormat.ts): UNDER_AN_HOUR when the minutes logged in the
 * month up to the as-of date (after the day a calendar month before it) add up to less than an
 * hour, blank when none are logged, else AN_HOUR_OR_MORE.
 *
 * @example
 * monthlyMinutesFormula({ ...cells, minutes: "'Supervision log'!$F:$F" });
 * // 'IF(SUMIFS(…)=0,"",IF(SUMIFS(…)<60,"Under 60 minutes","60 minutes or more"))'
 */
export function monthlyMinutesFormula(c: SupervisionLogCells & { minutes: string }): string {
  const window = `${c.date},">"&EDATE(${c.asOf},-1),${upToAsOf(c)}`;
  const each = SUPERVISION_NAMES.coaching.map(
    (name) => `SUMIFS(${c.minutes},${c.coach},${c.coachId},${c.type},"${name}",${c.format},${NOT_GROUP},${window})`,
  );
  const minutes = each.join('+');
  return `IF(${minutes}<=0,"",IF(${minutes}<${MONTHLY_INDIVIDUAL_MINUTES},"${MONTHLY_MINUTES_WORDS.under}","${MONTHLY_MINUTES_WORDS.enough}"))`;
}

/**
 * The words monthlyMinutesFormula shows.
 *
 * @example
 * MONTHLY_MINUTES_WORDS.under; // 'Under 60 minutes'
 */
export const MONTHLY_MINUTES_WORDS = {
  under: `Under ${MONTHLY_INDIVIDUAL_MINUTES} minutes`,
  enough: `${MONTHLY_INDIVIDUAL_MINUTES} minutes or more`,
} as const;

/**
 * Group health coaching sessions in the three months up to the as-of date (after the day three
 * calendar months before it, as the check counts them).
 *
 * @example
 * groupCoachingCountFormula(cells); // 'COUNTIFS(B:B,A2,…,A:A,">"&EDATE(Settings!$C$4,-3),…)+…'
 */
export function groupCoachingCountFormula(c: SupervisionLogCells): string {
  const window = `${c.date},">"&EDATE(${c.asOf},-3),${upToAsOf(c)}`;
  return groupCriteria(c)
    .map((k) => `COUNTIFS(${c.coach},${c.coachId},${k},${window})`)
    .join('+');
}
