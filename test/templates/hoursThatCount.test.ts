/**
 * Hours that count, on the template sheets themselves (recalculated by LibreOffice): the
 * Coaches hours, the Hours log's sessions that day and the Caseload's sessions take a blank
 * attendance as attended and a blank NHS cell as NHS, leave out undated rows and rows after
 * the as-of date, and agree with hoursLogRowCounts row for row.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { attendanceCounts, hoursLogRowCounts } from '../../shared/rules/tiers/hoursThatCount';
import * as T from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import type { SampleTeam } from '../../shared/templates/sample/sampleTeam';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculate, type RecalculatedWorkbook } from '../support/libreoffice';
import { closeTo } from './caseSheet';

const AS_OF = '2026-03-20';
const DAY = '2026-03-02';
/** One coach's log: [date, attendance, NHS, minutes]; all on DAY but the undated and late ones. */
const LOG: [string | null, string | null, string | null, number][] = [
  [DAY, 'Attended', 'Yes', 60],
  [DAY, null, null, 45],
  [DAY, null, 'Yes', 30],
  [DAY, 'Attended', null, 50],
  [DAY, 'Did not attend', 'Yes', 60],
  [DAY, 'Cancelled', null, 60],
  [DAY, 'Attended', 'No', 90],
  [null, 'Attended', 'Yes', 120],
  ['2026-03-25', 'Attended', 'Yes', 240],
];
const PRIOR = 10;

let book: RecalculatedWorkbook;
const cellOf = (sheet: string, columns: readonly { key: string }[], row: number, key: string) =>
  book[sheet][row]?.[columnIndex(columns as never, key)] ?? '';

beforeAll(async () => {
  const team: SampleTeam = {
    settings: { asOf: { date: AS_OF } },
    rows: {
      Coaches: [{ id: 'HWBC-1', name: 'Test Coach', startDate: { date: '2025-01-06' }, priorHours: PRIOR }],
      'Hours log': LOG.map(([date, attendance, nhs, minutes]) => ({
        date: date === null ? null : { date },
        coach: 'HWBC-1',
        client: 'C-0001',
        minutes,
        kind: 'Follow-up 1:1',
        attendance,
        nhs,
      })),
      Caseload: [{ client: 'C-0001', coach: 'HWBC-1' }],
    },
  };
  const wb = new XlsxWorkbook({ today: AS_OF });
  // As "Create template sheets" makes them: the sheets, then the cells that read later sheets.
  await T.addTemplateSheets(wb, T.CREATION_ORDER, team);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-hours-'));
  try {
    await wb.save(path.join(dir, 'hours.xlsx'));
    book = await recalculate(path.join(dir, 'hours.xlsx'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120000);

describe('hours that count on the template sheets', () => {
  it('Coaches adds prior hours to the log rows hoursLogRowCounts accepts', () => {
    const counted = LOG.filter(([date, attendance, nhs]) => hoursLogRowCounts({ date, attendance, nhs }, AS_OF));
    // Attended/Yes, both blanks, blank attendance, blank NHS: 60 + 45 + 30 + 50 minutes.
    expect(counted.length).toBe(4);
    const expected = PRIOR + counted.reduce((sum, [, , , minutes]) => sum + minutes / 60, 0);
    expect(closeTo(cellOf('Coaches', T.COACHES_COLUMNS, 1, 'hours'), expected)).toBe(true);
  });

  it('counts blank attendance as attended for the day load and the client sessions', () => {
    const attended = LOG.filter(([date, attendance]) => date === DAY && attendanceCounts(attendance)).length;
    expect(attended).toBe(5);
    expect(cellOf('Hours log', T.HOURS_LOG_COLUMNS, 1, 'sessionsThatDay')).toBe(String(attended));
    expect(cellOf('Hours log', T.HOURS_LOG_COLUMNS, 1, 'dayLoad')).toBe('At limit');
    const sessions = LOG.filter(([, attendance]) => attendanceCounts(attendance)).length;
    expect(cellOf('Caseload', T.CASELOAD_COLUMNS, 1, 'sessions')).toBe(String(sessions));
  });
});
