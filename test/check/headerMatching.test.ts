import { SHEET_FIELDS } from '../../shared/check/find/headerSynonyms';
import { editDistance, headerWords, normaliseHeader, sameWord } from '../../shared/check/find/headerText';
import { mapSheet } from '../../shared/check/find/mapSheet';
import { matchColumns, synonymScore } from '../../shared/check/find/matchColumns';
import type { SheetMapping } from '../../shared/check/types';
import type { CellValue, SheetData } from '../../shared/workbook';

function sheet(name: string, values: CellValue[][], top = 0, left = 0): SheetData {
  const width = Math.max(...values.map((r) => r.length));
  const rows = values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  return { name, top, left, values: rows, formulas: rows.map((r) => r.map(() => null)) };
}

const fields = (m: SheetMapping | null) => Object.fromEntries((m?.columns ?? []).map((c) => [c.field, c.column]));

describe('header text', () => {
  it('reduces headers to their words, ignoring case, punctuation and plurals', () => {
    expect(headerWords('NHS Coaching-Hours (to date)')).toEqual(['nhs', 'coaching', 'hour', 'to', 'date']);
    expect(normaliseHeader('  Last  CS: ')).toBe('last cs');
    expect(normaliseHeader('Format (1:1 or group)')).toBe('format one to one or group');
  });

  it('allows a typing slip only in longer words', () => {
    expect(editDistance('supervison', 'supervision')).toBe(1);
    expect(sameWord('clincal', 'clinical')).toBe(true);
    expect(sameWord('cs', 'hcs')).toBe(false);
    // Ten-letter words get one slip, so a supervisor is never a supervision.
    expect(sameWord('supervisor', 'supervision')).toBe(false);
  });

  it('scores exact, respaced, partial and unrelated headers in that order', () => {
    expect(synonymScore('Last CS', 'last cs')).toBe(1);
    expect(synonymScore('StartDate', 'start date')).toBe(0.95);
    expect(synonymScore('PCI training date', 'pci training')).toBeCloseTo(0.75);
    expect(synonymScore('Date', 'start date')).toBeLessThan(0.5);
    expect(synonymScore('Postcode', 'start date')).toBe(0);
  });
});

describe('matching columns', () => {
  it('gives computed columns their own field so they are not read as data', () => {
    const m = matchColumns(
      ['Name', 'Hours to next tier', 'Total hours', 'Clinical due', 'Clinical last'],
      SHEET_FIELDS.coaches,
    );
    expect(m.map((c) => c.field)).toEqual(['name', 'hoursToNextTier', 'hours', 'dueClinical', 'lastClinical']);
  });

  it('recognises the issue’s examples of each field', () => {
    const pick = (header: string) => matchColumns([header], SHEET_FIELDS.coaches)[0]?.field;
    expect(['Coach', 'Name', 'HWBC', 'Coach name'].map(pick)).toEqual(['name', 'name', 'name', 'name']);
    expect(['Total hours', 'NHS hours', 'Hours to date', 'NHS coaching hours'].map(pick)).toEqual(
      Array(4).fill('hours'),
    );
    expect(['Last CS', 'Last clinical supervision', 'Last clincal supervision'].map(pick)).toEqual(
      Array(3).fill('lastClinical'),
    );
    expect(['FTE', 'WTE', 'Hours per week'].map(pick)).toEqual(['wte', 'wte', 'hoursPerWeek']);
    expect(['Last LM', 'Last HCS', 'Line manager', 'Tier 2 sign-off'].map(pick)).toEqual([
      'lastLine',
      'lastCoaching',
      'lineManager',
      'tier2SignOff',
    ]);
  });

  it('never uses a column or a field twice, and ignores blank and non-text headers', () => {
    const m = matchColumns(['Coach', null, 42, 'Coach name', ''], SHEET_FIELDS.coaches);
    expect(m.map((c) => [c.field, c.column])).toEqual([['name', 0]]);
  });
});

describe('mapSheet', () => {
  it('finds a header on row 3 under a merged title and a blank row, with sheet columns offset', () => {
    const data = sheet('Team', [['Our coaches 2026'], [], ['Coach', 'FTE', 'Phone', 'Last CS']], 0, 1);
    const m = mapSheet(data);
    expect(m).toMatchObject({ sheet: 'Team', headerRow: 3, kind: 'coaches' });
    // The used range starts in column B, so the matches carry sheet columns 1, 2 and 4.
    expect(fields(m)).toEqual({ name: 1, wte: 2, lastClinical: 4 });
  });

  it('counts the used range’s top row in the header row number', () => {
    expect(mapSheet(sheet('Team', [['Name', 'Start date']], 4))?.headerRow).toBe(5);
  });

  it('tells an hours log from a supervision log by the values under "Type"', () => {
    const header = ['Date', 'Coach', 'Type', 'Minutes'];
    const supervision = mapSheet(
      sheet('Sheet1', [header, ['2026-01-05', 'Sam', 'Clinical', 60], ['2026-01-06', 'Sam', 'HCS', 60]]),
    );
    const hours = mapSheet(sheet('Sheet2', [header, ['2026-01-05', 'Sam', 'Follow-up 1:1', 50]]));
    expect(supervision?.kind).toBe('supervisionLog');
    expect(hours?.kind).toBe('hoursLog');
  });

  it('reads a log kept one sheet per supervision type, with no type column', () => {
    const m = mapSheet(
      sheet('Clinical supervision', [
        ['Date', 'Coach', 'Notes'],
        ['2026-01-05', 'Sam', ''],
      ]),
    );
    expect(m?.kind).toBe('supervisionLog');
  });

  it('recognises caseloads, evidence logs and training checklists', () => {
    expect(mapSheet(sheet('Clients', [['Client ref', 'Coach ID', 'Sessions since review']]))?.kind).toBe('caseload');
    expect(mapSheet(sheet('Portfolio', [['Coach', 'Competency code', 'Reviewed by']]))?.kind).toBe('evidenceLog');
    expect(mapSheet(sheet('Courses', [['Coach', 'Training item', 'Date completed']]))?.kind).toBe('training');
  });

  it('reads the template’s sheets as their kind and skips Settings and Competencies', () => {
    expect(mapSheet(sheet('Hours log', [['Date', 'Coach ID', 'Minutes']]))?.kind).toBe('hoursLog');
    expect(mapSheet(sheet('Competencies', [['Code', 'Competency', 'Coach ID', 'Reviewed by']]))).toBeNull();
    expect(
      mapSheet(
        sheet('Settings', [
          ['Setting', 'As-of date'],
          ['Your value', null],
        ]),
      ),
    ).toBeNull();
  });

  it('maps nothing on a sheet without recognisable columns or with a single title cell', () => {
    expect(
      mapSheet(
        sheet('Budget', [
          ['Item', 'Cost'],
          ['Laptops', 1200],
        ]),
      ),
    ).toBeNull();
    expect(mapSheet(sheet('Cover', [['Coach']]))).toBeNull();
    expect(mapSheet(sheet('Empty', []))).toBeNull();
  });

  it('looks for the header only in the first 15 rows', () => {
    const late = [...Array.from({ length: 15 }, () => ['x']), ['Coach', 'FTE']];
    expect(mapSheet(sheet('Team', late))).toBeNull();
  });
});
