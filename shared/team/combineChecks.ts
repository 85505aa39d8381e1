/**
 * Many workbooks as one PCN: each coach, finding and month with the workbook it came from, a
 * finding for a coach ID found in two workbooks, and a line for each workbook that could not
 * be read or held nothing recognisable. Host-neutral: the command line and the overview page
 * both put their per-file checks together here.
 */
import { cellName } from '../check/report/reportSpec';
import type { CheckOutcome } from '../check/runCheck';
import { rag } from '../check/report/summary';
import type { IsoDate } from '../values/dates/calendarDate';
import { TEAM_TEXT } from './teamMessages';
import type { FileCheck, TeamCoach, TeamFinding, TeamResult } from './types';

/** A file's check, or why it has none. */
function outcomeOf(f: FileCheck): CheckOutcome | null {
  return 'outcome' in f && f.outcome.coaches.length > 0 ? f.outcome : null;
}

/** A finding for each coach whose ID an earlier workbook already has; the coach's counts go up. */
function sameCoachFindings(coaches: TeamCoach[]): TeamFinding[] {
  const first = new Map<string, TeamCoach>();
  const out: TeamFinding[] = [];
  for (const c of coaches) {
    const key = c.id?.trim().toLowerCase();
    if (!key) continue;
    const earlier = first.get(key);
    if (!earlier) first.set(key, c);
    else if (earlier.file !== c.file) {
      const where = cellName(earlier.sheet, earlier.row, null).replace(/!A(\d+)$/, ' row $1');
      out.push({
        file: c.file,
        sheet: c.sheet,
        row: c.row,
        column: null,
        coach: c.coach,
        rule: 'team.same-coach-in-two-workbooks',
        severity: 'warning',
        message: TEAM_TEXT.sameCoach(c.id ?? '', c.coach, earlier.file, where),
      });
      c.counts = { ...c.counts, warning: c.counts.warning + 1 };
      c.rag = rag(c.counts);
    }
  }
  return out;
}

/**
 * The PCN's combined result, workbooks in the order given. The as-of date is the one given,
 * else the latest a workbook was checked on (with a note when they differ).
 *
 * @example
 * combineChecks([{ file: 'sam.xlsx', outcome }, { file: 'old.xls', problem: 'not a workbook' }]).files[1].problem;
 * // 'not a workbook'
 */
export function combineChecks(checks: readonly FileCheck[], asOf?: IsoDate): TeamResult {
  const files = checks.map((f) => {
    const outcome = outcomeOf(f);
    const problem = 'problem' in f ? f.problem : outcome ? null : TEAM_TEXT.nothingRecognised(f.file);
    return { file: f.file, coaches: outcome?.coaches.length ?? 0, problem };
  });
  const used = checks.flatMap((f) => {
    const outcome = outcomeOf(f);
    return outcome ? [{ file: f.file, outcome }] : [];
  });
  const coaches: TeamCoach[] = used.flatMap(({ file, outcome }) => outcome.coaches.map((c) => ({ file, ...c })));
  const same = sameCoachFindings(coaches);
  const findings: TeamFinding[] = used.flatMap(({ file, outcome }) => [
    ...outcome.findings.map((f) => ({ file, ...f })),
    ...same.filter((f) => f.file === file),
  ]);
  const dates = [...new Set(used.map((u) => u.outcome.asOf))].sort();
  if (asOf === undefined && dates.length > 1)
    findings.unshift({
      file: '',
      sheet: '',
      row: null,
      column: null,
      coach: null,
      rule: 'team.as-of-differs',
      severity: 'note',
      message: TEAM_TEXT.asOfDiffers(dates.join(', ')),
    });
  return {
    asOf: asOf ?? dates[dates.length - 1] ?? null,
    files,
    coaches,
    findings,
    monthly: used.flatMap(({ file, outcome }) => outcome.monthly.map((m) => ({ file, ...m }))),
  };
}
