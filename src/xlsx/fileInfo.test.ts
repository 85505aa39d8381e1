import { fileHostInfo } from './fileInfo';
import { localToday } from './localToday';

describe('fileHostInfo', () => {
  it("gives the file's date system with this machine's zone and today", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(fileHostInfo(false)).toEqual({ dateSystem: '1900', timeZone: zone, today: localToday() });
    expect(fileHostInfo(true).dateSystem).toBe('1904');
  });

  it('lets what the caller gives (a test, --as-of) stand over the machine', () => {
    expect(fileHostInfo(true, { today: '2026-03-20', timeZone: 'Pacific/Kiritimati' })).toEqual({
      dateSystem: '1904',
      timeZone: 'Pacific/Kiritimati',
      today: '2026-03-20',
    });
  });
});

describe('localToday', () => {
  it("is this machine's calendar day as ISO text", () => {
    const before = new Date();
    const today = localToday();
    const after = new Date();
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([iso(before), iso(after)]).toContain(today);
  });
});
