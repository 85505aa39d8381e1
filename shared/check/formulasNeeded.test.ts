// The check asks for a sheet's formulas only where a formula can change what it finds: the
// sheets it reads rows from, Settings (however its name is spaced or cased, as the check finds
// it) and the template's Monthly summary; never a sheet it does not read.
import { needsFormulas } from './formulasNeeded';
import type { SheetMapping } from './types';

const mapping = (sheet: string, kind: SheetMapping['kind']): SheetMapping => ({
  sheet,
  headerRow: 1,
  kind,
  columns: [],
});

describe('needsFormulas', () => {
  const mappings = [mapping('Team', 'coaches'), mapping('Hours log', 'hoursLog')];

  it('needs the formulas of every sheet the check reads rows from, whatever its name', () => {
    expect(needsFormulas('Team', mappings)).toBe(true);
    expect(needsFormulas('Hours log', mappings)).toBe(true);
  });

  it('needs those of Settings and the Monthly summary, mapped or not', () => {
    for (const name of ['Settings', ' settings ', 'SETTINGS', 'Monthly summary'])
      expect(needsFormulas(name, [])).toBe(true);
  });

  it('needs none of a sheet the check does not read', () => {
    for (const name of ['Competencies', 'Notes', 'HWBC Report', 'Hours log (old)', 'monthly summary 2'])
      expect(needsFormulas(name, mappings)).toBe(false);
  });
});
