// Property tests of the rules core (issue 2, "How it is checked"). The oracles here are
// built from docs/rules.md and from JavaScript's own UTC calendar, never from the code under test.
// Like every date suite, this file runs under TZ=Europe/London and TZ=Pacific/Kiritimati.
import fc from 'fast-check';
import { evaluate, FUNCTIONS } from '../../shared/functions';
import { readArgument } from '../../shared/functions/readArgument';
import type { ParamType } from '../../shared/functions';
import { policyWith } from '../../shared/rules/supervision/policy';
import { hoursToNextTier } from '../../shared/rules/tiers/hoursToNextTier';
import { supervisionDue } from '../../shared/rules/supervision/supervisionDue';
import { clinicalWindow, supervisionInterval } from '../../shared/rules/supervision/supervisionInterval';
import { supervisionStatus } from '../../shared/rules/supervision/supervisionStatus';
import type { SupervisionType } from '../../shared/rules/supervision/supervisionType';
import { tier, TIER_THRESHOLDS } from '../../shared/rules/tiers/tier';
import {
  addDays,
  addMonths,
  dateInZone,
  daysBetween,
  DateSystem,
  HwbcError,
  isIsoDate,
  isoToSerial,
  readBoolean,
  readContext,
  readDate,
  readNumber,
  readText,
  serialToIso,
} from '../../shared/values';

// ---- generators ---------------------------------------------------------------------------

const DAY = 86_400_000;
const utcIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Any calendar date from 1900-01-01 to 9998-12-31, built with Date.UTC (not the core). */
const isoDateArb = (from = Date.UTC(1900, 0, 1), to = Date.UTC(9998, 11, 31)) =>
  fc.integer({ min: 0, max: Math.round((to - from) / DAY) }).map((k) => utcIso(from + k * DAY));
