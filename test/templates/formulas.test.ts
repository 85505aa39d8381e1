/**
 * Every template formula agrees with the rule it mirrors: the same inputs go through the
 * formula (recalculated by LibreOffice) and through the rules core, and the answers must match.
 * All cases run in one LibreOffice run.
 */
import { dayLoad, reviewDue } from '../../shared/rules/caseload/caseload';
import { isReviewed } from '../../shared/rules/evidence/evidenceCoverage';
import { attendanceCounts, hoursLogRowCounts } from '../../shared/rules/tiers/hoursThatCount';
import { hoursToNextTier } from '../../shared/rules/tiers/hoursToNextTier';
import { policyWith, type SupervisionPolicy } from '../../shared/rules/supervision/policy';
import { missingTraining, readyForReferrals } from '../../shared/rules/readiness/readiness';
import { supervisionDue } from '../../shared/rules/supervision/supervisionDue';
import { CHECK_WTE } from '../../shared/rules/supervision/supervisionFormula';
import { supervisionStatus } from '../../shared/rules/supervision/supervisionStatus';
import { parseSupervisionType, SUPERVISION_LABELS } from '../../shared/rules/supervision/supervisionType';
import { tier } from '../../shared/rules/tiers/tier';
import { tierInWorkbook } from '../../shared/rules/tiers/tierInWorkbook';
import { nextTierNeeds, tierWords } from '../../shared/rules/tiers/tierWords';
import { NOT_RECOGNISED } from '../../shared/rules/supervision/supervisionTypeFormula';
import { templateSheet } from '../../shared/templates';
import { serialToIso } from '../../shared/values/dates/excelSerial';
import type { RecalculatedWorkbook } from '../support/libreoffice';
import { asRuleValue, closeTo, recalculateSheets } from './caseSheet';
import { evidencedAsRead, HOURS_AS_OF, INVALID_WTES, orThrows, ruleWte } from './formulaCases';
import { CASES, caseSheets, POLICY_KEYS, READY_AS_OF, TYPED_ON_SETTINGS } from './formulaSheets';

/** A completion cell as the check hands it to the rules: a serial of 1 or more is a date. */
const asCompletion = (v: ReturnType<typeof asRuleValue>) =>
  typeof v === 'number' ? (v >= 1 ? serialToIso(v) : null) : v;

let book: RecalculatedWorkbook;
/** The recalculated row of case `i` on a case sheet (row 1 is the header). */
const result = (sheet: string, i: number) => book[sheet][i + 1] ?? [];

beforeAll(async () => {
  book = await recalculateSheets(caseSheets());
}, 240000);

