/**
 * Every word of the Tier sign-off pack, in one place so the wording stays plain and can be
 * reviewed by someone who is not a programmer.
 */
import { counted, showDate } from '../check/messages';
import type { IsoDate } from '../values/dates/calendarDate';

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The pack's words.
 *
 * @example
 * PACK_TEXT.title('Amira Khan', 'HWBC-001', 2); // 'Tier 2 sign-off pack: Amira Khan (HWBC-001)'
 */
export const PACK_TEXT = {
  headers: ['Section', 'Item', 'Detail', 'Date', 'Status'],
  title: (name: string, id: string | null, tier: number) =>
    `Tier ${tier} sign-off pack: ${name}${id ? ` (${id})` : ''}`,
  about: 'About',
  coach: 'Coach',
  organisation: 'Organisation',
  asOf: 'As of',
  tierNow: 'Tier now',
  tierNowDetail: (tier: number | null, hours: number | null) =>
    tier === null
      ? 'Not worked out: no NHS coaching hours recorded'
      : `Tier ${tier}, ${counted(hours ?? 0, 'NHS coaching hour', undefined, num)}`,
  signOffFor: 'Sign-off asked for',
  signOffForDetail: (tier: number) =>
    tier === 2
      ? 'Tier 2: approved by a supervisor independent of the coach’s own organisation (framework §8.2.1)'
      : `Tier ${tier}: evidence of competency agreed with the supervisor (framework §8.2)`,
  hours: 'Hours by month',
  nhsHours: 'NHS coaching hours',
  prior: 'Before the hours log',
  priorDetail: 'Prior NHS coaching hours',
  total: 'Total',
  supervision: 'Supervision (last 12 months)',
  sessions: (all: number, individual: number, group: number, hours: number) =>
    `${counted(all, 'session')} (${individual} individual, ${group} group), ${counted(hours, 'hour', undefined, num)}`,
  training: 'Training and renewals',
  trainingDetail: (completed: IsoDate | null, done: boolean, expires: IsoDate | null) =>
    !done
      ? 'Not completed'
      : `${completed ? `Completed ${showDate(completed)}` : 'Completed'}${expires ? `; expires ${showDate(expires)}` : '; does not lapse'}`,
  expiresOn: (d: IsoDate) => `Expires ${showDate(d)}`,
  outstanding: 'Outstanding',
  notRequired: 'Not required',
  competencies: (tier: number) => `Competencies for Tier ${tier}`,
  evidence: (type: string | null, by: string, on: IsoDate | null) =>
    `${type ?? 'Evidence'}, reviewed by ${by}${on ? ` on ${showDate(on)}` : ''}`,
  noEvidence: (unreviewed: number) =>
    unreviewed === 0
      ? 'No evidence recorded'
      : `No reviewed evidence (${counted(unreviewed, 'entry', 'entries')} not yet reviewed by a supervisor)`,
  gap: 'Gap',
  evidenced: 'Evidenced',
  signOff: 'Sign-off',
  signOffRows: ['Independent supervisor’s name', 'Their organisation', 'Date', 'Signature', 'Tier agreed'],
  signOffNote: 'To be completed by the supervisor who agrees the evidence.',
  sheetName: (id: string) => `Sign-off ${id}`,
  noCoach: (wanted: string, known: readonly string[]) =>
    `No coach "${wanted}" was found on the coaches sheet${known.length > 0 ? `; the coaches are: ${known.join(', ')}` : ''}.`,
} as const;
