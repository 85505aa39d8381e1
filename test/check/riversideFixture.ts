/**
 * A practice's own workbook, laid out nothing like the template: a team sheet with a title
 * and a blank row above its header (row 3), a blank row between coaches, hours a week
 * instead of WTE, text dates in two formats, extra columns, a totals row; an hours log, a
 * caseload with its header on row 2, and a supervision log. Checked as of 2026-03-20.
 */
import { columnLetter, type CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

export const AS_OF = '2026-03-20';

export const TEAM = 'HWBC team';
export const TEAM_HEADERS = [
  'Staff ID',
  'HWBC',
  'Hours per week',
  'Total hours',
  'Start date',
  'PCI training date',
  'Induction completed',
  'Mandatory training',
  'Last LM',
  'Last clinical supervision',
  'Last HCS',
  'Coaching supervisor',
  'Evidenced tier',
  'Tier 2 sign-off',
  'Phone',
];

export const HOURS = 'Sessions 2026';
export const HOURS_HEADERS = [
  'Date',
  'HWBC',
  'Client ref',
  'Duration (mins)',
  'Attended?',
  'NHS (Y/N)',
  'Session type',
];

export const CLIENTS = 'Clients';
export const CLIENT_HEADERS = ['Client ID', 'Coach', 'Status', 'Sessions', 'Last review', 'Sessions since last review'];

export const SUPERVISION = 'Supervision';
export const SUPERVISION_HEADERS = ['Date', 'Coach', 'Type', 'Supervisor', 'Format', 'Minutes'];

/** The column letter of a header in a list (the sheets start in column A). */
export const col = (headers: readonly string[], header: string): string => columnLetter(headers.indexOf(header));

const team: CellValue[][] = [
  ['Riverside PCN – health and wellbeing coaches'],
  [],
  TEAM_HEADERS,
  [],
  // Row 5: full time, Tier 1; clinical supervision last 1 Dec 2025, so due 1 Mar 2026.
  [
    'S01',
    'Sam Jones',
    37.5,
    120,
    '01/09/2025',
    '10/10/2025',
    '2025-09-15',
    'Yes',
    '2026-03-01',
    '2025-12-01',
    '2026-02-20',
    'Ali Khan',
    null,
    null,
    '01632 960001',
  ],
  // Row 6: 30 hours a week is WTE 0.8, so clinical supervision is due every 3 months, window at 2.
  [
    'S02',
    'Ali Khan',
    30,
    640,
    '2019-04-01',
    '2019-05-01',
    '2019-04-20',
    'Yes',
    '2026-03-10',
    '2026-01-05',
    '2026-03-02',
    null,
    3,
    'J. Brown, Northside PCN',
    '01632 960002',
  ],
  [],
  // Row 8: bad hours and start date, induction and mandatory training missing, Tier 2 unsigned.
  ['S03', 'Pat Lee', null, '12h', 'soon', '2025-01-10', null, 'No', null, null, null, 'Ali Khan', 2, null, null],
  [null, 'Total', null, 760],
];

const session = (
  date: string,
  coach: string,
  client: string,
  minutes: number,
  attended = 'Yes',
  nhs = 'Y',
  kind = 'Follow-up',
) => [date, coach, client, minutes, attended, nhs, kind];

/** Ali's 48 NHS sessions of 50 minutes in the last 12 months (40 hours), one a week, two a day. */
const aliSessions = Array.from({ length: 24 }, (_, week) => {
  const d = new Date(Date.UTC(2025, 4, 1 + week * 7)).toISOString().slice(0, 10);
  return [session(d, 'Ali Khan', `C-2${week}a`, 50), session(d, 'Ali Khan', `C-2${week}b`, 50)];
}).flat();

const hours: CellValue[][] = [
  HOURS_HEADERS,
  // Rows 2–7: six attended sessions on 4 March.
  ...Array.from({ length: 6 }, (_, i) => session('2026-03-04', 'Sam Jones', `C-010${i}`, 50)),
  [],
  // Rows 9–14: five attended and one did-not-attend on 5 March: at the limit, not over.
  ...Array.from({ length: 5 }, (_, i) => session('05/03/2026', 'Sam Jones', `C-011${i}`, 50)),
  session('05/03/2026', 'Sam Jones', 'C-0116', 50, 'DNA'),
  // Rows 15–17: a name and a valid NHS number where a client reference belongs; an invalid number.
  session('06/03/2026', 'Sam Jones', 'Jane Smith', 50),
  session('06/03/2026', 'Sam Jones', '943 476 5919', 50),
  session('06/03/2026', 'Sam Jones', '943 476 5918', 50),
  // Row 18: no such day.
  session('31/02/2026', 'Sam Jones', 'C-0120', 50),
  // Rows 19–20: a coach on no team sheet, twice.
  session('2026-03-09', 'Chris Doe', 'C-0900', 50),
  session('2026-03-10', 'Chris Doe', 'C-0901', 50),
  // Rows 21–22: Ali's time that is not NHS coaching: private work and supervision received.
  session('2026-03-11', 'Ali Khan', 'C-0950', 600, 'Yes', 'N'),
  session('2026-03-12', 'Ali Khan', '', 600, 'Yes', 'Y', 'Supervision'),
  ...aliSessions,
];

const clients: CellValue[][] = [
  ['Caseload at 20 March 2026'],
  CLIENT_HEADERS,
  ['C-0101', 'Sam Jones', 'Active', 8, '2026-01-10', 6],
  ['C-0102', 'Sam Jones', 'Active', 5, null, 5],
  ['C-0103', 'Sam Jones', 'Discharged', 12, null, 12],
  ['C-0201', 'S03', 'Active', 3, null, 3],
  ['Mrs Patel', 'Ali Khan', 'Active', 7, '2025-12-01', 7],
];

const supervision: CellValue[][] = [
  SUPERVISION_HEADERS,
  ['2026-02-25', 'Sam Jones', 'HCS', 'Ali Khan', '1:1', 30],
  ['2026-03-10', 'Ali Khan', 'Line management', 'Director', '1:1', 60],
  ['2026-03-01', 'Pat Lee', 'Clinical', 'Dr Green', 'Group', 90],
  // Planned, after the as-of date: not a last session yet.
  ['2026-04-01', 'Sam Jones', 'Line', 'Director', '1:1', 60],
];

/**
 * The Riverside workbook, fresh each time.
 *
 * @example
 * const wb = riverside(); await checkWorkbook(wb, { asOf: AS_OF });
 */
export function riverside(today = AS_OF): MemoryWorkbook {
  return MemoryWorkbook.withSheets(today, {
    [TEAM]: team,
    [HOURS]: hours,
    [CLIENTS]: clients,
    [SUPERVISION]: supervision,
  });
}