describe('template formulas agree with the rules core (recalculated by LibreOffice)', () => {
  it('tier and hours to next tier, at every threshold and for random hours', () => {
    CASES.tier.forEach((c, i) => {
      const [, , , got, next, words, toNext] = result('Tier', i);
      // docs/rules.md §1: in a workbook a blank (or unreadable) evidenced tier holds the coach at Tier 1.
      const shown = tierInWorkbook(c.hours, c.pci, evidencedAsRead(c.evidenced));
      expect({ c, got, words }).toEqual({ c, got: String(shown.tier), words: tierWords(shown) });
      const needs = nextTierNeeds(shown, c.hours);
      if (typeof needs === 'string') expect({ c, next }).toEqual({ c, next: needs });
      else expect({ c, next, close: closeTo(next, needs) }).toMatchObject({ close: true });
      expect({ c, toNext, close: closeTo(toNext, hoursToNextTier(c.hours)) }).toMatchObject({ close: true });
      // The calculator keeps its meaning: with a readable evidenced tier it agrees with tier().
      const evidenced = evidencedAsRead(c.evidenced);
      if (evidenced !== null && evidenced >= 1 && c.pci) expect(shown.tier).toBe(tier(c.hours, true, evidenced));
    });
  });

  it('supervision due dates and statuses, with month ends, part-time WTEs and local policies', () => {
    // Where the core throws (a WTE outside 0 < wte ≤ 1, or text), the sheet says "Check WTE".
    const shown = <T>(answer: T | 'throws') => (answer === 'throws' ? CHECK_WTE : (answer ?? ''));
    CASES.supervision.forEach((c, i) => {
      const [, , , , dueCell, status] = result('Supervision', i);
      const due = /^\d+$/.test(dueCell) ? serialToIso(Number(dueCell)) : dueCell;
      const wte = ruleWte(c.wte);
      expect({ c, due }).toEqual({
        c,
        due: shown(orThrows(() => supervisionDue(c.type, c.last, wte, c.start, c.policy))),
      });
      expect({ c, status }).toEqual({
        c,
        status: shown(orThrows(() => supervisionStatus(c.type, c.last, wte, c.start, c.asOf, c.policy))),
      });
    });
    // The cases reach every status, so none of them is left untested.
    const statuses = new Set(CASES.supervision.map((_, i) => result('Supervision', i)[5]));
    expect([...statuses].sort()).toEqual(['', CHECK_WTE, 'Due soon', 'OK', 'Overdue']);
    // Line management and health coaching check the WTE as clinical supervision does.
    for (const type of ['line', 'coaching'] as const) {
      const rejected = CASES.supervision.filter((c, i) => c.type === type && result('Supervision', i)[4] === CHECK_WTE);
      expect(new Set(rejected.map((c) => c.wte))).toEqual(new Set(INVALID_WTES));
    }
  });

  it('supervision type names, in any case and spacing', () => {
    CASES.names.forEach((n, i) => {
      const t = parseSupervisionType(n);
      const expected = n.trim() === '' ? '' : t ? SUPERVISION_LABELS[t] : NOT_RECOGNISED;
      expect({ n, got: result('Types', i)[1] ?? '' }).toEqual({ n, got: expected });
    });
  });

  it('ready for referrals, whatever the cells hold', () => {
    CASES.ready.forEach((c, i) => {
      const [pciTraining, induction, mandatoryTraining] = c.map((v) => asCompletion(asRuleValue(v)));
      const ready = readyForReferrals({ pciTraining, induction, mandatoryTraining, asOf: READY_AS_OF }).ready;
      expect({ c, got: result('Ready', i)[3] }).toEqual({ c, got: ready ? 'Yes' : 'No' });
    });
  });

  it('training line status: safeguarding and confidentiality always required', () => {
    CASES.training.forEach((c, i) => {
      const [title, required] = c.map(asRuleValue) as [string, string];
      const completedOn = asCompletion(asRuleValue(c[2])) as string | null;
      const record = { title, required: required === 'Yes', completedOn };
      const outstanding = missingTraining([record], READY_AS_OF).includes(title);
      const done = !missingTraining([{ ...record, required: true }], READY_AS_OF).includes(title);
      expect({ c, got: result('Training', i)[3] }).toEqual({
        c,
        got: outstanding ? 'Outstanding' : done ? 'Done' : 'Not required',
      });
    });
  });

  it('day load and review due', () => {
    CASES.sessions.forEach((n, i) => {
      expect(result('Sessions', i)).toEqual([String(n), dayLoad(n), reviewDue(n) ? 'Yes' : 'No']);
    });
  });

  it('hours that count: dated up to the as-of date, not did-not-attend, cancelled or NHS "No"; blanks count', () => {
    let total = 0;
    CASES.hours.forEach((c, i) => {
      const [, , , , , counted, attended] = result('Hours', i);
      const counts = hoursLogRowCounts(c, HOURS_AS_OF);
      if (counts) total += c.hours;
      expect({ c, counted: closeTo(counted, counts ? c.hours : 0) }).toEqual({ c, counted: true });
      expect({ c, attended }).toEqual({ c, attended: attendanceCounts(c.attendance) ? '1' : '0' });
    });
    // The rows that count are a good mix, and the whole-log SUMIFS adds up exactly those.
    const counting = CASES.hours.filter((c) => hoursLogRowCounts(c, HOURS_AS_OF));
    expect(counting.some((c) => c.attendance === null && c.nhs === null)).toBe(true);
    expect(counting.length).toBeLessThan(CASES.hours.length / 2);
    expect(closeTo(result('Hours', 0)[7], total)).toBe(true);
  });

  it('policy settings in use: whole months from 1, whole days from 0, as policyWith takes them', () => {
    CASES.policy.forEach((c, i) => {
      const expected = policyWith({ [c.key]: c.typed } as Partial<SupervisionPolicy>)[c.key];
      expect({ c, got: result('Policy', i)[1] }).toEqual({ c, got: String(expected) });
    });
    // The Settings sheet's own In use row (row 4) does the same, column by column.
    const headers = book['Settings'][0];
    for (const key of POLICY_KEYS) {
      const column = headers.indexOf(templateSheet('Settings').columns.find((col) => col.key === key)!.header);
      const expected = policyWith({ [key]: TYPED_ON_SETTINGS[key] } as Partial<SupervisionPolicy>)[key];
      expect({ key, inUse: book['Settings'][3][column] }).toEqual({ key, inUse: String(expected) });
    }
    expect(headers.some((h) => /longest gap/i.test(h))).toBe(false);
  });

  it('evidence counts as reviewed only with both reviewer and date', () => {
    CASES.reviewed.forEach((c, i) => {
      const [reviewedBy, reviewedOn] = c.map(asRuleValue) as (string | null)[];
      const expected = isReviewed({ code: 'PRO-01', reviewedBy, reviewedOn }) ? 'TRUE' : 'FALSE';
      expect({ c, got: result('Reviewed', i)[2] }).toEqual({ c, got: expected });
    });
  });
});
