/**
 * The check's per-coach questions answered from logs grouped once, and its findings sorted by
 * each coach's place looked up once, give exactly what the straightforward way gives: filter
 * the whole log for each coach, search the coach list in every comparison. Compared over the
 * bench's generated workbook (its template layout, its mix of findings), at a size where the
 * straightforward way is still quick.
 */
import { AS_OF, syntheticWorkbook } from '../../bench/synthetic/workbook';
import { checkWorkbook } from '../../shared/check';
import { guessFromSheets } from '../../shared/check/find/guess';
import { coachRenewals } from '../../shared/check/findings/developmentFindings';
import { groupCoaching } from '../../shared/check/findings/supervisionFindings';
import { takingClients } from '../../shared/check/findings/takingClients';
import { monthlySummary } from '../../shared/check/monthlySummary';
import { countsTowardsHours, type CheckData, type Coach } from '../../shared/check/read/model';
import { readWorkbook } from '../../shared/check/read/readWorkbook';
import { SEVERITY_ORDER, sortFindings } from '../../shared/check/report/summary';
import type { Finding, MonthlyFigures } from '../../shared/check/types';
import { addMonths } from '../../shared/values/dates/calendarDate';
import { readContext } from '../../shared/values/context';
import type { SheetData } from '../../shared/workbook';

let data: CheckData;
let findings: Finding[];

beforeAll(async () => {
  const wb = await syntheticWorkbook(3_000);
  // Renewals on the training checklist, every coach's in a different order, some expired.
  const ids = (wb.sheets.get('Coaches')?.values ?? []).slice(1).map((r) => r[0] as string);
  const items = ['Safeguarding adults', 'Information governance', 'Basic life support'];
  const lines = ids.flatMap((id, i) =>
    items.map((item, j) => [
      id,
      'Mandatory training',
      null,
      item,
      'Yes',
      `202${3 + ((i + j) % 3)}-0${1 + j}-15`,
      null,
      12,
    ]),
  );
  await wb.write('Training', { row: 1, col: 0 }, lines);
  const sheets: SheetData[] = [];
  for (const name of await wb.sheetNames()) sheets.push(await wb.read(name));
  const ctx = readContext(AS_OF);
  data = readWorkbook(sheets, guessFromSheets(sheets, null), ctx, AS_OF);
  ({ findings } = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false }));
});

/** A coach's rows, the straightforward way: the whole log filtered. */
const mine = <T extends { coach: Coach | null }>(log: readonly T[], coach: Coach) =>
  log.filter((r) => r.coach === coach);

describe('per-coach questions from logs grouped once', () => {
  it('has a generated team with logs for every kind of question', () => {
    expect(data.coaches.length).toBe(30);
    for (const log of [data.sessions, data.supervision, data.caseload, data.training])
      expect(log.length).toBeGreaterThan(0);
  });

  it('says the same coaches are seeing clients as searching the whole caseload and hours log', () => {
    const reference = (coach: Coach) =>
      data.caseload.some((c) => c.coach === coach && c.open) ||
      data.sessions.some((s) => s.coach === coach && s.attended && s.clientSession && (s.date ?? '') <= data.asOf);
    expect(data.coaches.map((c) => takingClients(data, c))).toEqual(data.coaches.map(reference));
    expect(data.coaches.some((c) => takingClients(data, c))).toBe(true);
  });

  it('finds the same group coaching supervision as filtering the whole supervision log', () => {
    const reference = (coach: Coach) => {
      const from = addMonths(data.asOf, -3);
      const group = data.supervision.filter(
        (e) => e.coach === coach && e.type === 'coaching' && !e.individual && e.date <= data.asOf,
      );
      const last = group.reduce<string | null>((max, e) => (max === null || e.date > max ? e.date : max), null);
      return { last, lastThreeMonths: group.filter((e) => e.date > from).length };
    };
    expect(data.coaches.map((c) => groupCoaching(data, c))).toEqual(data.coaches.map(reference));
  });

  it('lists the same renewals, in the same order, as filtering the whole training checklist', () => {
    const pick = (r: { title: string; expires: string; at: unknown }) => ({
      title: r.title,
      expires: r.expires,
      at: r.at,
    });
    const reference = (coach: Coach) =>
      [
        ...mine(data.training, coach)
          .filter((t) => t.expires !== null)
          .map((t) => ({ title: t.record.title, expires: t.expires as string, at: t.at })),
        ...coach.expiries.map(pick),
      ].sort((a, b) => (a.expires < b.expires ? -1 : a.expires > b.expires ? 1 : 0));
    const renewals = data.coaches.map((c) => coachRenewals(data, c).map(pick));
    expect(renewals).toEqual(data.coaches.map(reference));
    expect(renewals.flat().length).toBeGreaterThan(0);
  });
});

