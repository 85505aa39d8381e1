/**
 * Caseload findings: client reviews due (docs/rules.md §3, reviewDue: six sessions since the last
 * review) and days when a coach logged more than five sessions (dayLoad "Over"; five is "At
 * limit" and not a finding).
 */
import { dayLoad, reviewDue } from '../../rules/caseload/caseload';
import { coachKey } from '../read/coachIndex';
import { rowsOfCoach } from '../read/rowsOfCoach';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CaseloadEntry, CheckData, Session } from '../read/model';
import type { Finding } from '../types';
import type { IsoDate } from '../../values/dates/calendarDate';

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
  // A coach at a time, from their sessions grouped once (rowsOfCoach): one count per day, kept
  // only while that coach is looked at, no key text made per session. The counts are visited
  // with forEach (no [day, count] pair made per day), and a day's first session is looked for
  // only on a day over the limit, which is rare. Every coach a session names is among
  // data.coaches (CoachIndex adds log coaches).
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  const counted = (s: Session): s is Session & { date: IsoDate } =>
    s.date !== null && s.date <= data.asOf && s.attended && s.clientSession;
  for (const coach of data.coaches) {
    counts.clear();
    const sessions = rowsOfCoach(data.sessions, coach);
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
