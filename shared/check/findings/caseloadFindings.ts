/**
 * Caseload findings: client reviews due (docs/rules.md §3, reviewDue: six sessions since the last
 * review) and days when a coach logged more than five sessions (dayLoad "Over"; five is "At
 * limit" and not a finding).
 */
import { dayLoad, reviewDue } from '../../rules/caseload/caseload';
import { clientKey } from '../read/references/clientKey';
import { remembered } from '../../values/remembered';
import { coachGroups } from '../read/rowsOfCoach';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CaseloadEntry, CheckData, Session } from '../read/model';
import type { Finding } from '../types';
import type { IsoDate } from '../../values/dates/calendarDate';

/** An open client counted from the hours log: sessions dated after their last review. */
interface Tally {
  after: IsoDate | '';
  count: number;
}

/**
 * How an open caseload entry's sessions since review are known: the caseload's own count;
 * else, when the caseload records reviews, a tally of the client's attended sessions in the
 * hours log after the last review (all of them if never reviewed), or failing a log, all their
 * sessions if never reviewed. A caseload that records no reviews at all says nothing of them.
 */
function sinceReview(data: CheckData, entry: CaseloadEntry): number | Tally | null {
  if (entry.sinceReview !== null) return entry.sinceReview;
  if (!entry.reviewsRecorded) return null;
  if (entry.client !== null && data.sources.has('hoursLog.client')) return { after: entry.lastReview ?? '', count: 0 };
  return entry.lastReview === null ? entry.sessions : null;
}

/**
 * Adds each attended client session of the log, up to the as-of date, to the tallies of its
 * client (references tidied by clientKey). A coach at a time, from the sessions grouped once
 * by coach (coachGroups, kept for the whole check; the sessions naming no coach are a group of
 * their own): a reference as typed is looked up once per coach, in a small map for that coach
 * alone, which the processor finds in its cache where one map of a PCN's every client costs a
 * trip to memory on every row. Loops by index: an iterator made for each session's tallies was
 * most of the garbage this made.
 */
function countSessions(data: CheckData, tallies: Map<string, Tally[]>, keyOf: (typed: string) => string): void {
  coachGroups(data.sessions).forEach((sessions) => {
    const tallyOf = remembered((typed) => tallies.get(keyOf(typed)) ?? null);
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i];
      if (s.client === null || s.date === null || s.date > data.asOf || !s.attended || !s.clientSession) continue;
      const of = tallyOf(s.client);
      if (of !== null) for (let j = 0; j < of.length; j++) if (s.date > of[j].after) of[j].count++;
    }
  });
}

/**
 * A finding for each open client whose review is due.
 *
 * @example
 * reviewsDue(data); // [{ rule: 'caseload.review-due', sheet: 'Caseload', row: 14, column: 'J', … }]
 */
export function reviewsDue(data: CheckData): Finding[] {
  const tallies = new Map<string, Tally[]>();
  // Each reference as typed is tidied once, whether met on the caseload or in the log.
  const keyOf = remembered(clientKey);
  const since = data.caseload.map((entry) => {
    const known = entry.open ? sinceReview(data, entry) : null;
    if (known !== null && typeof known === 'object') {
      const key = keyOf(entry.client as string);
      const list = tallies.get(key);
      if (list === undefined) tallies.set(key, [known]);
      else list.push(known);
    }
    return known;
  });
  if (tallies.size > 0) countSessions(data, tallies, keyOf);
  const out: Finding[] = [];
  data.caseload.forEach((entry, i) => {
    const known = since[i];
    const count = known !== null && typeof known === 'object' ? known.count : known;
    if (count === null || !reviewDue(count)) return;
    out.push(finding('caseload.review-due', entry.at, entry.coach?.label ?? null, CHECK_MESSAGES.reviewDue(count)));
  });
  return out;
}

/**
 * A finding for each coach-day up to the as-of date with more than five attended client
 * sessions, at the first session of that day.
 *
 * @example
 * daysOver(data); // [{ rule: 'caseload.day-over', message: '7 sessions on 4 Mar 2026: …' }]
 */
export function daysOver(data: CheckData): Finding[] {
  // A coach at a time, from their sessions grouped once (coachGroups; sessions naming no coach
  // have no day load): one count per day, kept only while that coach is looked at, no key
  // text made per session. The counts are visited with forEach (no [day, count] pair made per
  // day), and a day's first session is looked for only on a day over the limit, which is rare.
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  const counted = (s: Session): s is Session & { date: IsoDate } =>
    s.date !== null && s.date <= data.asOf && s.attended && s.clientSession;
  for (const [coach, sessions] of coachGroups(data.sessions)) {
    if (coach === null) continue;
    counts.clear();
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i];
      if (counted(s)) counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
    }
    counts.forEach((count, date) => {
      if (dayLoad(count) !== 'Over') return;
      const first = sessions.find((s) => s.date === date && counted(s)) as Session;
      out.push(finding('caseload.day-over', first.at, coach.label, CHECK_MESSAGES.dayOver(count, date)));
    });
  }
  return out;
}
