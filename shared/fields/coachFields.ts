/**
 * The Coaches sheet: one row a coach. Each field once, in the order the check tries them;
 * `COACHES_TEMPLATE_ORDER` is the order of the template's columns.
 */
import { FORMATS } from './commonFields';
import { COACH_DEVELOPMENT_FIELDS } from './coachDevelopmentFields';
import { supervisionFields } from './coachSupervisionFields';
import { COACH_TRAINING_FIELDS, READY_FIELD } from './coachTrainingFields';
import type { FieldDefinition } from './fieldDefinition';

/** Who signs off Tier 2, as both sign-off notes say it. */
const SIGN_OFF_NOTE = "the supervisor, independent of the coach's organisation,";

/**
 * Every field of a coaches sheet.
 *
 * @example
 * COACH_FIELDS.startDate.column?.header; // 'Start date'
 */
export const COACH_FIELDS = {
  id: {
    label: 'Coach ID',
    synonyms: ['id', 'coach id', 'staff id', 'employee number', 'staff number', 'ref'],
    read: 'text',
    column: {
      header: 'Coach ID',
      width: 11,
      note: "The coach's ID, used on every other sheet. Each coach has their own.",
    },
  },
  name: {
    label: 'Name',
    synonyms: ['name', 'coach', 'coach name', 'hwbc', 'health coach', 'full name', 'staff name'],
    read: 'text',
    column: { header: 'Name', width: 20 },
  },
  organisation: {
    label: 'Organisation',
    synonyms: ['organisation', 'organization', 'pcn', 'practice', 'employer'],
    read: 'text',
    column: { header: 'Organisation', width: 20 },
  },
  startDate: {
    label: 'Start date',
    synonyms: ['start date', 'started', 'date started', 'start', 'date joined', 'joined'],
    read: 'date',
    column: {
      header: 'Start date',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Supervision is first due this long after the start date.',
    },
  },
  wte: {
    label: 'WTE (0 to 1)',
    synonyms: ['wte', 'fte', 'whole time equivalent', 'full time equivalent'],
    read: 'number',
    column: {
      header: 'WTE',
      width: 7,
      numberFormat: FORMATS.twoPlaces,
      note: 'Whole-time equivalent, more than 0 and at most 1 (0.6 or 60%); for hours a week divide by 37.5. Blank means full time; anything else makes the due dates say "Check WTE".',
    },
  },
  hoursPerWeek: {
    label: 'Hours per week (÷ 37.5 for WTE)',
    synonyms: ['hours per week', 'weekly hours', 'hours a week', 'hrs pw', 'hours pw'],
    read: 'number',
  },
  ...COACH_TRAINING_FIELDS,
  priorHours: {
    label: 'Prior NHS coaching hours',
    synonyms: ['prior nhs coaching hours', 'prior hours', 'hours before joining'],
    read: 'number',
    column: {
      header: 'Prior NHS coaching hours',
      width: 11,
      numberFormat: FORMATS.hours,
      note: 'NHS coaching hours before this workbook was started; the Hours log adds to them.',
    },
  },
  hours: {
    label: 'NHS coaching hours to date',
    synonyms: ['nhs coaching hours', 'total hours', 'nhs hours', 'hours to date', 'coaching hours', 'hours'],
    read: 'number',
    column: {
      header: 'NHS coaching hours',
      width: 10,
      numberFormat: FORMATS.hours,
      note: 'Worked out: prior hours plus the Hours log rows dated up to the as-of date, except did-not-attend, cancelled and non-NHS ones (a blank attendance or NHS cell counts).',
    },
  },
  evidencedTier: {
    label: 'Evidenced tier',
    synonyms: ['evidenced tier', 'tier evidenced', 'agreed tier', 'evidence tier'],
    read: 'whole',
    column: {
      header: 'Evidenced tier',
      width: 9,
      list: ['1', '2', '3', '4'],
      note: 'The highest tier whose competency evidence a supervisor has agreed. Tier 2 and above need it as well as the hours (framework §8.2): the tier shown never goes above it, and while it is blank the tier shown is at most Tier 1.',
    },
  },
  claimedTier: {
    label: 'Tier (as the sheet says)',
    synonyms: ['tier', 'current tier', 'tier of practice', 'claimed tier'],
    read: 'whole',
    column: {
      header: 'Tier',
      width: 6,
      note: 'Worked out: 0 (working towards Tier 1) without PCI training; 1 from 50 hours, 2 from 200, 3 from 500, 4 from 1000; never above the evidenced tier, and at most 1 while it is blank.',
    },
  },
  // Tier 2 needs sign-off by a supervisor from outside the coach's organisation (§8.2.1):
  // who signed off, and when.
  tier2SignOff: {
    label: 'Tier 2 sign-off by (independent supervisor)',
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
    read: 'text',
    column: {
      header: 'Tier 2 sign-off by',
      width: 20,
      note: `The ${SIGN_OFF_NOTE.slice(4)} who approved the step from Tier 1 to Tier 2 (framework §8.2.1).`,
    },
  },
  tier2SignOffOrganisation: {
    label: "Tier 2 sign-off: the signer's organisation",
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
    read: 'text',
    column: {
      header: 'Tier 2 sign-off organisation',
      width: 20,
      note: `The organisation of ${SIGN_OFF_NOTE} who approved the step from Tier 1 to Tier 2: it must not be the coach's own (framework §8.2.1).`,
    },
  },
  tier2SignOffDate: {
    label: 'Tier 2 sign-off date',
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
    read: 'date',
    column: {
      header: 'Tier 2 sign-off date',
      width: 13,
      numberFormat: FORMATS.date,
      note: `When ${SIGN_OFF_NOTE} approved the step from Tier 1 to Tier 2 (framework §8.2.1).`,
    },
  },
  lineManager: {
    label: 'Line manager',
    synonyms: ['line manager', 'manager'],
    read: 'text',
    column: { header: 'Line manager', width: 18 },
  },
  clinicalSupervisor: {
    label: 'Clinical supervisor',
    synonyms: ['clinical supervisor', 'cs supervisor'],
    read: 'text',
    column: { header: 'Clinical supervisor', width: 18 },
  },
  coachingSupervisor: {
    label: 'Health coaching supervisor',
    synonyms: ['coaching supervisor', 'health coaching supervisor', 'hcs supervisor', 'supervisor'],
    read: 'text',
    column: {
      header: 'Coaching supervisor',
      width: 18,
      note: 'Health coaching supervision is given by a Tier 3 coach or above (§4.2.3).',
    },
  },
  ...supervisionFields('line', 'Line', ['line management', 'lm']),
  ...supervisionFields('clinical', 'Clinical', ['clinical supervision', 'cs']),
  ...supervisionFields('coaching', 'Coaching', ['coaching supervision', 'health coaching supervision', 'hcs']),
  supervisorTier: {
    label: "Supervisor's tier",
    synonyms: ['supervisor tier', 'coaching supervisor tier'],
    read: 'whole',
  },
  supervisorHours: {
    label: "Supervisor's caseload hours, last 12 months",
    synonyms: ['supervisor caseload hours', 'supervisor hours last 12 months'],
    read: 'number',
  },
  ...COACH_DEVELOPMENT_FIELDS,
  ...READY_FIELD,
  tierWords: {
    label: 'Tier in words',
    synonyms: ['tier in words'],
    read: 'computed',
    column: {
      header: 'Tier in words',
      width: 24,
      note: 'Worked out: the tier as a person reads it, and what holds it back, e.g. "Tier 1 (Tier 2 by hours; no evidence agreed yet)".',
    },
  },
  hoursToNextTier: {
    label: 'Hours to next tier',
    synonyms: ['hours to next tier', 'hours to go'],
    read: 'computed',
    column: {
      header: 'Hours to next tier',
      width: 14,
      numberFormat: FORMATS.hours,
      note: 'Worked out: NHS coaching hours still needed for the next tier (0 at Tier 4), or what else it needs when the hours are there: "Evidence for Tier 2 needed", "PCI training needed".',
    },
  },
  groupCoachingLast: {
    label: 'Last group health coaching supervision',
    synonyms: ['group coaching last', 'last group supervision', 'last group coaching supervision'],
    read: 'computed',
    column: {
      header: 'Group coaching last',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Worked out: the latest group health coaching supervision up to the as-of date. Group supervision is recommended as well as, never instead of, individual supervision (framework §4.2.2).',
    },
  },
  groupCoachingCount: {
    label: 'Group sessions in the last 3 months',
    synonyms: ['group sessions 3 months', 'group sessions last 3 months'],
    read: 'computed',
    column: {
      header: 'Group sessions (3 months)',
      width: 10,
      numberFormat: '0',
      note: 'Worked out: group health coaching supervision sessions in the three months up to the as-of date.',
    },
  },
  coachingThisMonth: {
    label: 'Individual health coaching supervision in the last month',
    synonyms: ['individual coaching month', 'individual coaching (month)', 'individual coaching last month'],
    read: 'computed',
    column: {
      header: 'Individual coaching (month)',
      width: 14,
      note: 'Worked out: "Under 60 minutes" when the one-to-one health coaching supervision logged in the month up to the as-of date adds up to less than an hour (the framework asks for one to two hours a month, §4.2.2); blank when none is logged, which the due date shows. Group sessions do not count.',
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * A field of a coaches sheet; a misspelt key does not compile.
 *
 * @example
 * const field: CoachField = 'tier2SignOffDate';
 */
export type CoachField = keyof typeof COACH_FIELDS;

/**
 * The template's Coaches columns, left to right: the typed-in ones (a new hire fills the
 * first nine; the evidenced tier and Tier 2 sign-off come later), then the worked-out ones.
 * Formulas on other sheets find these columns by key, never by letter.
 *
 * @example
 * COACHES_TEMPLATE_ORDER[3]; // 'startDate'
 */
export const COACHES_TEMPLATE_ORDER = [
  'id',
  'name',
  'organisation',
  'startDate',
  'wte',
  'priorHours',
  'lineManager',
  'clinicalSupervisor',
  'coachingSupervisor',
  'evidencedTier',
  'tier2SignOff',
  'tier2SignOffOrganisation',
  'tier2SignOffDate',
  'pci',
  'induction',
  'mandatory',
  'ready',
  'hours',
  'claimedTier',
  'tierWords',
  'hoursToNextTier',
  'lastLine',
  'dueLine',
  'statusLine',
  'lastClinical',
  'dueClinical',
  'statusClinical',
  'lastCoaching',
  'dueCoaching',
  'statusCoaching',
  'lastAppraisal',
  'appraisalDue',
  'appraisalStatus',
  'pdpAgreed',
  'pdpReview',
  'probationEnd',
  'cpdHours',
  'groupCoachingLast',
  'groupCoachingCount',
  'coachingThisMonth',
] as const satisfies readonly CoachField[];
