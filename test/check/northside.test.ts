/**
 * A workbook that uses the template's sheet name "Coaches" with its own columns (FTE as a
 * fraction, a percentage and, by mistake, hours a week), an evidence portfolio, a training
 * record without a "required" column, and a Settings sheet listing settings down the page.
 */
import { checkWorkbook } from '../../shared/check';
import { COMPETENCIES } from '../../shared/framework/competencies';
import { EVIDENCE_TYPES_BY_CODE } from '../../shared/framework/competencyEvidenceTypes';
import type { CheckResult, Finding } from '../../shared/check/types';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const COACH_HEADERS = ['ID', 'Name', 'FTE', 'NHS coaching hours', 'PCI', 'Evidenced tier', 'Start date', 'Role'];
const c = (h: string) => String.fromCharCode(65 + COACH_HEADERS.indexOf(h));
const codes = (areas: string[]) => COMPETENCIES.filter((x) => areas.includes(x.area)).map((x) => x.code);
/** Reviewed evidence of a type the competency names (docs/rules.md §5). */
const reviewed = (coach: string, code: string): CellValue[] => [
  '2026-02-01',
  coach,
  code,
  EVIDENCE_TYPES_BY_CODE.get(code)?.[0] ?? 'Portfolio',
  'A. Patel',
  '2026-02-10',
];

function northside(): MemoryWorkbook {
  const leeCodes = codes(['PRO', 'COM', 'MOD']).filter((x) => x !== 'MOD-11' && x !== 'MOD-12' && x !== 'PRO-01');
  return MemoryWorkbook.withSheets('2026-06-30', {
    Coaches: [
      COACH_HEADERS,
      ['HW1', 'Kim Lo', 30, 250, 'done', 2, '2020-05-01', 'Senior HWBC'],
      ['HW2', 'Lee Ray', '60%', 60, true, null, '15/01/2026', 'HWBC'],
      ['HW3', 'Mo Khan', 0.5, 1200, '2018-01-01', 4, '2018-01-01', 'Lead'],
    ],
    Settings: [['Organisation', 'Northside PCN'], ['As-of date', '20/03/2026'], [], ['Due soon warning (days)', 14]],
    Portfolio: [
      ['Date', 'Coach ID', 'Competency', 'Evidence type', 'Reviewed by', 'Reviewed on'],
      ['2026-02-01', 'HW2', 'pro-1', 'Observed practice', 'A. Patel', '2026-02-10'],
      ...leeCodes.map((code) => reviewed('HW2', code)),
      // Reviewed by someone but not dated: not reviewed yet.
      [...reviewed('HW2', 'MOD-11').slice(0, 5), null],
      ['2026-02-01', 'HW2', 'XYZ-99', 'Portfolio', 'A. Patel', '2026-02-10'],
      ...codes(['PRO', 'COM', 'MOD', 'GRP']).map((code) => reviewed('HW3', code)),
    ],
    'Training record': [
      ['Coach ID', 'Item', 'Completed on'],
      ['HW1', 'Safeguarding for children and adults', '2020-06-01'],
      ['HW1', 'Basic first aid', null],
      ['HW1', 'Setting induction', '2020-05-10'],
    ],
  });
}

let result: CheckResult;
beforeAll(async () => {
  result = await checkWorkbook(northside(), { writeReport: false });
});
const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.sheet, f.row, f.column, f.coach]);

