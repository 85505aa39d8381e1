/**
 * Caseload findings: client reviews due (docs/rules.md §3, reviewDue: six sessions since the last
 * review) and days when a coach logged more than five sessions (dayLoad "Over"; five is "At
 * limit" and not a finding).
 */
import { dayLoad, reviewDue } from '../../rules/caseload/caseload';
import { coachKey } from '../read/coachIndex';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CaseloadEntry, CheckData, Session } from '../read/model';
import type { Finding } from '../types';

/**
 * Sessions since a client's last review: the caseload's own count; else, when the caseload
 * records reviews, the client's attended sessions in the hours log after the last review
 * (all of them if never reviewed), or failing a log, all their sessions if never reviewed.
 * A caseload that records no reviews at all says nothing about them.
 */
function sessionsSinceReview(
  data: CheckData,
  entry: CaseloadEntry,
  byClient: (client: string) => Session[] | undefined,
): number | null {
  if (entry.sinceReview !== null) return entry.sinceReview;
  if (!entry.reviewsRecorded) return null;
  if (entry.client !== null && data.sources.has('hoursLog.client')) {
    const after = entry.lastReview ?? '';
    let count = 0;
    for (const s of byClient(entry.client) ?? []) {
      if (s.date !== null && s.date > after && s.date <= data.asOf) count++;
    }
    return count;
  }
  return entry.lastReview === null ? entry.sessions : null;
}

/** Attended client sessions grouped by client reference (tidied like coach names). */
function sessionsByClient(data: CheckData, keys: Map<string, string>): Map<string, Session[]> {
  const map = new Map<string, Session[]>();
  // Each client's reference is tidied once, not on every one of their sessions.
  const { sessions } = data;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    if (s.client === null || !s.attended || !s.clientSession) continue;
    let key = keys.get(s.client);
    if (key === undefined) keys.set(s.client, (key = coachKey(s.client)));
    const list = map.get(key);
    if (list === undefined) map.set(key, [s]);
    else list.push(s);
  }
  return map;
}

/**
 * A finding for each open client whose review is due.
 *
 * @example
 * reviewsDue(data); // [{ rule: 'caseload.review-due', sheet: 'Caseload', row: 14, column: 'J', … }]
 */
export function reviewsDue(data: CheckData): Finding[] {
  let index: Map<string, Session[]> | null = null;
  // References tidied once, whether first met in the log or on the caseload.
  const keys = new Map<string, string>();
  const byClient = (client: string) => {
    index ??= sessionsByClient(data, keys);
    let key = keys.get(client);
    if (key === undefined) keys.set(client, (key = coachKey(client)));
    return index.get(key);
  };
  return data.caseload.flatMap((entry) => {
    const since = entry.open ? sessionsSinceReview(data, entry, byClient) : null;
    if (since === null || !reviewDue(since)) return [];
    return [finding('caseload.review-due', entry.at, entry.coach?.label ?? null, CHECK_MESSAGES.reviewDue(since))];
  });
}

/**
 * A finding for each coach-day up to the as-of date with more than five attended client
 * sessions, at the first session of that day.
 *
 * @example
 * daysOver(data); // [{ rule: 'caseload.day-over', message: '7 sessions on 4 Mar 2026: …' }]
 */
export function daysOver(data: CheckData): Finding[] {
  // Coach, then day: no key text is built per session, and a day is its first session and a
  // count (numbered in the order days were first met), not a list of its sessions.
  const byCoach = new Map<string, Map<string, number>>();
  const firsts: Session[] = [];
  const counts: number[] = [];
  const { sessions } = data;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    if (s.coach === null || s.date === null || s.date > data.asOf || !s.attended || !s.clientSession) continue;
    let dates = byCoach.get(s.coach.key);
    if (dates === undefined) byCoach.set(s.coach.key, (dates = new Map()));
    const day = dates.get(s.date);
    if (day !== undefined) counts[day]++;
    else {
      dates.set(s.date, firsts.length);
      firsts.push(s);
      counts.push(1);
    }
  }
  const out: Finding[] = [];
  firsts.forEach((first, day) => {
    if (dayLoad(counts[day]) !== 'Over') return;
    const date = first.date as string;
    out.push(
      finding('caseload.day-over', first.at, first.coach?.label ?? null, CHECK_MESSAGES.dayOver(counts[day], date)),
    );
  });
  return out;
}
