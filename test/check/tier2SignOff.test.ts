/**
 * Tier 2 independent sign-off (§8.2.1): a warning only when the claimed or evidenced tier is
 * 2 or more and neither the "sign-off by" nor the "sign-off date" column records one; a note
 * only when the workbook has no sign-off column at all.
 */
import { checkWorkbook } from '../../shared/check';
import { SHEET_FIELDS } from '../../shared/check/find/headerSynonyms';
import { matchColumns } from '../../shared/check/find/matchColumns';
import type { CheckResult } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';
/** The template's Coaches columns that matter here, in the template's words. */
const HEADERS = [
  'Name',
  'PCI training completed',
  'NHS coaching hours',
  'Evidenced tier',
  'Tier 2 sign-off by',
  'Tier 2 sign-off date',
];

const check = (wb: MemoryWorkbook) => checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
const signOffs = (r: CheckResult) =>
  r.findings.filter((f) => f.rule === 'tier.tier2-signoff').map((f) => [f.coach, f.severity, `${f.column}${f.row}`]);

describe('Tier 2 sign-off', () => {
  it('is recorded by a name or a date up to the as-of date; blank, "no" or a date still to come is a warning', async () => {
    const r = await check(
      MemoryWorkbook.withSheets(AS_OF, {
        Coaches: [
          HEADERS,
          ['By name', 'yes', 250, 2, 'J. Brown, Northside PCN', null],
          ['By date', 'yes', 600, 3, null, '2025-11-04'],
          ['Not yet', 'yes', 250, 2, null, null],
          ['Said no', 'yes', 250, 2, 'No', null],
          ['Booked', 'yes', 250, 2, null, '2026-04-01'],
          ['Tier 1', 'yes', 120, 1, null, null],
          // The evidenced tier holds 300 hours at Tier 1: nothing to sign off.
          ['Held at 1', 'yes', 300, 1, null, null],
        ],
      }),
    );
    expect(signOffs(r)).toEqual([
      ['Not yet', 'action', 'E4'],
      ['Said no', 'action', 'E5'],
      ['Booked', 'action', 'E6'],
    ]);
    expect(r.findings.find((f) => f.coach === 'Not yet' && f.rule === 'tier.tier2-signoff')?.message).toBe(
      "Tier 2 is claimed but no independent sign-off is recorded: the step from Tier 1 to Tier 2 must be approved by a supervisor from outside the coach's own organisation.",
    );
  });

  it('reports a sign-off date that is not a date, and then looks for the sign-off elsewhere', async () => {
    const r = await check(
      MemoryWorkbook.withSheets(AS_OF, {
        Coaches: [HEADERS, ['Pat Lee', 'yes', 250, 2, null, 'soon']],
      }),
    );
    expect(r.findings.filter((f) => f.rule === 'data.bad-value').map((f) => [f.column, f.message])).toEqual([
      [
        'F',
        'Coaches, cell F2: Tier 2 sign-off date must be the date Tier 2 was signed off (or yes/no), got "soon". This value was left out of the check.',
      ],
    ]);
    expect(signOffs(r)).toEqual([['Pat Lee', 'action', 'E2']]);
  });

  it('takes the tier a formula column shows as claimed, whether or not the file holds its value', async () => {
    const headers = [...HEADERS, 'Tier'];
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Coaches: [headers, ['Sam Jones', 'yes', 260, 2, null, null, null]],
    });
    const sheet = wb.sheets.get('Coaches');
    if (!sheet) throw new Error('no Coaches sheet');
    // As a file saved without calculated values holds the template's Tier formula.
    sheet.formulas[1][6] = '=IF(C2>=200,2,1)';
    const uncalculated = await check(wb);
    sheet.values[1][6] = 2;
    const calculated = await check(wb);
    expect(signOffs(uncalculated)).toEqual([['Sam Jones', 'action', 'E2']]);
    expect(calculated.findings).toEqual(uncalculated.findings);
  });

  it('has no "no column" note once the workbook has a sign-off column, and a note when it has none', async () => {
    const withDateOnly = await check(
      MemoryWorkbook.withSheets(AS_OF, {
        Coaches: [
          ['Name', 'PCI', 'Hours', 'Evidenced tier', 'Tier 2 sign-off date'],
          ['Ali Khan', 'yes', 640, 3, '2024-06-01'],
        ],
      }),
    );
    expect(signOffs(withDateOnly)).toEqual([]);
    const without = await check(
      MemoryWorkbook.withSheets(AS_OF, {
        Coaches: [
          ['Name', 'PCI', 'Hours', 'Evidenced tier'],
          ['Ali Khan', 'yes', 640, 3],
        ],
      }),
    );
    expect(without.findings.filter((f) => f.rule === 'tier.tier2-signoff').map((f) => f.severity)).toEqual(['note']);
    expect(without.findings.find((f) => f.rule === 'tier.tier2-signoff')?.message).toContain(
      '"Tier 2 sign-off by", "Tier 2 sign-off organisation" and "Tier 2 sign-off date"',
    );
  });

  it("is an action when the signer is from the coach's own organisation, and a warning when their organisation is not recorded", async () => {
    const headers = ['Name', 'Organisation', 'PCI', 'Hours', 'Evidenced tier', 'Tier 2 sign-off by'];
    const r = await check(
      MemoryWorkbook.withSheets(AS_OF, {
        Coaches: [
          [...headers, 'Tier 2 sign-off organisation'],
          ['Own org', 'Riverside PCN', 'yes', 250, 2, 'Jo Smith', ' riverside  PCN '],
          ['Own words', 'Riverside PCN', 'yes', 250, 2, 'J. Brown, Riverside PCN', null],
          ['Independent', 'Riverside PCN', 'yes', 250, 2, 'Sam Brooks', 'Northgate PCN'],
          ['Org blank', 'Riverside PCN', 'yes', 250, 2, 'Sam Brooks', null],
          ['Tier 1', 'Riverside PCN', 'yes', 250, null, 'Jo Smith', 'Riverside PCN'],
        ],
      }),
    );
    const found = r.findings
      .filter((f) => f.rule.startsWith('tier.tier2-signoff'))
      .map((f) => [f.coach, f.rule, f.severity, `${f.column}${f.row}`]);
    expect(found).toEqual([
      ['Own org', 'tier.tier2-signoff-own-organisation', 'action', 'G2'],
      ['Own words', 'tier.tier2-signoff-own-organisation', 'action', 'F3'],
      ['Org blank', 'tier.tier2-signoff-organisation', 'warning', 'G5'],
    ]);
    expect(r.findings.find((f) => f.coach === 'Own org' && f.rule.startsWith('tier.'))?.message).toContain(
      "from the coach's own organisation (Riverside PCN)",
    );
  });

  it('recognises the template’s headers and the words practices use', () => {
    const field = (header: string) => matchColumns([header], SHEET_FIELDS.coaches)[0]?.field;
    const who = [
      'Tier 2 sign-off by',
      'Tier 2 approved by',
      'Independent sign-off',
      'T2 sign off',
      'Tier 2 signed off by',
      'Sign-off',
    ];
    const when = ['Tier 2 sign-off date', 'T2 sign-off date', 'Date of Tier 2 sign-off', 'Tier 2 approved on'];
    expect(who.map(field)).toEqual(who.map(() => 'tier2SignOff'));
    expect(when.map(field)).toEqual(when.map(() => 'tier2SignOffDate'));
    // Side by side with the tier columns, each goes to its own field.
    const both = matchColumns(
      ['Tier', 'Evidenced tier', 'Tier 2 sign-off by', 'Tier 2 sign-off date'],
      SHEET_FIELDS.coaches,
    );
    expect(both.map((m) => m.field)).toEqual(['claimedTier', 'evidencedTier', 'tier2SignOff', 'tier2SignOffDate']);
  });
});