describe('a workbook with the template’s sheet names but its own columns (Northside)', () => {
  it('takes the as-of date from its Settings sheet when none is given', () => {
    expect(result.asOf).toBe('2026-03-20');
  });

  it('gives exactly the findings the data calls for', () => {
    const where = (sheet: string, row: number | null, column: string | null) => [sheet, row, column] as const;
    const expected: [string, string, ...ReturnType<typeof where>, string | null][] = [
      ['supervision.line.not-recorded', 'note', ...where('Coaches', null, null), null],
      ['supervision.clinical.not-recorded', 'note', ...where('Coaches', null, null), null],
      ['supervision.coaching.not-recorded', 'note', ...where('Coaches', null, null), null],
      // Kim: FTE 30 is not a WTE; Tier 2 by hours and evidence, so 38 competencies are required.
      ['data.bad-value', 'warning', ...where('Coaches', 2, c('FTE')), 'Kim Lo'],
      ['tier.summary', 'note', ...where('Coaches', 2, c('NHS coaching hours')), 'Kim Lo'],
      ['tier.tier2-signoff', 'note', ...where('Coaches', 2, c('Evidenced tier')), 'Kim Lo'],
      ['evidence.gap', 'warning', ...where('Coaches', 2, c('Name')), 'Kim Lo'],
      ['referrals.missing-training', 'note', ...where('Coaches', 2, c('Name')), 'Kim Lo'],
      // Safeguarding done in June 2020 lapsed three years later; not yet seeing clients, so a warning.
      ['training.expired', 'warning', ...where('Training record', 2, 'C'), 'Kim Lo'],
      // Lee: Tier 1, started in January, MOD-11 and MOD-12 without reviewed evidence.
      ['tier.summary', 'note', ...where('Coaches', 3, c('NHS coaching hours')), 'Lee Ray'],
      ['supervision.early-months', 'note', ...where('Coaches', 3, c('Start date')), 'Lee Ray'],
      ['evidence.gap', 'note', ...where('Coaches', 3, c('Name')), 'Lee Ray'],
      // Header, pro-1, 29 other reviewed codes, MOD-11: the unknown code is on row 33.
      ['data.bad-value', 'warning', ...where('Portfolio', 1 + 1 + 29 + 1 + 1, 'C'), 'Lee Ray'],
      // Mo: Tier 4 with every required competency evidenced.
      ['tier.summary', 'note', ...where('Coaches', 4, c('NHS coaching hours')), 'Mo Khan'],
      ['tier.tier2-signoff', 'note', ...where('Coaches', 4, c('Evidenced tier')), 'Mo Khan'],
    ];
    expect(result.findings.map(key).sort()).toEqual(expected.map((e) => JSON.stringify(e)).sort());
  });

  it('names what is wrong in plain words', () => {
    const msg = (rule: string, coach: string) =>
      result.findings.find((f) => f.rule === rule && f.coach === coach)?.message;
    expect(msg('data.bad-value', 'Kim Lo')).toContain('if that is hours a week, the WTE is 0.8');
    expect(msg('evidence.gap', 'Lee Ray')).toContain(
      '2 competencies required at Tier 1 have no evidence reviewed by a supervisor: MOD-11, MOD-12.',
    );
    expect(msg('evidence.gap', 'Kim Lo')).toMatch(/^38 competencies required at Tier 2 .*PRO-01.*GRP-06\.$/);
    expect(msg('referrals.missing-training', 'Kim Lo')).toContain('mandatory training');
    expect(msg('tier.summary', 'Mo Khan')).toBe('Tier 4 with 1200 NHS coaching hours; the top tier.');
  });

  it('reads WTE as a fraction or a percentage', () => {
    const lee = result.coaches.find((x) => x.coach === 'Lee Ray');
    // Amber: the unknown competency code in the portfolio is a warning.
    expect(lee).toMatchObject({ tier: 1, hoursToNextTier: 140, readyForReferrals: null, rag: 'amber' });
    expect(lee?.counts).toEqual({ action: 0, warning: 1, note: 3 });
    expect(result.coaches.find((x) => x.coach === 'Kim Lo')).toMatchObject({ readyForReferrals: false, rag: 'amber' });
  });
});

describe('Settings in the template’s layout: one column per setting', () => {
  function withSettings(dueSoonDays: number | null): MemoryWorkbook {
    const wb = MemoryWorkbook.withSheets('2026-03-20', {
      Coaches: [
        ['Coach ID', 'Name', 'Start date', 'Line management last'],
        ['HW1', 'Kim Lo', '2020-01-01', '2026-03-10'],
      ],
      Settings: [
        ['Setting', 'Organisation', 'As-of date', 'Line management every (months)', 'Due soon warning (days)'],
        ['Your value', 'Northside PCN', null, null, dueSoonDays],
        ['Default', null, 'Today', 1, 7],
        ['In use', null, null, null, null],
      ],
    });
    // The "In use" row is formulas, which this workbook has not calculated.
    const settings = wb.sheets.get('Settings');
    if (!settings) throw new Error('no Settings');
    settings.formulas[3] = [
      null,
      '=B2',
      '=IF(ISNUMBER(C2),C2,TODAY())',
      '=IF(ISNUMBER(D2),D2,D3)',
      '=IF(ISNUMBER(E2),E2,E3)',
    ];
    settings.values[3] = [...settings.formulas[3]];
    return wb;
  }

  it('uses the workbook’s own "due soon" warning instead of the week’s default', async () => {
    const status = async (days: number | null) =>
      (await checkWorkbook(withSettings(days), { writeReport: false })).coaches[0].supervision[0];
    // Line management last 10 Mar is due 10 Apr; on 20 Mar that is 21 days away.
    expect(await status(null)).toEqual({ type: 'line', due: '2026-04-10', status: 'OK' });
    expect(await status(30)).toEqual({ type: 'line', due: '2026-04-10', status: 'Due soon' });
  });
});
