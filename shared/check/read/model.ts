/**
 * What the check knows once the sheets are read: coaches and the rows of each log, every
 * value already clean (bad ones were reported and left blank), every row still pointing
 * at its cell so a finding can link there.
 */
import type { EvidenceEntry, TrainingRecord } from '../../rules';
import { hoursLogRowCounts, NOT_ATTENDED, NOT_NHS } from '../../rules/tiers/hoursThatCount';
import type { DevelopmentPolicy } from '../../rules/development/developmentPolicy';
import type { SupervisionPolicy } from '../../rules/supervision/policy';
import type { SupervisionType } from '../../rules/supervision/supervisionType';
import type { IsoDate } from '../../values/dates/calendarDate';
import type { ReadContext } from '../../values/context';
import type { Where } from '../findings/findingRules';
import type { MappedRows } from './rows/mappedRows';
import type { Finding, SheetKind } from '../types';

/**
 * Done-ness of a training item: a completion date, TRUE/FALSE, null for blank, undefined when not recorded anywhere.
 *
 * @example
 * const pci: Done = '2025-10-10'; // completed on that day
 */
export type Done = string | boolean | null | undefined;

/**
 * One coach, from a coaches sheet or (when there is none) from the logs.
 *
 * @example
 * coach.last.clinical; // '2025-12-01'
 * coach.columns.lastClinical; // 'J'
 */
export interface Coach {
  /** Lookup key: the ID, or the name when there is no ID, tidied (see coachKey). */
  key: string;
  /** How findings name the coach: their name, else their ID. */
  label: string;
  id: string | null;
  /**
   * The ID cell as written, where it has spaces around the ID: the template's formulas match
   * log rows to it as written (references/coachWrittenOtherwise.ts).
   */
  idWritten?: string;
  name: string | null;
  /** The coach's row, at the name (or ID) cell. */
  at: Where;
  /** Column letter of each field on the coach's row, so findings can point at the cell. */
  columns: Readonly<Record<string, string>>;
  start: IsoDate | null;
  /** Whole-time equivalent; null when blank or unreadable (the rules then use 1). */
  wte: number | null;
  /** NHS coaching hours to date; null when the workbook records none. */
  hours: number | null;
  /** The hours cell held something that is not hours (reported): not filled in from the log. */
  hoursUnreadable: boolean;
  /** NHS coaching hours from before the hours log began (the template's "Prior" column). */
  priorHours: number | null;
  pci: Done;
  induction: Done;
  mandatory: Done;
  evidencedTier: number | null;
  claimedTier: number | null;
  /**
   * The sheet's tier column is its own working (the template's formula): the tier it shows is
   * the one the check works out, whether or not the file holds the calculated value.
   */
  tierWorkedOut: boolean;
  /**
   * Tier 2 independent sign-off: who (or when), false for "no", null when blank, undefined
   * when the sheet has no sign-off column at all.
   */
  signOff: string | boolean | null | undefined;
  /** The Tier 2 signer's organisation; null when blank, undefined when the sheet has no such column. */
  signOffOrganisation: string | null | undefined;
  /** The coach's own organisation (employer, practice or PCN); null when not recorded. */
  organisation: string | null;
  supervisors: Record<SupervisionType, string | null>;
  /** Last session of each type, from the coaches sheet and the supervision log (the later). */
  last: Record<SupervisionType, IsoDate | null>;
  /** Where each last date came from, for linking (the coaches sheet cell or the log row). */
  lastAt: Record<SupervisionType, Where | null>;
  supervisorTier: number | null;
  supervisorHours: number | null;
  /** Development records (docs/rules.md §7); null when blank or when the sheet has no column. */
  lastAppraisal: IsoDate | null;
  pdpAgreed: IsoDate | null;
  pdpReview: IsoDate | null;
  probationEnd: IsoDate | null;
  /** Renewal dates kept on the coaches sheet, one column per course ("Safeguarding L2 expiry"). */
  expiries: { title: string; expires: IsoDate; at: Where }[];
}

/**
 * One row of an hours log (read-only: readHoursLog keeps it compact, hours/loggedSession.ts).
 *
 * @example
 * const s: Session = { coach, date: '2026-03-04', hours: 0.75, attended: true, didNotAttend: false, nhs: true, clientSession: true, client: 'C-0012', at };
 */
export interface Session {
  readonly coach: Coach | null;
  readonly date: IsoDate | null;
  readonly hours: number | null;
  /** Attended (not did-not-attend or cancelled). */
  readonly attended: boolean;
  /** The client did not attend (a cancelled session is neither attended nor this). */
  readonly didNotAttend: boolean;
  /** NHS work (the log says so, or does not say). */
  readonly nhs: boolean;
  /** Time with clients, not supervision, CPD, training or admin. */
  readonly clientSession: boolean;
  readonly client: string | null;
  readonly at: Where;
}

/**
 * Whether a session counts towards NHS coaching hours: the rules core's hoursLogRowCounts,
 * the one rule the template's "NHS coaching hours" formula follows too (docs/rules.md §1: dated on
 * or before the as-of date, not "Did not attend" or "Cancelled", NHS not "No"; blanks count).
 * The check has already read practices' own words for attendance and NHS (DNA, no-show,
 * private…) into yes or no, so it hands the rule the template's answer for each; and only
 * time with clients counts (a practice's log may also hold supervision, CPD or admin). An
 * undated row never counts: nobody can say it happened by the as-of date.
 *
 * @example
 * countsTowardsHours({ date: '2026-03-04', attended: true, nhs: true, clientSession: true, … }, '2026-03-20'); // true
 * countsTowardsHours({ date: null, attended: true, nhs: true, clientSession: true, … }, '2026-03-20');         // false
 */
