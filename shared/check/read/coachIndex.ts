/**
 * Finding the coach a log row belongs to. Logs name a coach by ID or by name, spelt as the
 * person typing it spelt it, so both are looked up, tidied. When the workbook has no sheet
 * of coaches, the logs' own coach values become the coaches.
 */
import { finding, Where } from '../findings/findingRules';
import { whereOf } from './cellReader';
import type { MappedRow } from './rows/mappedRows';
import type { Coach } from './model';
import { CHECK_MESSAGES } from '../messages';
import type { Finding } from '../types';
import { coachKey } from './references/coachKey';
import { CoachWrittenOtherwise } from './references/coachWrittenOtherwise';
import { remembered } from '../../values/remembered';

/**
 * A coach known only from a log.
 *
 * @example
 * logCoach('HW-07', { sheet: 'Hours log', row: 2, column: 'B' }).label; // 'HW-07'
 */
export function logCoach(text: string, at: Where): Coach {
  const none = { line: null, clinical: null, coaching: null };
  return {
    key: coachKey(text),
    label: text,
    id: null,
    name: text,
    at,
    columns: {},
    start: null,
    wte: null,
    hours: null,
    hoursUnreadable: false,
    priorHours: null,
    pci: undefined,
    induction: undefined,
    mandatory: undefined,
    evidencedTier: null,
    claimedTier: null,
    tierWorkedOut: false,
    signOff: undefined,
    signOffOrganisation: undefined,
    organisation: null,
    supervisors: { ...none },
    last: { ...none },
    lastAt: { ...none },
    supervisorTier: null,
    supervisorHours: null,
    lastAppraisal: null,
    pdpAgreed: null,
    pdpReview: null,
    probationEnd: null,
    expiries: [],
  };
}

/**
 * Looks coaches up by ID or name; adds log-only coaches when there is no coaches sheet.
 *
 * @example
 * const index = new CoachIndex(coaches, false);
 * index.find('S01'); // the coach with ID S01
 */
export class CoachIndex {
  private readonly byKey = new Map<string, Coach>();
  private readonly reported = new Set<string>();
  /**
   * The text's coachKey, tidied once per text: a log names the same few coaches on every row.
   *
   * @example
   * index.keyOf(' Sam  Jones '); // 'sam jones'
   */
  readonly keyOf: (text: string) => string = remembered(coachKey);
  /**
   * The coach each text as typed names, once known: one lookup a log row rather than three
   * (a known coach never changes: coaches added from logs never take another's key).
   */
  private readonly byText = new Map<string, Coach>();
  /** Rows naming a coach otherwise than by the ID the template's formulas match. */
  readonly writtenOtherwise = new CoachWrittenOtherwise();

  /** @example new CoachIndex(coaches, coaches.length === 0) */
  constructor(
    readonly coaches: Coach[],
    private readonly addFromLogs: boolean,
  ) {
    for (const c of coaches) this.remember(c);
  }

  private remember(c: Coach): void {
    for (const k of [c.id, c.name]) if (k && !this.byKey.has(this.keyOf(k))) this.byKey.set(this.keyOf(k), c);
  }

  /** @example index.find('sam jones'); // the coach "Sam Jones", or null */
  find(text: string | null): Coach | null {
    return text === null ? null : (this.byKey.get(this.keyOf(text)) ?? null);
  }

  /**
   * The coach a log row names; an unknown one is added (no coaches sheet) or noted once, at
   * the row's coach cell (worked out only then: almost every row names a known coach).
   *
   * @example
   * index.resolve('HW-09', row, findings); // null, and a data.unknown-coach note
   */
  resolve(text: string | null, row: MappedRow, findings: Finding[]): Coach | null {
    if (text === null) return null;
    const named = this.byText.get(text);
    if (named !== undefined) {
      this.writtenOtherwise.see(text, named, row);
      return named;
    }
    if (this.keyOf(text) === '') return null;
    const known = this.find(text);
    if (known) {
      this.byText.set(text, known);
      this.writtenOtherwise.judge(text, known);
      this.writtenOtherwise.see(text, known, row);
      return known;
    }
    const at = whereOf(row, 'coach');
    if (this.addFromLogs) {
      const c = logCoach(text, at);
      this.coaches.push(c);
      this.remember(c);
      return c;
    }
    const seen = `${at.sheet}\u0000${this.keyOf(text)}`;
    if (!this.reported.has(seen)) {
      this.reported.add(seen);
      findings.push(finding('data.unknown-coach', at, null, CHECK_MESSAGES.unknownCoach(text)));
    }
    return null;
  }
}