const recentDateArb = isoDateArb(Date.UTC(1990, 0, 1), Date.UTC(2100, 11, 31));
const hoursArb = fc.double({ min: 0, max: 5000, noNaN: true });
const wteArb = fc.double({ min: 0, max: 1, minExcluded: true, noNaN: true });
const typeArb = fc.constantFrom<SupervisionType>('line', 'clinical', 'coaching');
const evidencedArb = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
const systemArb = fc.constantFrom<DateSystem>('1900', '1904', 'sheets');
const zoneArb = fc.constantFrom('Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'UTC');

const weirdText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[0-9 .,%eE+\-/:TZ]{0,16}$/),
  fc.constantFrom(
    '12h',
    ' 120.5 ',
    '60%',
    '%',
    '1e400',
    'NaN',
    'Infinity',
    '-0',
    '0x10',
    '29/02/2026',
    '2026-02-30',
    '2026-03-15T25:99',
    '31/12/9999',
    '00/00/0000',
    '1/1/0001',
    '0001-01-01',
    '9999-12-31',
    '10000-01-01',
    'TRUE',
    'no',
    'Line Management',
    'grp',
    'PRO-01',
    '\u00a0',
    '\u0000',
    '__proto__',
    'constructor',
    'toString',
  ),
);
const weirdNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 60, 2958465, 2958466, Number.MAX_VALUE, Number.MIN_VALUE),
);
const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withBoxedValues: true,
  withTypedArray: true,
  withSparseArray: true,
  withObjectString: true,
});
const cellArb = fc.oneof(
  weirdText,
  weirdNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(), // invalid Dates included
  anyValue,
);
const argArb = fc.oneof(
  { weight: 4, arbitrary: cellArb },
  { weight: 2, arbitrary: fc.array(fc.array(cellArb, { maxLength: 3 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(cellArb, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.array(fc.array(cellArb, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }) },
);
const ctxArb = fc
  .tuple(recentDateArb, zoneArb, systemArb)
  .map(([today, timeZone, dateSystem]) => readContext(today, { timeZone, dateSystem }));

/** Runs `read`; passes if it returns or throws the core's own error, fails on anything else. */
function onlyHwbcErrors(read: () => unknown): void {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(HwbcError);
    expect((e as HwbcError).message.length).toBeGreaterThan(0);
  }
}

// ---- tiers --------------------------------------------------------------------------------

describe('tiers', () => {
  it('never fall as hours rise', () => {
    fc.assert(
      fc.property(hoursArb, hoursArb, fc.boolean(), evidencedArb, (a, b, pci, ev) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(tier(lo, pci, ev)).toBeLessThanOrEqual(tier(hi, pci, ev));
      }),
    );
  });

  it('never exceed max(evidenced tier, 1) when an evidenced tier is given', () => {
    fc.assert(
      fc.property(hoursArb, fc.boolean(), fc.integer({ min: 0, max: 4 }), (hours, pci, ev) => {
        expect(tier(hours, pci, ev)).toBeLessThanOrEqual(Math.max(ev, 1));
        expect(tier(hours, pci, ev)).toBeLessThanOrEqual(tier(hours, pci));
      }),
    );
  });

  it('leave hours to the next tier ≥ 0, reaching the next threshold exactly when added', () => {
    fc.assert(
      fc.property(hoursArb, (hours) => {
        const more = hoursToNextTier(hours);
        expect(more).toBeGreaterThanOrEqual(0);
        const next = TIER_THRESHOLDS.find((t) => hours < t.hours);
        if (next === undefined) {
          expect(more).toBe(0);
        } else {
          expect(more).toBeGreaterThan(0);
          expect(Math.abs(hours + more - next.hours)).toBeLessThanOrEqual(1e-6);
          expect(tier(hours + more + 1e-6)).toBe(next.tier);
        }
      }),
    );
  });
});

// ---- supervision --------------------------------------------------------------------------

describe('supervision', () => {
  it('is always due after its base date', () => {
    fc.assert(
      fc.property(typeArb, isoDateArb(), wteArb, fc.boolean(), (type, base, wte, fromStart) => {
        const due = fromStart ? supervisionDue(type, null, wte, base) : supervisionDue(type, base, wte);
        expect(due).not.toBeNull();
        expect(due! > base).toBe(true);
      }),
    );
  });

  it('moves OK → Due soon → Overdue, never back, as the as-of date advances day by day', () => {
    const rank = { OK: 0, 'Due soon': 1, Overdue: 2 } as const;
    fc.assert(
      fc.property(typeArb, recentDateArb, wteArb, fc.integer({ min: 0, max: 31 }), (type, last, wte, dueSoonDays) => {
        const policy = policyWith({ dueSoonDays });
        const seen: number[] = [];
        for (let day = 0; day <= 380; day++) {
          const status = supervisionStatus(type, last, wte, null, addDays(last, day), policy);
          seen.push(rank[status!]);
        }
        for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
        expect(seen[seen.length - 1]).toBe(rank.Overdue);
        if (dueSoonDays < 28) expect(seen[0]).toBe(rank.OK);
      }),
      { numRuns: 60 },
    );
  });

  it('sees a part-time coach for clinical supervision no less often than a fuller-time one needs', () => {
    fc.assert(
      fc.property(wteArb, wteArb, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(supervisionInterval('clinical', lo)).toBeGreaterThanOrEqual(supervisionInterval('clinical', hi));
        expect(clinicalWindow(lo)).toBeGreaterThanOrEqual(clinicalWindow(hi));
        expect(supervisionInterval('clinical', lo)).toBeLessThanOrEqual(12);
        expect(clinicalWindow(lo)).toBeLessThanOrEqual(supervisionInterval('clinical', lo));
      }),
    );
  });

  it('gives the exact pro-rata month count, floored, up to 12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (percent) => {
        // Whole percentages: floor(300 / percent) in integer arithmetic, no rounding worries.
        const wte = percent / 100;
        expect(supervisionInterval('clinical', wte)).toBe(Math.min(12, Math.floor(300 / percent)));
        expect(clinicalWindow(wte)).toBe(Math.min(12, Math.floor(200 / percent)));
      }),
    );
  });
});

// ---- calendar -----------------------------------------------------------------------------

describe('calendar arithmetic', () => {
  it('adds months clamping to the last day of the month', () => {
    fc.assert(
      fc.property(
        isoDateArb(Date.UTC(1900, 0, 1), Date.UTC(9000, 0, 1)),
        fc.integer({ min: -24, max: 120 }),
        (d, n) => {
          const [y, m, day] = d.split('-').map(Number);
          const firstOfTarget = new Date(Date.UTC(2000, m - 1 + n, 1));
          firstOfTarget.setUTCFullYear(y + Math.floor((m - 1 + n) / 12));
          const lastDay = new Date(
            Date.UTC(firstOfTarget.getUTCFullYear() + 0, firstOfTarget.getUTCMonth() + 1, 0),
          ).getUTCDate();
          const want = new Date(firstOfTarget.getTime());
          want.setUTCDate(Math.min(day, lastDay));
          expect(addMonths(d, n)).toBe(utcIso(want.getTime()));
        },
      ),
    );
  });

  it('counts the days it adds', () => {
    fc.assert(
      fc.property(
        isoDateArb(Date.UTC(1920, 0, 1), Date.UTC(9980, 0, 1)),
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => {
          const moved = addDays(d, n);
          expect(moved).toBe(utcIso(Date.parse(`${d}T00:00:00Z`) + n * DAY));
          expect(daysBetween(d, moved)).toBe(n);
        },
      ),
    );
  });
});

