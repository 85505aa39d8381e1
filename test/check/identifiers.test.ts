import { isNhsNumber, nhsNumbersIn } from '../../shared/check/findings/nhsNumber';
import { looksLikePersonName } from '../../shared/check/findings/personName';

describe('NHS numbers (modulus 11)', () => {
  it('accepts valid numbers however they are spaced', () => {
    // 9,4,3,4,7,6,5,9,1 weighted 10..2 sum to 299; 299 mod 11 = 2; 11 - 2 = 9, the last digit.
    // 4,0,1,0,2,3,2,1,3 sum to 92; 92 mod 11 = 4; 11 - 4 = 7.
    for (const n of ['943 476 5919', '9434765919', '943-476-5919', '401 023 2137']) expect(isNhsNumber(n)).toBe(true);
  });

  it('turns a check value of 11 into 0', () => {
    // Nine zeros sum to 0; 11 - 0 = 11, which becomes a check digit of 0.
    expect(isNhsNumber('000 000 0000')).toBe(true);
    expect(isNhsNumber('000 000 0001')).toBe(false);
  });

  it('rejects a wrong check digit, a check value of 10, and anything not ten digits', () => {
    expect(isNhsNumber('943 476 5918')).toBe(false);
    // 1 weighted 10 gives 10; 10 mod 11 = 10; 11 - 10 = 1, so 100000000 takes check digit 1.
    expect(isNhsNumber('1000000001')).toBe(true);
    // 6 weighted 2 gives 12; 12 mod 11 = 1; 11 - 1 = 10: no check digit makes it valid.
    for (let d = 0; d <= 9; d++) expect(isNhsNumber(`000000006${d}`)).toBe(false);
    for (const n of ['943476591', '94347659190', 'C-0012', '943 476 591X', '']) expect(isNhsNumber(n)).toBe(false);
  });

  it('finds valid numbers inside text and in number cells, never in longer numbers', () => {
    expect(nhsNumbersIn('Seen with 943 476 5919 today')).toEqual(['9434765919']);
    expect(nhsNumbersIn(9434765919)).toEqual(['9434765919']);
    expect(nhsNumbersIn('Ref 19434765919')).toEqual([]);
    expect(nhsNumbersIn('SNOMED 148471000000103')).toEqual([]);
    expect(nhsNumbersIn(46096)).toEqual([]);
    expect(nhsNumbersIn(true)).toEqual([]);
  });
});

describe('person names in client references', () => {
  it('flags names with or without titles and initials', () => {
    for (const t of [
      'Jane Smith',
      'Mrs Smith',
      'Dr. Patel',
      'J. Smith',
      'Smith, Jane',
      "Sean O'Neil",
      'Zoë McDonald-Hart',
    ]) {
      expect(looksLikePersonName(t)).toBe(true);
    }
  });

  it('leaves references, codes and descriptions alone', () => {
    for (const t of ['C-0012', 'HW123', 'Falcon', 'Client A', 'Group session', 'jane smith', 'NEW CLIENT', 'A B', '']) {
      expect(looksLikePersonName(t)).toBe(false);
    }
  });
});
