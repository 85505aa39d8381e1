/**
 * The check itself, with no workbook port: sheets already read and mappings already chosen
 * in, coach summaries and findings out. Every rule comes from shared/rules through the
 * finding modules; this only puts them together.
 */
import type { IsoDate } from '../values/calendarDate';
import type { ReadContext } from '../values/context';
import type { SheetData } from '../workbook';
import { daysOver, reviewsDue } from './findings/caseloadFindings';
import { coachTier } from './findings/coachTier';
import { evidenceFindings, unrecordedEvidence } from './findings/evidenceFindings';
import { finding } from './findings/findingRules';
import { igFindings } from './findings/igFindings';
import { CHECK_MESSAGES } from './messages';
import { readinessFindings, unrecordedReadiness } from './findings/readinessFindings';
import { readWorkbook } from './read/readWorkbook';
import { coachSummary, sortFindings } from './report/summary';
import { groupCoaching, supervisionFindings, unrecordedSupervision } from './findings/supervisionFindings';
import { supervisorFindings } from './findings/supervisorFindings';
import { tierFindings } from './findings/tierFindings';
import type { CoachSummary, Finding, SheetMapping } from './types';

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
    const supervision = supervisionFindings(data, coach);
    const readiness = readinessFindings(data, coach);
    findings.push(
      ...tierFindings(data, coach),
      ...supervision.findings,
      ...supervisorFindings(data, coach),
      ...readiness.findings,
      ...evidenceFindings(data, coach),
    );
    return {
      coach,
      tier: coachTier(coach),
      ready: readiness.ready,
      lines: supervision.lines,
      group: groupCoaching(data, coach),
    };
  });
  // One at a time: a long log may give more findings than a spread may pass as arguments.
  for (const list of [reviewsDue(data), daysOver(data), igFindings(data)]) for (const f of list) findings.push(f);
  const coaches = perCoach.map((c) => coachSummary(c.coach, c.tier, c.ready, c.lines, findings, c.group));
  return {
    asOf: data.asOf,
    coaches,
    findings: sortFindings(
      findings,
      data.coaches.map((c) => c.label),
    ),
  };
}