// ---- serial numbers -----------------------------------------------------------------------

describe('serial numbers', () => {
  const range: Record<DateSystem, { first: string; firstSerial: number }> = {
    '1900': { first: '1900-01-01', firstSerial: 1 },
    '1904': { first: '1904-01-01', firstSerial: 0 },
    sheets: { first: '1899-12-30', firstSerial: 0 },
  };

  it.each(['1900', '1904', 'sheets'] as DateSystem[])('round-trip serial → ISO → serial in the %s system', (system) => {
    const { first, firstSerial } = range[system];
    const last = isoToSerial('9999-12-31', system);
    fc.assert(
      fc.property(fc.integer({ min: firstSerial, max: last }), (serial) => {
        if (system === '1900' && serial === 60) return; // 29 Feb 1900 never existed
        const iso = serialToIso(serial, system);
        expect(iso >= first && iso <= '9999-12-31').toBe(true);
        expect(isoToSerial(iso, system)).toBe(serial);
      }),
    );
  });

  it.each(['1900', '1904', 'sheets'] as DateSystem[])('round-trip ISO → serial → ISO in the %s system', (system) => {
    const from = Date.parse(`${range[system].first}T00:00:00Z`);
    fc.assert(
      fc.property(isoDateArb(from, Date.UTC(9999, 11, 31)), (iso) => {
        expect(serialToIso(isoToSerial(iso, system), system)).toBe(iso);
      }),
    );
  });

  it('counts one serial per day in every system (from 1 March 1900 in Excel)', () => {
    fc.assert(
      fc.property(
        systemArb,
        isoDateArb(Date.UTC(1904, 0, 1), Date.UTC(9990, 0, 1)),
        fc.integer({ min: 0, max: 2000 }),
        (system, d, n) => {
          expect(isoToSerial(addDays(d, n), system) - isoToSerial(d, system)).toBe(n);
        },
      ),
    );
  });
});

// ---- time zones ---------------------------------------------------------------------------

/** Whether London is on British Summer Time at local midnight of `iso` (rules since 1996). */
function londonMidnightIsSummer(iso: string): boolean {
  const [y] = iso.split('-').map(Number);
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(y, month + 1, 0));
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    return utcIso(d.getTime());
  };
  // Clocks change at 01:00 UTC, so midnight on the last Sunday of March is still GMT and
  // midnight on the last Sunday of October is still BST.
  return iso > lastSunday(2) && iso <= lastSunday(9);
}

describe('dates read in a time zone', () => {
  it('reads London midnight, summer and winter, and any time that day, as that date', () => {
    fc.assert(
      fc.property(
        recentDateArb.filter((d) => d >= '1997-01-01'),
        fc.integer({ min: 0, max: 23 * 3600 - 1 }),
        (d, s) => {
          const offset = londonMidnightIsSummer(d) ? 3_600_000 : 0;
          const midnight = new Date(Date.parse(`${d}T00:00:00Z`) - offset);
          expect(dateInZone(midnight, 'Europe/London')).toBe(d);
          expect(dateInZone(new Date(midnight.getTime() + s * 1000), 'Europe/London')).toBe(d);
          expect(readDate('last_date', midnight, readContext('2026-01-01'))).toBe(d);
        },
      ),
    );
  });

  it('covers both halves of the year', () => {
    expect(londonMidnightIsSummer('2026-07-01')).toBe(true);
    expect(londonMidnightIsSummer('2026-01-15')).toBe(false);
    expect(dateInZone(new Date('2026-06-30T23:00:00Z'), 'Europe/London')).toBe('2026-07-01');
    expect(dateInZone(new Date('2026-01-15T00:00:00Z'), 'Europe/London')).toBe('2026-01-15');
  });

  it('reads midnight in fixed-offset zones far from London as that date', () => {
    const zones: [string, number][] = [
      ['Pacific/Kiritimati', 14],
      ['Asia/Kolkata', 5.5],
      ['Pacific/Pago_Pago', -11],
    ];
    fc.assert(
      fc.property(
        recentDateArb.filter((d) => d >= '1996-01-01'),
        fc.constantFrom(...zones),
        (d, [zone, hours]) => {
          const midnight = new Date(Date.parse(`${d}T00:00:00Z`) - hours * 3_600_000);
          expect(dateInZone(midnight, zone)).toBe(d);
        },
      ),
    );
  });

  it("reads a local-midnight Date in the machine's own zone as that date", () => {
    const zone = process.env.TZ ?? 'UTC';
    fc.assert(
      fc.property(recentDateArb, (d) => {
        const [y, m, day] = d.split('-').map(Number);
        expect(readDate('last_date', new Date(y, m - 1, day), readContext('2026-01-01', { timeZone: zone }))).toBe(d);
      }),
    );
  });
});

