/**
 * The demonstration team as rows for every template sheet, so a newcomer opening
 * `hwbc template --sample` sees each formula at work. Deterministic: the same day gives the
 * same workbook; all dates are relative to the host's today.
 */
import { addMonths, type IsoDate } from '../../values/dates/calendarDate';
import type { RowValues } from '../sheetLayout';
import { seededRandom } from './random';
import { caseloadRows } from './sampleCaseload';
import { SAMPLE_COACHES, SAMPLE_ORGANISATION } from './sampleCoaches';
import { cpdRows, developmentCells, renewedTraining } from './sampleDevelopment';
import { evidenceRows, trainingRows } from './sampleEvidence';
import { coachSessions, hoursLogRows, type SampleSession } from './sampleSessions';
import { supervisionRows, supervisorsOf } from './sampleSupervision';

/** Rows for each template sheet, by sheet name; Settings is the user's own row. */
export interface SampleTeam {
  settings: RowValues;
  rows: Record<string, RowValues[]>;
}

/** The seed: the framework's publication date, 31 January 2023. */
const SEED = 20230131;

/**
 * The demonstration team for a given today.
 *
 * @example
 * sampleTeam('2026-03-20').rows['Coaches'].length; // 7
 */
export function sampleTeam(today: IsoDate): SampleTeam {
  const rnd = seededRandom(SEED);
  const starts = SAMPLE_COACHES.map((c) => addMonths(today, -c.startedMonthsAgo));
  const sessions: SampleSession[] = [];
  const clientLists: { coach: string; clients: string[] }[] = [];
  let nextClient = 1;
  SAMPLE_COACHES.forEach((coach, i) => {
    const made = coachSessions(coach, starts[i], today, nextClient, rnd);
    nextClient += made.clients.length;
    // The first three coaches also have a client waiting for a first session.
    const waiting = i < 3 ? [`C-${String(nextClient++).padStart(4, '0')}`] : [];
    sessions.push(...made.sessions);
    clientLists.push({ coach: coach.id, clients: [...made.clients, ...waiting] });
  });
  const coaches = SAMPLE_COACHES.map((coach, i): RowValues => {
    const logged = sessions
      .filter((s) => s.coach === coach.id && s.attendance === 'Attended' && s.nhs === 'Yes')
      .reduce((sum, s) => sum + s.minutes / 60, 0);
    const supervisors = supervisorsOf(coach, i);
    return {
      id: coach.id,
      name: coach.name,
      organisation: SAMPLE_ORGANISATION,
      startDate: { date: starts[i] },
      wte: coach.wte,
      priorHours: Math.max(0, Math.ceil(coach.targetHours - logged)),
      lineManager: supervisors.line,
      clinicalSupervisor: supervisors.clinical,
      coachingSupervisor: supervisors.coaching,
      evidencedTier: coach.evidencedTier,
      tier2SignOff: coach.tier2SignOff?.by ?? null,
      tier2SignOffOrganisation: coach.tier2SignOff?.organisation ?? null,
      tier2SignOffDate: coach.tier2SignOff ? { date: addMonths(today, -coach.tier2SignOff.monthsAgo) } : null,
      ...developmentCells(coach, i, starts[i], today),
    };
  });
  return {
    settings: { organisation: SAMPLE_ORGANISATION },
    rows: {
      Coaches: coaches,
      'Hours log': hoursLogRows(sessions),
      'Supervision log': supervisionRows(SAMPLE_COACHES, starts, today, rnd),
      Caseload: caseloadRows(clientLists, sessions, today, rnd),
      'Evidence log': SAMPLE_COACHES.flatMap((c, i) =>
        evidenceRows(c, starts[i], today, supervisorsOf(c, i).coaching, rnd),
      ),
      Training: renewedTraining(
        SAMPLE_COACHES.flatMap((c, i) => trainingRows(c, starts[i], rnd)),
        today,
      ),
      'CPD log': cpdRows(SAMPLE_COACHES, starts, today),
    },
  };
}
