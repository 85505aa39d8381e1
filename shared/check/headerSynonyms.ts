/**
 * What each column of a practice's own sheets may be called, as data. One spelling per
 * meaning is enough: matching ignores case, punctuation, plurals and small typing slips
 * (headerText.ts), and scores partial matches ("PCI training date" for "PCI training").
 * Fields marked `computed` are recognised so that, say, "Hours to next tier" is never taken
 * for the hours column, but the check works them out itself rather than reading them.
 */
import { SUPERVISION_LABELS, SupervisionType } from '../rules/supervisionType';
import type { SheetKind } from './types';

/**
 * One field and the headers that mean it.
 *
 * @example
 * const wte: FieldSynonyms = { field: 'wte', synonyms: ['wte', 'fte'] };
 */
export interface FieldSynonyms {
  field: string;
  synonyms: readonly string[];
  /** How strongly the field says "this is that kind of sheet" (default 1). */
  weight?: number;
  /** A column the template computes; recognised, never read. */
  computed?: boolean;
}

/**
 * A supervision type's three coach columns: last date (read), due date and status (the
 * template works them out). The template heads them with SUPERVISION_LABELS ("Clinical
 * last"); practices write "Last CS" or "Last clinical supervision".
 */
function supervisionColumns(type: SupervisionType, suffix: string, words: readonly string[]): FieldSynonyms[] {
  const label = SUPERVISION_LABELS[type].toLowerCase();
  const all = [label, ...words];
  return [
    {
      field: `last${suffix}`,
      synonyms: [`${label} last`, ...all.flatMap((w) => [`last ${w}`, `${w} last`]), words[0]],
    },
    { field: `due${suffix}`, synonyms: all.flatMap((w) => [`${w} due`, `next ${w}`, `${w} due date`]), computed: true },
    { field: `status${suffix}`, synonyms: all.map((w) => `${w} status`), computed: true },
  ];
}

const COACH = ['coach', 'coach id', 'coach name', 'hwbc', 'health coach', 'staff', 'staff member', 'name'];
const DATE = ['date', 'session date', 'date of session', 'when'];
const MINUTES = ['minutes', 'duration minutes', 'mins', 'length minutes', 'duration', 'time spent minutes'];
const HOURS = ['hours', 'duration hours', 'hrs', 'time spent hours'];
const CLIENT = ['client reference', 'client ref', 'client', 'client id', 'patient', 'patient id', 'pseudonym'];
const NOTES = ['notes', 'comments', 'note'];

/**
 * Every field of every kind of sheet, with its synonyms.
 *
 * @example
 * SHEET_FIELDS.coaches.find((f) => f.field === 'lastClinical')?.synonyms; // ['clinical last', 'last clinical', …]
 */