// ---- coercion -----------------------------------------------------------------------------

describe('coercion', () => {
  const NUMBER_TYPES = [
    { expected: 'hours', min: 0 },
    { expected: 'count', min: 0, integer: true },
    { expected: 'tier', min: 0, max: 4, integer: true },
    { expected: 'wte', min: 0, minExclusive: true, max: 1, percent: true },
  ] as const;
  const PARAM_TYPES: ParamType[] = [
    'hours',
    'count',
    'tier',
    'wte',
    'boolean',
    'date',
    'supervisionType',
    'area',
    'text',
  ];

  it('every reader returns a value or throws the core error, never anything else', () => {
    fc.assert(
      fc.property(cellArb, ctxArb, (value, ctx) => {
        for (const rule of NUMBER_TYPES) onlyHwbcErrors(() => readNumber('x', value, rule));
        onlyHwbcErrors(() => readBoolean('x', value));
        onlyHwbcErrors(() => readDate('x', value, ctx));
        onlyHwbcErrors(() => readText('x', value));
        for (const type of PARAM_TYPES) {
          onlyHwbcErrors(() => readArgument({ name: 'x', help: 'x', type }, value, ctx));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads any date it accepts as a real calendar date', () => {
    const tryRead = (value: unknown, ctx: ReturnType<typeof readContext>) => {
      try {
        return readDate('x', value, ctx);
      } catch {
        return null;
      }
    };
    fc.assert(
      fc.property(cellArb, ctxArb, (value, ctx) => {
        const d = tryRead(value, ctx);
        if (d !== null) expect(utcIso(Date.parse(`${d}T00:00:00Z`))).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it('evaluate never throws: every function answers per cell, errors being the core error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.array(argArb, { maxLength: 7 }), ctxArb, (spec, args, ctx) => {
        const result = evaluate(spec, args, ctx);
        expect(result.cells.length).toBeGreaterThan(0);
        for (const row of result.cells) {
          expect(row.length).toBeGreaterThan(0);
          for (const cell of row) {
            if (cell.ok) {
              expect(['number', 'string', 'boolean'].includes(typeof cell.value) || cell.value === null).toBe(true);
            } else {
              expect(cell.error).toBeInstanceOf(HwbcError);
              expect(cell.error.message).not.toMatch(/^internal error/);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the supervision functions answer any real dates without an internal error', () => {
    const names = ['line', 'Line Management', 'LM', 'manager', 'clinical', 'CS', 'clinician', 'coaching', 'HCS'];
    // Every real date, with extra weight on the last years a spreadsheet can show.
    const fullRange = fc.oneof(
      isoDateArb(Date.UTC(1900, 0, 1), Date.UTC(9999, 11, 31)),
      isoDateArb(Date.UTC(9998, 0, 1), Date.UTC(9999, 11, 31)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...FUNCTIONS.filter((f) => f.name.startsWith('SUPERVISION'))),
        fc.constantFrom(...names),
        fc.option(fullRange, { nil: null }),
        fc.option(wteArb, { nil: null }),
        fc.option(fullRange, { nil: null }),
        fullRange,
        (spec, type, last, wte, start, asOf) => {
          const [[cell]] = evaluate(spec, [type, last, wte, start, asOf], readContext(asOf)).cells;
          if (!cell.ok) expect(cell.error.message).not.toMatch(/^internal error/);
          if (cell.ok && spec.result === 'date' && cell.value !== null) expect(isIsoDate(cell.value)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('evaluate gives a column the shape of its range, one outcome per cell', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 12 }), (column) => {
        const spec = FUNCTIONS.find((f) => f.name === 'TIER')!;
        const result = evaluate(spec, [column.map((v) => [v])], readContext('2026-06-01'));
        const valid = column.every(
          (v) =>
            v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date,
        );
        if (valid) {
          expect(result.cells).toHaveLength(column.length);
          expect(result.cells.every((row) => row.length === 1)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
