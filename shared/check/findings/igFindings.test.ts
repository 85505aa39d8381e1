import { checkWorkbook } from '../index';
import { MemoryWorkbook } from '../../memory/memoryWorkbook';
import type { CellValue } from '../../workbook';

const AS_OF = '2026-03-20';
const TEAM: CellValue[][] = [
  ['Name', 'PCI training'],
  ['Sam Jones', 'yes'],
];

/** The information-governance findings of a check, as rule, sheet, row, column. */
async function ig(sheets: Record<string, CellValue[][]>, formulas: Record<string, [number, number]> = {}) {
  const wb = MemoryWorkbook.withSheets(AS_OF, { Team: TEAM, ...sheets });
  for (const [sheet, [r, c]] of Object.entries(formulas)) {
    const data = wb.sheets.get(sheet)!;
    data.formulas[r][c] = '="943 476 5919"';
  }
  const { findings } = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
  return findings.filter((f) => f.rule.startsWith('ig.')).map((f) => [f.rule, f.sheet, f.row, f.column]);
}

describe('information-governance scan', () => {
  it('finds an NHS number in any typed cell, as text or as a number, and never in a formula', async () => {
    const found = await ig(
      {
        Sessions: [
          ['Date', 'Coach', 'Client ref', 'Minutes', 'Notes'],
          ['2026-03-02', 'Sam Jones', 'C-1', 50, 'Seen with 943 476 5919 today'],
          ['2026-03-03', 'Sam Jones', 9434765919, 50, null],
          ['2026-03-04', 'Sam Jones', 'C-2', 50, '943 476 5918 is not valid'],
          ['2026-03-05', 'Sam Jones', 'C-3', 50, '943 476 5919'],
        ],
      },
      { Sessions: [4, 4] },
    );
    expect(found).toEqual([
      ['ig.nhs-number', 'Sessions', 2, 'E'],
      ['ig.nhs-number', 'Sessions', 3, 'C'],
    ]);
  });

  it('looks for a name in the client column only, on each sheet where that column is', async () => {
    const found = await ig({
      'Sessions Jan': [
        ['Date', 'Coach', 'Client ref', 'Minutes', 'Notes'],
        ['2026-01-05', 'Sam Jones', 'Jane Smith', 50, 'Mrs Brown rang'],
        ['2026-01-06', 'Sam Jones', 'C-7', 50, null],
      ],
      'Sessions Feb': [
        ['Client ref', 'Date', 'Coach', 'Minutes', 'Notes'],
        ['C-8', '2026-02-02', 'Sam Jones', 50, 'Jane Smith came'],
        ['Mrs Smith', '2026-02-03', 'Sam Jones', 50, null],
      ],
    });
    expect(found).toEqual([
      ['ig.person-name', 'Sessions Feb', 3, 'A'],
      ['ig.person-name', 'Sessions Jan', 2, 'C'],
    ]);
  });
});
