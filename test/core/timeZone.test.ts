// The date suites run under more than one TZ (issue 2): Europe/London for the main run and
// Pacific/Kiritimati (UTC+14, all year) for the second run of the core's suites in
// scripts/test-all.sh; jest.config.js makes London the default. This test fails when a run
// asks for a zone that the process does not actually use (TZ not passed on to the workers,
// or a Node without time zone data falling back to UTC), so a TZ run can never pass in UTC
// by accident.

/** Offsets `Date#getTimezoneOffset` must give in the zones the runs ask for (minutes, UTC − local). */
const KNOWN: Record<string, { january: number; july: number }> = {
  'Europe/London': { january: 0, july: -60 },
  'Pacific/Kiritimati': { january: -840, july: -840 },
};

/** The zone's offset at an instant as Intl's time zone data has it, in getTimezoneOffset's sign. */
function intlOffset(zone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!m) throw new Error(`cannot read the offset of ${zone} from "${name}"`);
  const minutes = m[1] ? Number(m[2]) * 60 + Number(m[3]) : 0;
  return m[1] === '-' ? minutes : 0 - minutes; // 0 - 0 is +0, as getTimezoneOffset gives
}

describe('the time zone this run asked for', () => {
  const zone = process.env.TZ;

  it('is set (jest.config.js defaults it to Europe/London)', () => {
    expect(zone).toEqual(expect.any(String));
    expect(zone).not.toBe('');
  });

  it('is the zone local Dates in this process actually use', () => {
    const january = new Date(2026, 0, 1).getTimezoneOffset();
    const july = new Date(2026, 6, 1).getTimezoneOffset();
    const known = KNOWN[zone as string];
    if (known) expect({ january, july }).toEqual(known);
    expect(january).toBe(intlOffset(zone as string, new Date(2026, 0, 1)));
    expect(july).toBe(intlOffset(zone as string, new Date(2026, 6, 1)));
  });
});
