/**
 * The demonstration team: seven coaches chosen so every formula has something to show —
 * Tier 0 to Tier 4, a part-time coach, one without PCI training, a new starter part-way
 * through induction, a coach whose evidence caps their tier, a Tier 2 coach whose independent
 * sign-off is not recorded, and supervision that is OK, due soon and overdue. Names are invented; clients appear only as references like C-0012.
 */

/** One demonstration coach and the story their rows tell. */
export interface SampleCoach {
  id: string;
  name: string;
  /** Months before today that they started. */
  startedMonthsAgo: number;
  wte: number;
  /** NHS coaching hours they should end up with (prior hours make up the rest). */
  targetHours: number;
  pciTrained: boolean;
  evidencedTier: number | null;
  /** Days before today of their last session of each supervision type (null: none yet). */
  lastSupervision: { line: number | null; clinical: number | null; coaching: number | null };
  /** Sessions on the Hours log over the last four months. */
  sessions: number;
  /** Required competencies left without reviewed evidence. */
  evidenceGaps: number;
  /** The new starter has only some of their induction and mandatory training done. */
  trainingDone: 'all' | 'partial' | 'no PCI';
  /**
   * Who approved the step from Tier 1 to Tier 2 (a supervisor from outside the network,
   * framework §8.2.1) and how many months ago; null when nobody has recorded it.
   */
  tier2SignOff: { by: string; organisation: string; monthsAgo: number } | null;
}

/**
 * An invented primary care network.
 *
 * @example
 * SAMPLE_ORGANISATION; // 'Riverside Primary Care Network'
 */
export const SAMPLE_ORGANISATION = 'Riverside Primary Care Network';
/**
 * Invented supervisors for each type.
 *
 * @example
 * SAMPLE_SUPERVISORS.line[0]; // 'Jo Morgan'
 */
export const SAMPLE_SUPERVISORS = {
  line: ['Jo Morgan', 'Priya Shah'],
  clinical: ['Dr Tom Reid (GP)', 'Dr Nia Evans (GP)'],
  coaching: ['Amira Khan', 'Sam Brooks (external)'],
} as const;

/**
 * The seven coaches and what each one shows.
 *
 * @example
 * SAMPLE_COACHES.find((c) => !c.pciTrained)?.id; // 'HWBC-005'
 */
export const SAMPLE_COACHES: readonly SampleCoach[] = [
  // Tier 4, full time, every supervision in date.
  {
    id: 'HWBC-001',
    name: 'Amira Khan',
    startedMonthsAgo: 72,
    wte: 1,
    targetHours: 1085,
    pciTrained: true,
    evidencedTier: 4,
    lastSupervision: { line: 10, clinical: 40, coaching: 12 },
    sessions: 70,
    evidenceGaps: 0,
    trainingDone: 'all',
    tier2SignOff: { by: 'Dr Hannah Cole', organisation: 'Northgate PCN', monthsAgo: 50 },
  },
  // Tier 3 at 0.8 WTE: clinical window open and line management due within the week.
  {
    id: 'HWBC-002',
    name: 'Ben Walsh',
    startedMonthsAgo: 48,
    wte: 0.8,
    targetHours: 640,
    pciTrained: true,
    evidencedTier: 3,
    lastSupervision: { line: 26, clinical: 75, coaching: 18 },
    sessions: 60,
    evidenceGaps: 3,
    trainingDone: 'all',
    tier2SignOff: { by: 'Sam Brooks', organisation: 'Coaching Supervision Partnership', monthsAgo: 30 },
  },
  // Tier 2 with line management and clinical supervision overdue, and no Tier 2 sign-off recorded.
  {
    id: 'HWBC-003',
    name: 'Chloe Davies',
    startedMonthsAgo: 26,
    wte: 1,
    targetHours: 265,
    pciTrained: true,
    evidencedTier: 2,
    lastSupervision: { line: 45, clinical: 100, coaching: 14 },
    sessions: 55,
    evidenceGaps: 8,
    trainingDone: 'all',
    tier2SignOff: null,
  },
  // Tier 1, part time (0.3 WTE: clinical supervision every 10 months), coaching supervision overdue.
  {
    id: 'HWBC-004',
    name: 'Daniel Okoro',
    startedMonthsAgo: 14,
    wte: 0.3,
    targetHours: 72,
    pciTrained: true,
    evidencedTier: null,
    lastSupervision: { line: 8, clinical: 150, coaching: 36 },
    sessions: 24,
    evidenceGaps: 12,
    trainingDone: 'all',
    tier2SignOff: null,
  },
  // 90 hours but no PCI training: Tier 0 and not ready for referrals.
  {
    id: 'HWBC-005',
    name: 'Ellie Martin',
    startedMonthsAgo: 10,
    wte: 1,
    targetHours: 92,
    pciTrained: false,
    evidencedTier: null,
    lastSupervision: { line: 20, clinical: 50, coaching: 22 },
    sessions: 40,
    evidenceGaps: 32,
    trainingDone: 'no PCI',
    tier2SignOff: null,
  },
  // A new starter: Tier 0 by hours, induction under way, no clinical supervision yet.
  {
    id: 'HWBC-006',
    name: 'Femi Adeyemi',
    startedMonthsAgo: 2,
    wte: 1,
    targetHours: 14,
    pciTrained: true,
    evidencedTier: null,
    lastSupervision: { line: 20, clinical: null, coaching: 27 },
    sessions: 16,
    evidenceGaps: 32,
    trainingDone: 'partial',
    tier2SignOff: null,
  },
  // Hours for Tier 2, evidence agreed only for Tier 1: the tier shown is 1.
  {
    id: 'HWBC-007',
    name: 'Grace Liu',
    startedMonthsAgo: 36,
    wte: 0.6,
    targetHours: 330,
    pciTrained: true,
    evidencedTier: 1,
    lastSupervision: { line: 5, clinical: 120, coaching: 9 },
    sessions: 40,
    evidenceGaps: 6,
    trainingDone: 'all',
    tier2SignOff: null,
  },
];