describe('findings sorted with each coach looked up once', () => {
  it('come in the order of a sort that searches the coach list in every comparison', () => {
    const order = data.coaches.map((c) => c.label);
    const rank = (f: Finding) =>
      f.coach === null ? -1 : order.indexOf(f.coach) < 0 ? order.length : order.indexOf(f.coach);
    const text = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');
    const shuffled = [...findings].reverse();
    const reference = [...shuffled].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        text(a.sheet, b.sheet) ||
        (a.row ?? 0) - (b.row ?? 0) ||
        (a.column ?? '').length - (b.column ?? '').length ||
        text(a.column, b.column) ||
        text(a.rule, b.rule),
    );
    expect(findings.length).toBeGreaterThan(50);
    expect(sortFindings(shuffled, order)).toEqual(reference);
  });
});

describe('monthly figures kept by coach and month', () => {
  it('equal figures kept under one text key per month and coach', () => {
    const first = addMonths(data.asOf, -11).slice(0, 7);
    const rows = new Map<string, MonthlyFigures>();
    const clients = new Map<string, Set<string>>();
    const key = (date: string, coach: Coach) => `${date.slice(0, 7)}|${coach.key}`;
    const inRange = (d: string | null): d is string => d !== null && d <= data.asOf && d.slice(0, 7) >= first;
    const row = (coach: Coach, date: string): MonthlyFigures => {
      const k = key(date, coach);
      if (!rows.has(k)) rows.set(k, zero(date.slice(0, 7), coach));
      return rows.get(k) as MonthlyFigures;
    };
    for (const s of data.sessions) {
      if (!s.coach || !inRange(s.date) || !s.clientSession) continue;
      const r = row(s.coach, s.date);
      if (countsTowardsHours(s, data.asOf)) r.nhsHours += s.hours ?? 0;
      if (s.didNotAttend) r.didNotAttend++;
      if (!s.attended) continue;
      r.sessions++;
      if (s.client !== null) {
        const k = key(s.date, s.coach);
        clients.set(k, (clients.get(k) ?? new Set()).add(s.client.trim().toLowerCase()));
      }
    }
    for (const c of data.caseload) if (c.coach && inRange(c.referred)) row(c.coach, c.referred).newReferrals++;
    for (const e of data.supervision)
      if (e.coach && inRange(e.date)) row(e.coach, e.date).supervision[e.type][e.individual ? 'individual' : 'group']++;
    for (const [k, r] of rows) {
      const booked = r.sessions + r.didNotAttend;
      r.didNotAttendRate = booked === 0 ? null : r.didNotAttend / booked;
      r.nhsHours = Math.round(r.nhsHours * 100) / 100;
      r.clients = clients.get(k)?.size ?? 0;
    }
    const months = [...new Set([...rows.values()].map((r) => r.month))].sort();
    const reference: MonthlyFigures[] = [];
    for (let m = months[0]; m <= data.asOf.slice(0, 7); m = addMonths(`${m}-01`, 1).slice(0, 7))
      for (const c of data.coaches) reference.push(rows.get(`${m}|${c.key}`) ?? zero(m, c));
    expect(reference.some((r) => r.sessions > 0)).toBe(true);
    expect(monthlySummary(data)).toEqual(reference);
  });
});

function zero(month: string, coach: Coach): MonthlyFigures {
  const none = () => ({ individual: 0, group: 0 });
  return {
    month,
    coach: coach.label,
    id: coach.id,
    sessions: 0,
    nhsHours: 0,
    clients: 0,
    newReferrals: 0,
    didNotAttend: 0,
    didNotAttendRate: null,
    supervision: { line: none(), clinical: none(), coaching: none() },
  };
}
