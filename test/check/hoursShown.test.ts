/**
 * Hours to a tenth of an hour, the same in the coach summary (pane, report, `hwbc check`
 * table and JSON) and the messages: hours done rounded down, hours to go rounded up.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../shared/check';
import { hoursDone, hoursToGo } from '../../shared/check/report/hoursShown';
import { reportSpec } from '../../shared/check/report/reportSpec';
import { checkJson, checkTable } from '../../shared/check/report/textReport';
import { hoursToNextTier } from '../../shared/rules/tiers/hoursToNextTier';
import { TIER_THRESHOLDS } from '../../shared/rules/tiers/tier';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';

describe('hours shown', () => {
  it('never shows more hours done, or fewer to go, than there are', () => {
    expect(hoursDone(265.46666)).toBe(265.4);
    expect(hoursToGo(234.53334)).toBe(234.6);
    expect(hoursDone(0.7 + 0.1)).toBe(0.8);
    expect(hoursToGo(0.01)).toBe(0.1);
    expect(hoursToGo(0)).toBe(0);
  });

  it('adds up to the next threshold, and leaves some to go below Tier 4, for hours made of minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 * 60 }), fc.integer({ min: 0, max: 100_000 }), (minutes, cents) => {
        for (const hours of [minutes / 60, cents / 100]) {
          const toGo = hoursToGo(hoursToNextTier(hours));
          const next = TIER_THRESHOLDS.find((t) => hours < t.hours);
          if (!next) {
            expect(toGo).toBe(0);
            continue;
          }
          expect(toGo).toBeGreaterThan(0);
          expect(Math.round((hoursDone(hours) + toGo) * 10) / 10).toBe(next.hours);
          expect(hoursDone(hours)).toBeLessThanOrEqual(hours + 1e-9);
          expect(toGo).toBeGreaterThanOrEqual(next.hours - hours - 1e-9);
        }
      }),
    );
  });
});

describe('a coach’s hours to the next tier', () => {
  it('reads 46.7 in the summary, the JSON, the table, the report and the message, for 4 × 50 minutes', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      'Hours log': [
        ['Date', 'Coach', 'Client ref', 'Minutes'],
        ...['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((d, i): CellValue[] => [
          d,
          'Sam Jones',
          `C-${i}`,
          50,
        ]),
      ],
    });
    const result = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(result.coaches[0]).toMatchObject({ coach: 'Sam Jones', tier: 0, hoursToNextTier: 46.7 });
    expect(checkJson(result).coaches[0].hoursToNextTier).toBe(46.7);
    const row = checkTable(result, 'log.xlsx')
      .split('\n')
      .find((l) => l.startsWith('Sam Jones'));
    expect(row).toMatch(/^Sam Jones\s+Working towards Tier 1\s+46\.7\s/);
    const report = reportSpec('HWBC Report', result).rows.find((r) => r[0] === 'Sam Jones');
    expect(report?.[3]).toBe(46.7);
    expect(result.findings.find((f) => f.rule === 'tier.summary')?.message).toBe(
      'Working towards Tier 1 with 3.3 NHS coaching hours; 46.7 hours to the next tier.',
    );
  });
});
