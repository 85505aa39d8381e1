// docs/rules.md §1: in a workbook a blank evidenced tier means no evidence agreed, so the tier shown
// is at most Tier 1; with no evidence column the tier is by hours only; Tier 0 reads "Working
// towards Tier 1"; a tier held back says by what.
import { tierInWorkbook } from './tierInWorkbook';
import { nextTierNeeds, tierName, tierWords } from './tierWords';

describe('tierInWorkbook', () => {
  it('holds a coach with Tier 2 hours and no evidence agreed at Tier 1', () => {
    const t = tierInWorkbook(265, true, null);
    expect(t).toMatchObject({ tier: 1, byHours: 2, heldBackBy: 'evidence' });
    expect(tierWords(t)).toBe('Tier 1 (Tier 2 by hours; no evidence agreed yet)');
    expect(nextTierNeeds(t, 265)).toBe('Evidence for Tier 2 needed');
  });

  it('never lets a 900-hour coach without evidence pass Tier 1', () => {
    expect(tierInWorkbook(900, true, null).tier).toBe(1);
  });

  it('caps at the evidenced tier and says so', () => {
    const t = tierInWorkbook(620, true, 2);
    expect(t).toMatchObject({ tier: 2, byHours: 3, heldBackBy: 'evidence' });
    expect(tierWords(t)).toBe('Tier 2 (Tier 3 by hours; evidence agreed for Tier 2)');
    expect(nextTierNeeds(t, 620)).toBe('Evidence for Tier 3 needed');
  });

  it('shows hours alone when hours are what is missing', () => {
    const t = tierInWorkbook(120, true, null);
    expect(t).toMatchObject({ tier: 1, heldBackBy: null });
    expect(tierWords(t)).toBe('Tier 1');
    expect(nextTierNeeds(t, 120)).toBe(80);
    expect(nextTierNeeds(tierInWorkbook(1200, true, 4), 1200)).toBe(0);
  });

  it('needs no evidence for Tier 1, and an evidenced tier of 0 still allows it', () => {
    expect(tierInWorkbook(60, true, null).tier).toBe(1);
    expect(tierInWorkbook(60, true, 0).tier).toBe(1);
  });

  it('is Working towards Tier 1 without PCI training, held back by it once the hours are there', () => {
    const t = tierInWorkbook(80, false, 3);
    expect(t).toMatchObject({ tier: 0, heldBackBy: 'PCI training' });
    expect(tierWords(t)).toBe('Working towards Tier 1');
    expect(nextTierNeeds(t, 80)).toBe('PCI training needed');
    expect(nextTierNeeds(tierInWorkbook(20, false, null), 20)).toBe(30);
  });

  it('shows the tier by hours, and says so, when the sheet has no evidence column', () => {
    const t = tierInWorkbook(265, true, 'no column');
    expect(t).toMatchObject({ tier: 2, heldBackBy: null, byHoursOnly: true });
    expect(tierWords(t)).toBe('Tier 2 (by hours only)');
    expect(tierWords(tierInWorkbook(10, true, 'no column'))).toBe('Working towards Tier 1');
  });

  it('names Tier 0 in words', () => {
    expect(tierName(0)).toBe('Working towards Tier 1');
    expect(tierName(4)).toBe('Tier 4');
  });
});