export function countsTowardsHours(s: Session, asOf: IsoDate): boolean {
  if (!s.clientSession) return false;
  const asTyped = { date: s.date, attendance: s.attended ? null : NOT_ATTENDED[0], nhs: s.nhs ? null : NOT_NHS };
  return hoursLogRowCounts(asTyped, asOf);
}

/**
 * One row of a supervision log.
 *
 * @example
 * const e: SupervisionEntry = { coach, date: '2026-02-25', type: 'coaching', supervisor: 'Ali Khan', individual: true, minutes: 30, at };
 */
export interface SupervisionEntry {
  coach: Coach | null;
  date: IsoDate;
  type: SupervisionType;
  supervisor: string | null;
  /** One-to-one (or format not recorded), not group. */
  individual: boolean;
  minutes: number | null;
  /** Normative, formative or restorative, as typed. */
  focus: string | null;
  /** Safeguarding or patient concerns raised: yes, no, or null when not recorded. */
  concerns: boolean | null;
  /** The action agreed, its follow-up date and whether it has been completed. */
  action: string | null;
  followUp: IsoDate | null;
  actionDone: boolean;
  /** The follow-up date's cell (the row's date cell when there is none). */
  followUpAt: Where;
  at: Where;
}

/**
 * One row of a CPD log (docs/rules.md §7).
 *
 * @example
 * const c: CpdEntry = { coach, date: '2026-01-15', hours: 3, activity: 'MI refresher', type: 'Health coaching practice', codes: ['COM-04'], at };
 */
export interface CpdEntry {
  coach: Coach | null;
  date: IsoDate | null;
  hours: number | null;
  activity: string | null;
  type: string | null;
  codes: string[];
  at: Where;
}

/**
 * One line of a training checklist, with when it lapses (docs/rules.md §7).
 *
 * @example
 * const t: TrainingLine = { coach, record, item: 'mandatory', completed: '2022-03-01', expires: '2025-03-01', at };
 */
export interface TrainingLine {
  coach: Coach | null;
  record: TrainingRecord;
  item: 'pci' | 'induction' | 'mandatory';
  /** The completion date, when the line is done on a date. */
  completed: IsoDate | null;
  /** When it lapses: typed on the sheet, else completion plus its refresher period; null if never. */
  expires: IsoDate | null;
  at: Where;
}

/**
 * One client of a caseload.
 *
 * @example
 * const c: CaseloadEntry = { coach, open: true, sinceReview: 6, sessions: 8, lastReview: '2026-01-10', reviewsRecorded: true, client: 'C-0101', referred: '2025-12-02', at };
 */
export interface CaseloadEntry {
  coach: Coach | null;
  open: boolean;
  /** Sessions since the last review, as the caseload gives them. */
  sinceReview: number | null;
  /** Sessions in all, as the caseload gives them. */
  sessions: number | null;
  lastReview: IsoDate | null;
  /** The caseload has a last-review column, so a blank one means "never reviewed". */
  reviewsRecorded: boolean;
  client: string | null;
  /** When the client was referred, for the monthly summary's new referrals (never reported). */
  referred: IsoDate | null;
  at: Where;
}

/**
 * Finds a coach by ID or name as a log writes it: what the findings need of coachIndex.ts's
 * CoachIndex (declared here, so the model and the index do not import each other).
 *
 * @example
 * data.index.find('sam jones')?.label; // 'Sam Jones'
 */
export interface CoachFinder {
  find(text: string | null): Coach | null;
}

/**
 * Everything read from the workbook, ready for the rules.
 *
 * @example
 * readWorkbook(sheets, mappings, ctx).coaches.map((c) => c.label); // ['Sam Jones', …]
 */
export interface CheckData {
  asOf: IsoDate;
  ctx: ReadContext;
  policy: SupervisionPolicy;
  coaches: Coach[];
  /** Finds a coach by ID or name as a log writes it. */
  index: CoachFinder;
  sessions: Session[];
  supervision: SupervisionEntry[];
  caseload: CaseloadEntry[];
  /** Evidence entries, each with its reviewer's cell (for the self-review finding). */
  /** Each entry, `at` its reviewer (else code) cell and `typeAt` its evidence type cell. */
  evidence: { coach: Coach | null; entry: EvidenceEntry; at?: Where; typeAt?: Where }[];
  training: TrainingLine[];
  cpd: CpdEntry[];
  /** Appraisal interval, refresher periods and warnings (docs/rules.md §7), from Settings. */
  development: DevelopmentPolicy;
  /** The rows of every log and caseload sheet, for the information governance scan. */
  logRows: { kind: SheetKind; rows: MappedRows }[];
  /**
   * Which sources exist: a kind of sheet ('hoursLog'), a field of one ('coaches.lastClinical'),
   * or a supervision type recorded anywhere ('supervision.clinical').
   */
  sources: Set<string>;
  findings: Finding[];
}
