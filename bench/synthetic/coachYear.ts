/**
 * A PCN's workbooks for the bench: each coach's own workbook (the template sheets, as New hire
 * makes them) holding a year of their logs, about three sessions a weekday, so `hwbc check`
 * over a folder of them is timed on what a PCN keeps after a year.
 */
import * as fs from 'fs';
import * as path from 'path';
import { seededRandom } from '../../shared/templates/sample/random';
import type { SampleTeam } from '../../shared/templates/sample/sampleTeam';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { coachRows, type SyntheticCoach } from './coaches';
import { clientRef } from './people';
import { evidenceRows, supervisionRows } from './records';
import { caseloadRows, hoursLogRows, weekdaysBefore } from './sessions';
import { createTemplateSheets } from './workbook';

/** A year of one coach's logs: sessions, clients, supervision sessions and evidence entries. */
const YEAR = { sessions: 780, clients: 130, supervision: 30, evidence: 24 } as const;

/**
 * Coach number `n`'s own workbook as a SampleTeam of template rows.
 *
 * @example
 * coachYear(7, '2026-03-20').rows['Hours log'].length; // 780
 */
export function coachYear(n: number, today: IsoDate): SampleTeam {
  const rnd = seededRandom(19480705 + n);
  const [row] = coachRows([{ id: '', start: today, wte: 1, sessions: 0 }], rnd);
  const coach: SyntheticCoach = {
    id: `HWBC-${String(n + 1).padStart(4, '0')}`,
    start: '2024-01-08',
    wte: 1,
    sessions: YEAR.sessions,
  };
  const clients = Array.from({ length: YEAR.clients }, (_, i) => clientRef(n * YEAR.clients + i + 1));
  const sessions = hoursLogRows(coach, clients, weekdaysBefore(today, 365), rnd);
  return {
    settings: { organisation: 'Synthetic PCN' },
    rows: {
      Coaches: [{ ...row, id: coach.id, name: `Coach ${n + 1}`, startDate: { date: coach.start } }],
      'Hours log': sessions,
      Caseload: caseloadRows(coach.id, clients, sessions, today, rnd),
      'Supervision log': supervisionRows(coach, YEAR.supervision, today, rnd),
      'Evidence log': evidenceRows(coach, YEAR.evidence, today, rnd),
    },
  };
}

/**
 * Writes `count` coaches' own workbooks into `folder` (coach-0001.xlsx, …); returns the files.
 *
 * @example
 * await writeCoachYears('/tmp/pcn', 200, '2026-03-20'); // ['/tmp/pcn/coach-0001.xlsx', …]
 */
export async function writeCoachYears(folder: string, count: number, today: IsoDate): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const wb = new XlsxWorkbook({ today });
    await createTemplateSheets(wb, coachYear(n, today));
    const file = path.join(folder, `coach-${String(n + 1).padStart(4, '0')}.xlsx`);
    await wb.save(file);
    files.push(file);
  }
  return files;
}
