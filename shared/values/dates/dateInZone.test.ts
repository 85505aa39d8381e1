// The calendar date a moment shows in a time zone, whatever the machine's own zone: the suite runs
// twice, under TZ=Europe/London and TZ=Pacific/Kiritimati (scripts/test-all.sh).
import { dateInZone } from './dateInZone';

describe('dateInZone', () => {
  it('reads London midnight in summer (23:00 UTC the day before) as the day typed', () => {
    expect(dateInZone(new Date('2026-06-30T23:00:00Z'), 'Europe/London')).toBe('2026-07-01');
    expect(dateInZone(new Date('2026-06-30T22:59:59Z'), 'Europe/London')).toBe('2026-06-30');
  });

  it('reads London midnight in winter (00:00 UTC) as the day typed', () => {
    expect(dateInZone(new Date('2026-01-15T00:00:00Z'), 'Europe/London')).toBe('2026-01-15');
    expect(dateInZone(new Date('2026-01-14T23:59:59Z'), 'Europe/London')).toBe('2026-01-14');
  });

  it('reads the same instant as different days in zones far apart', () => {
    const instant = new Date('2026-01-14T12:00:00Z');
    expect(dateInZone(instant, 'Pacific/Kiritimati')).toBe('2026-01-15'); // UTC+14
    expect(dateInZone(instant, 'Pacific/Pago_Pago')).toBe('2026-01-14'); // UTC−11
    expect(dateInZone(new Date('2026-01-14T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-15');
    expect(dateInZone(new Date('2026-01-14T09:59:59Z'), 'Pacific/Kiritimati')).toBe('2026-01-14');
  });

  it("reads a local-midnight Date in the machine's own zone as that day", () => {
    const zone = process.env.TZ ?? 'UTC';
    expect(dateInZone(new Date(2026, 2, 15), zone)).toBe('2026-03-15');
    expect(dateInZone(new Date(2026, 6, 1), zone)).toBe('2026-07-01');
  });

  it('reads early AD years correctly', () => {
    expect(dateInZone(new Date('0702-06-15T12:00:00Z'), 'UTC')).toBe('0702-06-15');
  });

  it('gives null for an invalid Date and for Dates outside years 1–9999', () => {
    expect(dateInZone(new Date(NaN), 'Europe/London')).toBeNull();
    const bc = new Date(0);
    bc.setUTCFullYear(-701, 5, 15); // 702 BC, which Intl would print as year 702
    expect(dateInZone(bc, 'Europe/London')).toBeNull();
    expect(dateInZone(new Date(8.64e15), 'Europe/London')).toBeNull(); // year 275760
  });
});
