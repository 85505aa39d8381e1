/** The demonstration team is deterministic, dated from the host's today, and pseudonymous. */
import { fitsCompetency } from '../../shared/framework/competencyEvidenceTypes';
import { EVIDENCE_TYPES } from '../../shared/framework/values';
import { competenciesSheet } from '../../shared/templates/sheets/competenciesSheet';
import { EVIDENCE_TYPES_RANGE } from '../../shared/templates/sheets/competencyEntries';
import { sampleTeam } from '../../shared/templates';
import { templateSheet } from '../../shared/templates/templateSheets';

describe('the demonstration team', () => {
  it('is the same for the same day, moves with the day, and never dates anything after it', () => {
    const team = JSON.stringify(sampleTeam('2026-03-20'));
    expect(JSON.stringify(sampleTeam('2026-03-20'))).toBe(team);
    expect(JSON.stringify(sampleTeam('2026-04-20'))).not.toBe(team);
    const dates = [...team.matchAll(/"date":"(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(300);
    // Only plans look ahead: a PDP review, the end of probation, an action's follow-up date.
    const PLANS = new Set(['pdpReview', 'probationEnd', 'followUp']);
    const happened = JSON.stringify(sampleTeam('2026-03-20'), (key, value: unknown) =>
      PLANS.has(key) ? undefined : value,
    );
    const past = [...happened.matchAll(/"date":"(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(past.filter((d) => d > '2026-03-20')).toEqual([]);
    expect(dates.filter((d) => d > '2026-03-20').length).toBeGreaterThan(0);
  });

  it('names clients only by pseudonymous references', () => {
    const { rows } = sampleTeam('2026-03-20');
    for (const row of [...rows['Hours log'], ...rows['Caseload']]) {
      expect(row.client === null || /^C-\d{4}$/.test(String(row.client))).toBe(true);
    }
  });

  it('logs each piece of evidence as a type its competency names (docs/rules.md §5)', () => {
    const evidence = sampleTeam('2026-03-20').rows['Evidence log'];
    expect(evidence.length).toBeGreaterThan(50);
    const misfits = evidence.filter((r) => !fitsCompetency(String(r.code), String(r.evidenceType)));
    expect(misfits).toEqual([]);
  });
});

describe('the Competencies sheet', () => {
  it('shows each competency’s own evidence types apart from the drop-down’s list of every type', () => {
    const { spec } = competenciesSheet();
    const at = (header: string) => spec.columns.findIndex((c) => c.header === header);
    const own = at('Framework evidence types');
    const list = at('Evidence type list');
    const byCode = Object.fromEntries(spec.rows.map((r) => [r[0], r[own]]));
    expect(byCode['PRO-01']).toBe('Observed practice; Review of session notes');
    expect(byCode['PRO-03']).toBe('Health coaching supervision; Reflective journal');
    expect(spec.rows.map((r) => r[list]).filter((v) => v !== null)).toEqual([...EVIDENCE_TYPES]);
    // The Evidence log's drop-down reads the list column, not the per-competency one.
    const letter = String.fromCharCode(65 + list);
    expect(EVIDENCE_TYPES_RANGE).toBe(`Competencies!$${letter}$2:$${letter}$${EVIDENCE_TYPES.length + 1}`);
    const typeColumn = templateSheet('Evidence log').columns.find((c) => c.header === 'Evidence type');
    expect(typeColumn?.listRange).toBe(EVIDENCE_TYPES_RANGE);
  });
});
