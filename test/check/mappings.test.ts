import { checkWorkbook, guessMappings, MAPPING_SETTING } from '../../shared/check';
import type { SheetMapping } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { AS_OF, CLIENTS, HOURS, riverside, SUPERVISION, TEAM, TEAM_HEADERS } from './riversideFixture';

const bare = ({ sheet, headerRow, kind, columns }: SheetMapping) => ({ sheet, headerRow, kind, columns });

function rename(wb: MemoryWorkbook, sheet: string, row: number, col: number, text: string): void {
  const s = wb.sheets.get(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  s.values[row][col] = text;
}

describe('the mapping as the pane shows it', () => {
  it('carries every header cell by sheet column and the labelled fields of its kind', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Team: [['Our team'], [null, 'Coach', null, 'Clocked', 'Hours to next tier', 'FTE']],
    });
    wb.sheets.get('Team')?.values[1].push(42);
    const [m] = await guessMappings(wb);
    expect(m.headers).toEqual(['', 'Coach', '', 'Clocked', 'Hours to next tier', 'FTE', '']);
    expect(m.columns.map((c) => [c.field, c.column])).toEqual([
      ['name', 1],
      ['hoursToNextTier', 4],
      ['wte', 5],
    ]);
    const label = (field: string) => m.fields?.find((f) => f.field === field)?.label;
    expect(label('lastClinical')).toBe('Last clinical supervision');
    expect(label('hours')).toBe('NHS coaching hours to date');
    expect(label('hoursToNextTier')).toBe('Hours to next tier (worked out by the sheet, not read)');
  });
});

describe('the mapping the user confirmed', () => {
  it('is saved by the check and given back while the headers still fit', async () => {
    const wb = riverside();
    const guessed = await guessMappings(wb);
    // The user says the supervision sheet is not to be read.
    const confirmed = guessed.filter((m) => m.sheet !== SUPERVISION);
    const result = await checkWorkbook(wb, { asOf: AS_OF, mappings: confirmed, writeReport: false });
    expect(result.mappings).toEqual(confirmed);
    // Saved without the pane's extras (header cells, field labels): only what the check reads back.
    expect(wb.settings.get(MAPPING_SETTING)).toEqual({
      version: 1,
      sheets: [TEAM, HOURS, CLIENTS, SUPERVISION],
      mappings: confirmed.map(bare),
    });
    expect(await guessMappings(wb)).toEqual(confirmed);
    // And the next check without a mapping uses it too: no log row counts for supervision.
    const again = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(again.mappings).toEqual(confirmed);
    expect(again.findings.some((f) => f.rule === 'supervision.coaching.under-one-hour')).toBe(false);
  });

  it('is dropped for a fresh guess once a mapped header has changed', async () => {
    const wb = riverside();
    const confirmed = (await guessMappings(wb)).filter((m) => m.sheet !== SUPERVISION);
    await checkWorkbook(wb, { asOf: AS_OF, mappings: confirmed, writeReport: false });
    rename(wb, TEAM, 2, TEAM_HEADERS.indexOf('Last LM'), 'Last line management meeting');
    const fresh = await guessMappings(wb);
    expect(fresh.map((m) => m.sheet)).toContain(SUPERVISION);
    const team = fresh.find((m) => m.sheet === TEAM);
    expect(team?.columns.find((c) => c.field === 'lastLine')?.header).toBe('Last line management meeting');
  });

  it('still fits when only case and spacing of a header changed', async () => {
    const wb = riverside();
    const confirmed = (await guessMappings(wb)).filter((m) => m.sheet !== SUPERVISION);
    await checkWorkbook(wb, { asOf: AS_OF, mappings: confirmed, writeReport: false });
    rename(wb, TEAM, 2, TEAM_HEADERS.indexOf('Last LM'), '  last lm ');
    expect((await guessMappings(wb)).map(bare)).toEqual(confirmed.map(bare));
  });

  it('is kept, with a guess added, for a sheet added since', async () => {
    const wb = riverside();
    const confirmed = (await guessMappings(wb)).filter((m) => m.sheet !== SUPERVISION);
    await checkWorkbook(wb, { asOf: AS_OF, mappings: confirmed, writeReport: false });
    await wb.write('Portfolio', { row: 0, col: 0 }, [['Coach', 'Competency code', 'Reviewed by', 'Reviewed on']]);
    const now = await guessMappings(wb);
    expect(now.map((m) => [m.sheet, m.kind])).toEqual([
      ...confirmed.map((m) => [m.sheet, m.kind]),
      ['Portfolio', 'evidenceLog'],
    ]);
  });

  it('reads a column the guess missed once the user maps it', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Team: [
        ['Coach', 'Start date', 'Clocked'],
        ['Sam Jones', '2024-01-01', 230],
      ],
    });
    const guessed = await guessMappings(wb);
    expect(guessed[0].columns.map((c) => c.field)).toEqual(['name', 'startDate']);
    const confirmed: SheetMapping[] = [
      {
        ...guessed[0],
        columns: [...guessed[0].columns, { field: 'hours', column: 2, header: 'Clocked', confidence: 1 }],
      },
    ];
    const result = await checkWorkbook(wb, { asOf: AS_OF, mappings: confirmed, writeReport: false });
    expect(result.coaches[0]).toMatchObject({ tier: 2, hoursToNextTier: 270 });
  });

  it('ignores a saved setting that is not a mapping, and confirmed mappings that are malformed', async () => {
    const wb = riverside();
    const guessed = await guessMappings(wb);
    wb.settings.set(MAPPING_SETTING, { version: 1, sheets: 'all', mappings: 'none' });
    expect(await guessMappings(wb)).toEqual(guessed);
    const junk = [{ sheet: TEAM, headerRow: 0, kind: 'coaches', columns: [] }, 'nonsense'] as unknown as SheetMapping[];
    const result = await checkWorkbook(wb, { asOf: AS_OF, mappings: junk, writeReport: false });
    expect(result.mappings).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toEqual(['data.no-coaches']);
  });
});
