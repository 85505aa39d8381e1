import { clientKey } from './clientKey';

describe('clientKey', () => {
  it('takes a reference written with other case or spacing as the same client', () => {
    expect(clientKey('Ann  Smith')).toBe(clientKey('ann smith'));
    expect(clientKey(' A-1 ')).toBe(clientKey('a-1'));
    expect(clientKey(' ANN SMITH. ')).toBe('ann smith');
  });

  it('ignores punctuation, as the caseload and the logs are matched by', () => {
    expect(clientKey('C-101')).toBe('c101');
    expect(clientKey('C.101.')).toBe(clientKey('c101'));
    expect(clientKey('Zoë O’Neil')).toBe('zoë oneil');
  });

  it('keeps different references apart', () => {
    expect(clientKey('A-1')).not.toBe(clientKey('A-2'));
    expect(clientKey('Ann Smith')).not.toBe(clientKey('Ann Smyth'));
  });

  it('reads the examples of docs/rules.md §3 and §8 as they say', () => {
    for (const same of ['c101', ' c101 ', 'C.101']) expect(clientKey(same)).toBe(clientKey('C-101'));
    expect(clientKey('C 101')).not.toBe(clientKey('C-101'));
  });
});
