import { remembered } from './remembered';

describe('remembered', () => {
  it('gives what the work gives', () => {
    const upper = remembered((text) => text.toUpperCase());
    expect(upper('sam')).toBe('SAM');
    expect(upper('ann')).toBe('ANN');
    expect(upper('')).toBe('');
  });

  it('works each distinct text out once, however often it is asked', () => {
    const work = jest.fn((text: string) => text.length);
    const length = remembered(work);
    expect([length('Sam'), length('Sam'), length('Ann Smith'), length('Sam')]).toEqual([3, 3, 9, 3]);
    expect(work.mock.calls).toEqual([['Sam'], ['Ann Smith']]);
  });

  it('tells texts apart exactly: case and spacing are for the work to ignore', () => {
    const work = jest.fn((text: string) => text.trim().toLowerCase());
    const key = remembered(work);
    expect([key('Sam'), key('sam'), key(' Sam ')]).toEqual(['sam', 'sam', 'sam']);
    expect(work).toHaveBeenCalledTimes(3);
  });

  it('remembers null answers too', () => {
    const work = jest.fn((text: string): number | null => (text === '' ? null : 1));
    const found = remembered(work);
    expect([found(''), found('')]).toEqual([null, null]);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('keeps each function’s texts to itself', () => {
    const work = jest.fn((text: string) => text);
    remembered(work)('Sam');
    remembered(work)('Sam');
    expect(work).toHaveBeenCalledTimes(2);
  });
});
