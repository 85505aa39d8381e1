// Reading TRUE/FALSE (issue 2: "booleans (and TRUE/FALSE text)"); the templates' drop-downs
// say yes/no.
import { HwbcError } from '../errors';
import { readBoolean } from './readBoolean';

describe('readBoolean', () => {
  it.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    [' Yes ', true],
    ['no', false],
    ['Y', true],
    ['n', false],
    [1, true],
    [0, false],
  ])('reads %p as %p', (v, want) => {
    expect(readBoolean('pci_trained', v)).toBe(want);
  });

  it.each([null, undefined, '', ' '])('reads a blank (%p) as null, so the caller applies its default', (v) => {
    expect(readBoolean('pci_trained', v)).toBeNull();
  });

  it.each(['maybe', 2, -1, NaN, 'TRUE!', new Date(0), {}])('refuses %p, naming the argument', (v) => {
    expect(() => readBoolean('pci_trained', v)).toThrow(HwbcError);
    expect(() => readBoolean('pci_trained', v)).toThrow(/^pci_trained must be TRUE or FALSE \(or yes\/no\), got /);
  });

  it('shows the value in the message', () => {
    expect(() => readBoolean('pci_trained', 'maybe')).toThrow(
      'pci_trained must be TRUE or FALSE (or yes/no), got "maybe"',
    );
  });
});
