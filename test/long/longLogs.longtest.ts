/**
 * Logs without a row limit: 50,000 Hours log rows and 5,000 Supervision log rows, far past the
 * rows the template fills with formulas, written into the template workbook and recalculated by
 * LibreOffice. The Coaches sheet's hours, tier and last supervision dates must equal what the
 * rules core works out from the same rows. Slow (one LibreOffice run over a large file), so it
 * runs with `npm run test:long`, not with `npm test`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hoursLogRowCounts } from '../../shared/rules/tiers/hoursThatCount';
import { isGroupSession } from '../../shared/rules/supervision/supervisionFormat';
import { parseSupervisionType } from '../../shared/rules/supervision/supervisionType';
import { tierInWorkbook } from '../../shared/rules/tiers/tierInWorkbook';
import { seededRandom } from '../../shared/templates/sample/random';
import * as T from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import { addDays } from '../../shared/values/dates/calendarDate';
import { serialToIso } from '../../shared/values/dates/excelSerial';
import type { WriteValue } from '../../shared/workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculate, type RecalculatedWorkbook } from '../support/libreoffice';

const AS_OF = '2026-03-20';
const COACHES = ['LONG-1', 'LONG-2', 'LONG-3', 'LONG-4', 'LONG-5'];
const HOURS_ROWS = 50000;
const SUPERVISION_ROWS = 5000;
const rnd = seededRandom(20260320);
const pick = <T>(list: readonly T[]): T => rnd.pick(list);
const dayIn = () => addDays(AS_OF, rnd.int(-700, 20));

const hours = Array.from({ length: HOURS_ROWS }, () => ({
  date: dayIn(),
  coach: pick(COACHES),
  minutes: rnd.int(1, 12) * 5,
  attendance: pick([null, 'Attended', 'Did not attend', 'Cancelled']),
  nhs: pick([null, 'Yes', 'No']),
}));
const supervision = Array.from({ length: SUPERVISION_ROWS }, () => ({
  date: dayIn(),
  coach: pick(COACHES),
  type: pick(['Line management', 'Clinical', 'Health coaching', 'LM', 'hcs', 'cs']),
  format: pick([null, '1:1', 'Group']),
}));

let book: RecalculatedWorkbook;

beforeAll(async () => {
  const wb = new XlsxWorkbook({ today: AS_OF });
  await T.createTemplates(wb, {});
  const settingsAsOf = columnIndex(T.SETTINGS_COLUMNS, 'asOf');
  await wb.write('Settings', { row: 1, col: settingsAsOf }, [[{ date: AS_OF }]]);
  // Each row from column A to the last typed column used; a formula column between them (the
  // log's own Hours) is left blank on every row, as the Coaches sheet must not need it.
  const block = (columns: readonly { key: string }[], last: string, values: Record<string, unknown>) =>
    columns.slice(0, columnIndex(columns as never, last) + 1).map((c): WriteValue => {
      const v = values[c.key];
      if (v === undefined || v === null) return null;
      return c.key === 'date' || c.key === 'startDate' ? { date: String(v) } : (v as WriteValue);
    });
  const coachRows = COACHES.map((id, i) =>
    block(T.COACH_INPUT_COLUMNS, 'evidencedTier', {
      id,
      name: `Coach ${i + 1}`,
      startDate: '2024-01-01',
      evidencedTier: i,
    }),
  );
  await wb.write('Coaches', { row: 1, col: 0 }, coachRows);
  await wb.write(
    'Hours log',
    { row: 1, col: 0 },
    hours.map((h) => block(T.HOURS_LOG_COLUMNS, 'nhs', h)),
  );
  await wb.write(
    'Supervision log',
    { row: 1, col: 0 },
    supervision.map((s) => block(T.SUPERVISION_LOG_COLUMNS, 'format', s)),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-long-'));
  try {
    const file = path.join(dir, 'long.xlsx');
    await wb.save(file);
    book = await recalculate(file, 1100000, true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 1200000);

describe('logs without a row limit (LibreOffice, 50,000 Hours log rows)', () => {
  it('counts every Hours log row in the Coaches hours and tier, as the rules core does', () => {
    COACHES.forEach((id, i) => {
      const expected = hours
        .filter((h) => h.coach === id && hoursLogRowCounts(h, AS_OF))
        .reduce((sum, h) => sum + h.minutes / 60, 0);
      const got = (key: string) => book['Coaches'][i + 1][columnIndex(T.COACHES_COLUMNS, key)];
      expect({ id, hours: Math.abs(Number(got('hours')) - expected) < 1e-6 }).toEqual({ id, hours: true });
      // No PCI training line on Training: Working towards Tier 1, whatever the hours.
      expect({ id, tier: got('claimedTier') }).toEqual({ id, tier: String(tierInWorkbook(expected, false, i).tier) });
    });
  });

  it('finds the last session of each type among every Supervision log row', () => {
    COACHES.forEach((id, i) => {
      for (const [type, key] of [
        ['line', 'lastLine'],
        ['clinical', 'lastClinical'],
        ['coaching', 'lastCoaching'],
      ] as const) {
        const dates = supervision
          .filter((s) => s.coach === id && s.date <= AS_OF && parseSupervisionType(s.type) === type)
          .filter((s) => type !== 'coaching' || !isGroupSession(s.format, s.type))
          .map((s) => s.date)
          .sort();
        const cellValue = book['Coaches'][i + 1][columnIndex(T.COACHES_COLUMNS, key)];
        const got = /^\d+$/.test(cellValue) ? serialToIso(Number(cellValue)) : cellValue;
        expect({ id, type, got }).toEqual({ id, type, got: dates[dates.length - 1] });
      }
    });
  });
});