export const SHEET_FIELDS: Readonly<Record<SheetKind, readonly FieldSynonyms[]>> = {
  coaches: [
    { field: 'id', synonyms: ['id', 'coach id', 'staff id', 'employee number', 'staff number', 'ref'] },
    { field: 'name', synonyms: ['name', 'coach', 'coach name', 'hwbc', 'health coach', 'full name', 'staff name'] },
    { field: 'organisation', synonyms: ['organisation', 'organization', 'pcn', 'practice', 'employer'] },
    { field: 'startDate', synonyms: ['start date', 'started', 'date started', 'start', 'date joined', 'joined'] },
    { field: 'wte', synonyms: ['wte', 'fte', 'whole time equivalent', 'full time equivalent'] },
    { field: 'hoursPerWeek', synonyms: ['hours per week', 'weekly hours', 'hours a week', 'hrs pw', 'hours pw'] },
    { field: 'pci', synonyms: ['pci training', 'pci training completed', 'pci', 'pci trained', 'pci date'] },
    { field: 'induction', synonyms: ['induction', 'induction completed', 'setting induction', 'induction date'] },
    {
      field: 'mandatory',
      synonyms: ['mandatory training', 'mandatory training complete', 'stat and mand', 'statutory and mandatory'],
    },
    { field: 'priorHours', synonyms: ['prior nhs coaching hours', 'prior hours', 'hours before joining'] },
    {
      field: 'hours',
      synonyms: ['nhs coaching hours', 'total hours', 'nhs hours', 'hours to date', 'coaching hours', 'hours'],
    },
    { field: 'evidencedTier', synonyms: ['evidenced tier', 'tier evidenced', 'agreed tier', 'evidence tier'] },
    { field: 'claimedTier', synonyms: ['tier', 'current tier', 'tier of practice', 'claimed tier'] },
    { field: 'tierWords', synonyms: ['tier in words'], computed: true },
    // Tier 2 needs sign-off by a supervisor from outside the coach's organisation (§8.2.1):
    // who signed off, and when. The template heads them "Tier 2 sign-off by" and "… date".
    {
      field: 'tier2SignOff',
      synonyms: [
        'tier 2 sign off by',
        'tier 2 sign off',
        'tier 2 signed off by',
        'tier 2 approved by',
        'tier 2 approval',
        'independent sign off',
        'independent sign off by',
        't2 sign off',
        't2 sign off by',
        't2 approved by',
        'sign off',
      ],
    },
    {
      field: 'tier2SignOffOrganisation',
      synonyms: [
        'tier 2 sign off organisation',
        'tier 2 signer organisation',
        'sign off organisation',
        'signer organisation',
        'signers organisation',
        'tier 2 sign off organization',
        't2 sign off organisation',
        'independent sign off organisation',
      ],
    },
    {
      field: 'tier2SignOffDate',
      synonyms: [
        'tier 2 sign off date',
        'tier 2 signed off on',
        'date of tier 2 sign off',
        'tier 2 approved on',
        'tier 2 approval date',
        'independent sign off date',
        't2 sign off date',
        'sign off date',
      ],
    },
    { field: 'lineManager', synonyms: ['line manager', 'manager'] },
    { field: 'clinicalSupervisor', synonyms: ['clinical supervisor', 'cs supervisor'] },
    {
      field: 'coachingSupervisor',
      synonyms: ['coaching supervisor', 'health coaching supervisor', 'hcs supervisor', 'supervisor'],
    },
    ...supervisionColumns('line', 'Line', ['line management', 'lm']),
    ...supervisionColumns('clinical', 'Clinical', ['clinical supervision', 'cs']),
    ...supervisionColumns('coaching', 'Coaching', ['coaching supervision', 'health coaching supervision', 'hcs']),
    { field: 'supervisorTier', synonyms: ['supervisor tier', 'coaching supervisor tier'] },
    { field: 'supervisorHours', synonyms: ['supervisor caseload hours', 'supervisor hours last 12 months'] },
    { field: 'ready', synonyms: ['ready for referrals', 'ready'], computed: true },
    { field: 'hoursToNextTier', synonyms: ['hours to next tier', 'hours to go'], computed: true },
  ],
  hoursLog: [
    { field: 'date', synonyms: DATE },
    { field: 'coach', synonyms: COACH },
    { field: 'client', synonyms: CLIENT, weight: 1.5 },
    { field: 'minutes', synonyms: MINUTES },
    { field: 'hours', synonyms: HOURS },
    { field: 'kind', synonyms: ['kind', 'session type', 'type', 'activity', 'session kind'] },
    { field: 'attendance', synonyms: ['attendance', 'attended', 'did attend', 'dna'], weight: 2 },
    { field: 'nhs', synonyms: ['nhs', 'nhs funded', 'nhs session', 'nhs activity'], weight: 2 },
    { field: 'supervised', synonyms: ['supervised', 'observed'] },
    { field: 'notes', synonyms: NOTES, weight: 0.5 },
  ],
  caseload: [
    { field: 'client', synonyms: CLIENT, weight: 1.5 },
    { field: 'coach', synonyms: COACH },
    { field: 'referralDate', synonyms: ['referral date', 'date referred', 'referred'], weight: 2 },
    { field: 'referralSource', synonyms: ['referral source', 'referred by', 'source'], weight: 2 },
    { field: 'status', synonyms: ['status', 'client status', 'open closed'] },
    { field: 'firstSession', synonyms: ['first session', 'first seen', 'date first seen'] },
    { field: 'sessions', synonyms: ['sessions', 'number of sessions', 'sessions attended', 'session count'] },
    { field: 'lastReview', synonyms: ['last review', 'last reviewed', 'review date', 'date of last review'] },
    { field: 'sinceReview', synonyms: ['sessions since review', 'sessions since last review'], weight: 2 },
    { field: 'reviewDue', synonyms: ['review due'], computed: true },
    { field: 'outcome', synonyms: ['outcome measure', 'measure', 'outcome tool'] },
    { field: 'startScore', synonyms: ['start score', 'baseline score', 'first score'] },
    { field: 'latestScore', synonyms: ['latest score', 'last score', 'current score'] },
    { field: 'snomed', synonyms: ['snomed ct', 'snomed', 'snomed code'] },
    { field: 'notes', synonyms: NOTES, weight: 0.5 },
  ],
  supervisionLog: [
    { field: 'date', synonyms: DATE },
    { field: 'coach', synonyms: COACH },
    { field: 'type', synonyms: ['type', 'supervision type', 'kind', 'type of supervision'] },
    { field: 'supervisor', synonyms: ['supervisor', 'supervised by', 'supervisor name', 'with'], weight: 2 },
    { field: 'format', synonyms: ['format', 'individual or group', 'one to one or group', 'group'], weight: 2 },
    { field: 'minutes', synonyms: MINUTES },
    { field: 'hours', synonyms: HOURS },
    { field: 'notes', synonyms: NOTES, weight: 0.5 },
  ],
  evidenceLog: [
    { field: 'date', synonyms: DATE },
    { field: 'coach', synonyms: COACH },
    { field: 'code', synonyms: ['competency code', 'competency', 'code', 'competency ref'], weight: 3 },
    { field: 'text', synonyms: ['competency text', 'competency description'], computed: true },
    { field: 'evidenceType', synonyms: ['evidence type', 'type of evidence', 'evidence'], weight: 2 },
    { field: 'description', synonyms: ['description', 'details', 'what'] },
    { field: 'reviewedBy', synonyms: ['reviewed by', 'signed off by', 'supervisor', 'assessor'], weight: 2 },
    { field: 'reviewedOn', synonyms: ['reviewed on', 'date reviewed', 'review date', 'signed off on'], weight: 2 },
  ],
  training: [
    { field: 'coach', synonyms: COACH },
    { field: 'checklist', synonyms: ['checklist', 'category', 'training type'] },
    { field: 'item', synonyms: ['item', 'training', 'course', 'training item', 'checklist item'], weight: 2 },
    { field: 'required', synonyms: ['required', 'mandatory', 'needed'], weight: 1.5 },
    { field: 'completedOn', synonyms: ['completed on', 'completed', 'date completed', 'completion date'], weight: 2 },
    { field: 'notes', synonyms: NOTES, weight: 0.5 },
  ],
};
