/**
 * What the workbook check reports. These shapes cross from host to pane (and through
 * google.script.run), so they hold only plain data: dates are ISO text.
 */
import type { IsoDate } from '../values/dates/calendarDate';
import type { SupervisionType } from '../rules/supervision/supervisionType';

export type Severity = 'action' | 'warning' | 'note';

// What a sheet holds, and every kind the check reads in the order it reads them: the field
// registry's kinds (shared/fields).
export { SHEET_KINDS, type SheetKind } from '../fields';

/** One thing that needs attention, tied to a cell so the pane can link to it. */
export interface Finding {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it; null for a sheet-level finding. */
  row: number | null;
  /** Column letter of the cell the finding is about, when there is one. */
  column: string | null;
  /** Coach's name or ID, when the finding belongs to a coach. */
  coach: string | null;
  /** Stable rule id, e.g. 'supervision.clinical.overdue'. */
  rule: string;
  severity: Severity;
  message: string;
}

/** One coach's line in the summary. */
export interface CoachSummary {
  coach: string;
  id: string | null;
  sheet: string;
  row: number;
  tier: number | null;
  /**
   * The tier in words (docs/rules.md §1): "Working towards Tier 1" for Tier 0, and what holds a tier
   * back ("Tier 1 (Tier 2 by hours; no evidence agreed yet)", "Tier 2 (by hours only)").
   */
  tierWords: string | null;
  /**
   * What the next tier needs, as the template's "Hours to next tier" column shows it: hours
   * (as hoursToNextTier below), or words when the hours are there and evidence or PCI training
   * is not ("Evidence for Tier 2 needed"); null when the hours are unknown.
   */
  nextTier: number | string | null;
  /**
   * NHS coaching hours still needed for the next tier, to a tenth of an hour rounded up (never
   * 0 below Tier 4; see hoursShown.ts); 0 at Tier 4; null when the hours are unknown.
   */
  hoursToNextTier: number | null;
  readyForReferrals: boolean | null;
  supervision: {
    type: 'line' | 'clinical' | 'coaching';
    due: IsoDate | null;
    status: 'OK' | 'Due soon' | 'Overdue' | null;
  }[];
  /** Appraisal due date and status (docs/rules.md §7); absent when the workbook records no appraisals. */
  appraisal?: { due: IsoDate | null; status: 'OK' | 'Due soon' | 'Overdue' | null };
  /** CPD hours in the 12 months up to the as-of date; absent when the workbook has no CPD log. */
  cpdHours?: number;
  /**
   * Group health coaching supervision, shown beside the individual sessions that set the due
   * date (docs/rules.md §2): the last group session up to the as-of date and how many there were in
   * the three months up to it.
   */
  groupCoaching: { last: IsoDate | null; lastThreeMonths: number };
  /** Red when any action, amber when any warning, else green. */
  rag: 'red' | 'amber' | 'green';
  counts: Record<Severity, number>;
}

/** How one column of a user's sheet was understood. */
export interface ColumnMatch {
  /** The field it stands for, e.g. 'name', 'hours', 'wte', 'lastClinical'. */
  field: string;
  /** 0-based column index on the sheet. */
  column: number;
  header: string;
  /** 1 for an exact synonym, lower for a fuzzy match. */
  confidence: number;
}

/** The mapping of one sheet: where its header row is and what each column means. */
export interface SheetMapping {
  sheet: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  /** What the sheet holds: 'coaches', 'hoursLog', 'caseload', 'supervisionLog', 'evidenceLog', 'training'. */
  kind: string;
  columns: ColumnMatch[];
  /**
   * Optional, for the pane's "correct the mapping" step: every header cell of the header row
   * by 0-based column ('' for a blank), so an unrecognised column can be assigned a field.
   */
  headers?: string[];
  /**
   * Optional, for the pane's drop-downs: the fields a sheet of this kind can hold, with a
   * label a practice manager recognises, e.g. { field: 'lastClinical', label: 'Last clinical supervision' }.
   */
  fields?: { field: string; label: string }[];
}

/** The whole result of a check. */
export interface CheckResult {
  asOf: IsoDate;
  coaches: CoachSummary[];
  findings: Finding[];
  /**
   * Per month and coach figures (monthlySummary), for the PCN view and its report; left out of
   * what the pane is sent, which does not show them.
   */
  monthly?: MonthlyFigures[];
  mappings: SheetMapping[];
  /** Name of the report sheet written, or null when none was written (command line). */
  reportSheet: string | null;
}

/**
 * Supervision sessions received in a month, one-to-one and in a group.
 *
 * @example
 * const s: SupervisionReceived = { individual: 1, group: 0 };
 */
export interface SupervisionReceived {
  individual: number;
  group: number;
}

/**
 * One coach's figures for one month.
 *
 * @example
 * const m: MonthlyFigures = { month: '2026-03', coach: 'Sam Jones', id: 'C001', sessions: 42, nhsHours: 31.5, clients: 17,
 *   newReferrals: 4, didNotAttendRate: 0.05, supervision: { line: …, clinical: …, coaching: … } };
 */
export interface MonthlyFigures {
  /** The calendar month, YYYY-MM. */
  month: string;
  coach: string;
  id: string | null;
  /** Sessions with clients that took place (not did-not-attend or cancelled), of every kind, NHS or not. */
  sessions: number;
  /** NHS coaching hours that count towards the tier (hoursLogRowCounts), to 2 decimal places. */
  nhsHours: number;
  /** Different client references among those sessions (groups have none). */
  clients: number;
  /** Caseload clients whose referral date falls in the month. */
  newReferrals: number;
  /** Sessions the client did not attend (cancelled ones are neither attended nor this). */
  didNotAttend: number;
  /** didNotAttend / (sessions + didNotAttend); null when there were none of either. */
  didNotAttendRate: number | null;
  supervision: Record<SupervisionType, SupervisionReceived>;
}
