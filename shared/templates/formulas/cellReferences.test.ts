/**
 * usedRanges: one range a key, each from row 2 down to the row a cell holds, as usedRange makes
 * it, for the log columns a total reads; an unknown key is an error naming the columns.
 */
import { EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS } from '../sheets/evidenceLogSheet';
import { TRAINING, TRAINING_COLUMNS } from '../sheets/trainingSheet';
import { columnIndex, usedRange, usedRanges } from './cellReferences';
import { columnLetter } from '../../workbook';

describe('usedRanges', () => {
  it('gives each key its column from row 2 down to the row the cell holds', () => {
    const ranges = usedRanges(TRAINING, TRAINING_COLUMNS, ['coach', 'item'], 'Settings!$V$4');
    const letter = (key: string) => columnLetter(columnIndex(TRAINING_COLUMNS, key));
    expect(ranges).toEqual({
      coach: `Training!$${letter('coach')}$2:INDEX(Training!$${letter('coach')}:$${letter('coach')},Settings!$V$4)`,
      item: `Training!$${letter('item')}$2:INDEX(Training!$${letter('item')}:$${letter('item')},Settings!$V$4)`,
    });
  });

  it('quotes a sheet name with a space, as usedRange does, for every key', () => {
    const keys = EVIDENCE_LOG_COLUMNS.map((c) => c.key);
    const ranges = usedRanges(EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS, keys, 'Settings!$W$4');
    expect(Object.keys(ranges)).toEqual(keys);
    for (const key of keys) {
      expect(ranges[key]).toBe(usedRange(EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS, key, 'Settings!$W$4'));
      expect(ranges[key].startsWith("'Evidence log'!$")).toBe(true);
    }
  });

  it('names the columns when a key is not one of them', () => {
    expect(() => usedRanges(TRAINING, TRAINING_COLUMNS, ['coach', 'shoeSize'], 'Settings!$V$4')).toThrow(
      /No column "shoeSize" among coach,/,
    );
  });
});
