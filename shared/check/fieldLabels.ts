/**
 * Each field as the pane's "correct the mapping" drop-downs name it: data, like the synonym
 * table, in words a practice manager uses. A kind-specific label ("coaches.hours") wins.
 */
import { SHEET_FIELDS } from './headerSynonyms';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'Coach ID',
  name: 'Name',
  organisation: 'Organisation',
  startDate: 'Start date',
  wte: 'WTE (0 to 1)',
  hoursPerWeek: 'Hours per week (÷ 37.5 for WTE)',
  pci: 'PCI training completed',
  induction: 'Setting induction completed',
  mandatory: 'Mandatory training complete',
  priorHours: 'Prior NHS coaching hours',
  'coaches.hours': 'NHS coaching hours to date',
  evidencedTier: 'Evidenced tier',
  claimedTier: 'Tier (as the sheet says)',
  tier2SignOff: 'Tier 2 sign-off by (independent supervisor)',
  tier2SignOffDate: 'Tier 2 sign-off date',
  tier2SignOffOrganisation: "Tier 2 sign-off: the signer's organisation",
  tierWords: 'Tier in words',
  lineManager: 'Line manager',
  clinicalSupervisor: 'Clinical supervisor',
  coachingSupervisor: 'Health coaching supervisor',
  lastLine: 'Last line management',
  lastClinical: 'Last clinical supervision',
  lastCoaching: 'Last health coaching supervision',
  supervisorTier: "Supervisor's tier",
  supervisorHours: "Supervisor's caseload hours, last 12 months",
  ready: 'Ready for referrals',
  hoursToNextTier: 'Hours to next tier',
  dueLine: 'Line management due',
  statusLine: 'Line management status',
  dueClinical: 'Clinical supervision due',
  statusClinical: 'Clinical supervision status',
  dueCoaching: 'Health coaching supervision due',
  statusCoaching: 'Health coaching supervision status',
  date: 'Date',
  coach: 'Coach (name or ID)',
  client: 'Client reference',
  minutes: 'Minutes',
  hours: 'Hours',
  kind: 'Kind of session',
  attendance: 'Attendance',
  nhs: 'NHS (yes/no)',
  supervised: 'Supervised',
  notes: 'Notes',
  referralDate: 'Referral date',
  referralSource: 'Referral source',
  status: 'Status',
  firstSession: 'First session',
  sessions: 'Sessions',
  lastReview: 'Last review',
  sinceReview: 'Sessions since review',
  reviewDue: 'Review due',
  outcome: 'Outcome measure',
  startScore: 'Start score',
  latestScore: 'Latest score',
  snomed: 'SNOMED CT code',
  type: 'Supervision type',
  supervisor: 'Supervisor',
  format: 'Format (1:1 or group)',
  code: 'Competency code',
  text: 'Competency text',
  evidenceType: 'Evidence type',
  description: 'Description',
  reviewedBy: 'Reviewed by',
  reviewedOn: 'Reviewed on',
  checklist: 'Checklist (PCI, induction or mandatory)',
  item: 'Training item',
  required: 'Required',
  completedOn: 'Completed on',
};

/**
 * The fields a kind of sheet can hold, labelled for the pane. Columns the sheet works out
 * itself say so: the check recognises them but never reads them.
 *
 * @example
 * kindFields('coaches').find((f) => f.field === 'hoursToNextTier')?.label;
 * // 'Hours to next tier (worked out by the sheet, not read)'
 */
export function kindFields(kind: string): { field: string; label: string }[] {
  const fields = SHEET_FIELDS[kind as keyof typeof SHEET_FIELDS] ?? [];
  return fields.map((f) => {
    const label = FIELD_LABELS[`${kind}.${f.field}`] ?? FIELD_LABELS[f.field] ?? f.field;
    return { field: f.field, label: f.computed ? `${label} (worked out by the sheet, not read)` : label };
  });
}
