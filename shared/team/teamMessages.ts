/**
 * Every sentence the PCN view (hwbc check over many workbooks, the overview page, the team
 * report) shows a practice manager, in one place, in plain words.
 */
import { COACH_STATUS_HEADERS, counted } from '../check/messages';

/**
 * The PCN view's words.
 *
 * @example
 * TEAM_TEXT.nothingRecognised('notes.csv'); // '"notes.csv" was read, but no coaches or logs were recognised in it: …'
 */
export const TEAM_TEXT = {
  nothingRecognised: (file: string) =>
    `"${file}" was read, but no coaches or logs were recognised in it: it may not be a workbook of health and wellbeing coaches. It was left out.`,
  sameCoach: (id: string, coach: string, otherFile: string, otherCell: string) =>
    `Coach ID "${id}" (${coach}) is also in ${otherFile} (${otherCell}): the same coach is listed in two workbooks, so their sessions and hours are counted twice across the PCN. Keep each coach in one workbook, or give them their own ID.`,
  asOfDiffers: (dates: string) =>
    `The workbooks were checked as of different dates (${dates}), each by its own Settings sheet: give one date with --as-of to compare them on the same day.`,
  title: (files: number, asOf: string) => `HWBC check of ${counted(files, 'workbook', 'workbooks')}, as of ${asOf}`,
  filesRead: (read: number, problems: number) =>
    `${counted(read, 'workbook', 'workbooks')} read` +
    (problems > 0 ? `, ${counted(problems, 'workbook', 'workbooks')} not read or not recognised` : ''),
  reportTitle: 'HWBC PCN report',
  reportNote:
    'Made by the HWBC Toolkit from the workbooks listed below, on this computer: nothing was sent anywhere. Change the workbooks, not this report, and check again.',
  sheets: { summary: 'PCN summary', coaches: 'Coaches', findings: 'Findings', monthly: 'Monthly summary' },
  headers: {
    files: ['Workbook', 'Coaches', 'Problem'],
    coaches: [
      'Workbook',
      'Coach',
      'Coach ID',
      ...COACH_STATUS_HEADERS,
      'Health coaching supervision',
      'Due',
      'RAG',
      'To act on',
      'Warnings',
      'Notes',
    ],
    findings: ['Workbook', 'Severity', 'Coach', 'Cell', 'Rule', 'Message'],
    monthly: [
      'Workbook',
      'Month',
      'Coach',
      'Coach ID',
      'Sessions',
      'NHS coaching hours',
      'Clients',
      'New referrals',
      'Did-not-attend rate',
      'Line management 1:1',
      'Line management group',
      'Clinical 1:1',
      'Clinical group',
      'Health coaching 1:1',
      'Health coaching group',
    ],
    tiers: ['Tier', 'Coaches'],
    status: ['Supervision', 'OK', 'Due soon', 'Overdue', 'Not known'],
    months: [
      'Month',
      'Sessions',
      'NHS coaching hours',
      'Clients',
      'New referrals',
      'Did-not-attend rate',
      'Supervision sessions',
    ],
  },
  tierUnknown: 'Not known',
};
