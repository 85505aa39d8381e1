import { paneCheckOptions } from './paneCheckOptions';

describe('paneCheckOptions', () => {
  it('asks for no monthly figures, keeping what the user chose', () => {
    const mappings = [{ sheet: 'Team', headerRow: 1, kind: 'coaches' as const, columns: [] }];
    expect(paneCheckOptions({ asOf: '2026-03-20', writeReport: false, mappings })).toEqual({
      asOf: '2026-03-20',
      writeReport: false,
      mappings,
      monthly: false,
    });
    expect(paneCheckOptions({})).toEqual({ monthly: false });
  });

  it('asks for none even when monthly figures were asked for', () => {
    expect(paneCheckOptions({ monthly: true }).monthly).toBe(false);
  });

  it('leaves the options it was given as they were', () => {
    const options = { asOf: '2026-03-20' };
    paneCheckOptions(options);
    expect(options).toEqual({ asOf: '2026-03-20' });
  });
});
