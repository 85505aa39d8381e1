/**
 * The check itself, with no workbook port: sheets already read and mappings already chosen
 * in, coach summaries and findings out. Every rule comes from shared/rules through the
 * finding modules; this only puts them together.
 */
import type { IsoDate } from '../values/dates/calendarDate';
import type { ReadContext } from '../values/context';
import type { SheetData } from '../workbook';
import { daysOver, reviewsDue } from './findings/caseloadFindings';
import { clientSpellings } from './findings/clientSpellings';
import { coachTier, type CoachTier } from './findings/coachTier';
import { developmentFindings, developmentSummary } from './findings/developmentFindings';
import { evidenceFindings, unrecordedEvidence } from './findings/evidenceFindings';
import { finding } from './findings/findingRules';
import { igFindings } from './findings/igFindings';
import { monthlySummary, type MonthlyFigures } from './monthlySummary';
import { CHECK_MESSAGES } from './messages';
import { readinessFindings, unrecordedReadiness } from './findings/readinessFindings';
import { readWorkbook } from './read/readWorkbook';
import { coachSummary, sortFindings } from './report/summary';
import { groupCoaching, supervisionFindings, unrecordedSupervision } from './findings/supervisionFindings';
import { supervisorFindings } from './findings/supervisorFindings';
import { tierFindings } from './findings/tierFindings';
import type { CoachSummary, Finding, SheetMapping } from './types';
import type { CheckData, Coach } from './read/model';
import { isHwbcError } from '../values/errors';

/**
 * What the check found, before any report is written.
 *
 * @example
 * const { asOf, coaches, findings } = runCheck(sheets, mappings, ctx);
 */
export interface CheckOutcome {
  asOf: IsoDate;
  coaches: CoachSummary[];
  findings: Finding[];
  /** Per month and coach: sessions, NHS coaching hours, clients, referrals, did-not-attend rate, supervision. */
  monthly: MonthlyFigures[];
}

/** One coach's findings (added to `findings`) and what the summary needs. */
function checkCoach(data: CheckData, coach: Coach, findings: Finding[]) {
  const supervision = supervisionFindings(data, coach);
  const readiness = readinessFindings(data, coach);
  const development = developmentFindings(data, coach);
  const own = [
    ...tierFindings(data, coach),
    ...supervision.findings,
    ...supervisorFindings(data, coach),
    ...readiness.findings,
    ...evidenceFindings(data, coach),
    ...development.findings,
  ];
  for (const f of own) findings.push(f);
  return {
    coach,
    tier: coachTier(coach),
    ready: readiness.ready,
    lines: supervision.lines,
    appraisal: development.appraisal,
    group: groupCoaching(data, coach),
  };
}

/**
 * Checks sheets already read, under the given mappings.
 *
 * @example
 * runCheck(sheets, mappings, readContext('2026-03-20')).findings.length; // 17
 */
export function runCheck(
  sheets: readonly SheetData[],
  mappings: readonly SheetMapping[],
  ctx: ReadContext,
  asOf?: IsoDate,
  monthly = true,
): CheckOutcome {
  const data = readWorkbook(sheets, mappings, ctx, asOf);
  const findings: Finding[] = [...data.findings];
  const mainSheet = data.coaches[0]?.at.sheet ?? mappings[0]?.sheet ?? sheets[0]?.name ?? '';
  if (data.coaches.length === 0) {
    findings.push(
      finding('data.no-coaches', { sheet: mainSheet, row: null, column: null }, null, CHECK_MESSAGES.noCoaches),
    );
  } else {
    findings.push(
      ...unrecordedSupervision(data, mainSheet),
      ...unrecordedReadiness(data, mainSheet),
      ...unrecordedEvidence(data, mainSheet),
    );
  }
  const perCoach = data.coaches.map((coach) => {
    try {
      return checkCoach(data, coach, findings);
    } catch (e) {
      // A date pushed past the calendar's end (a last session in 9999 plus an interval) stops
      // this coach's checks, not the whole check: said at the coach's row.
      if (!isHwbcError(e)) throw e;
      findings.push(
        finding(
          'data.bad-value',
          { ...coach.at, column: null },
          coach.label,
          CHECK_MESSAGES.coachNotChecked(e.message),
        ),
      );
      const tier: CoachTier = { tier: null, byHours: null, pciTrained: false, standing: null };
      return { coach, tier, ready: null, lines: [], appraisal: undefined, group: undefined };
    }
  });
  // One at a time: a long log may give more findings than a spread may pass as arguments.
  for (const list of [reviewsDue(data), clientSpellings(data), daysOver(data), igFindings(data)])
    for (const f of list) findings.push(f);
  const coaches = perCoach.map((c) => ({
    ...coachSummary(c.coach, c.tier, c.ready, c.lines, findings, c.group),
    ...developmentSummary(data, c.coach, c.appraisal),
  }));
  return {
    asOf: data.asOf,
    coaches,
    findings: sortFindings(
      findings,
      data.coaches.map((c) => c.label),
    ),
    monthly: monthly ? monthlySummary(data) : [],
  };
}
