/**
 * Words the pane shows for the check's codes: sheet kinds, fields and severities. A field's
 * label comes from the check when it sends one; otherwise the code is spelt out in words.
 */
import type { Severity } from '../../shared/check/types';

const KINDS: Record<string, string> = {
  coaches: 'coaches',
  hoursLog: 'hours log',
  caseload: 'caseload',
  supervisionLog: 'supervision log',
  evidenceLog: 'evidence log',
  training: 'training',
};

/**
 * Spells a camelCase code out: 'lastClinical' → 'Last clinical'.
 *
 * @example
 * words('hoursToNextTier'); // 'Hours to next tier'
 * words('wte');             // 'WTE'
 */
export function words(code: string): string {
  const spaced = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\b(wte|fte|pci|nhs|id|lm|cs|snomed|ct)\b/g, (w) => w.toUpperCase());
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * What a sheet holds, in words.
 *
 * @example
 * kindLabel('supervisionLog'); // 'supervision log'
 */
export function kindLabel(kind: string): string {
  return KINDS[kind] ?? words(kind).toLowerCase();
}

/** Severity in words and a symbol, so it never relies on colour alone. */
export const SEVERITY: Record<Severity, { label: string; plural: string; icon: string }> = {
  action: { label: 'Needs action', plural: 'need action', icon: '✖' },
  warning: { label: 'Warning', plural: 'warnings', icon: '▲' },
  note: { label: 'Note', plural: 'notes', icon: 'ℹ' },
};

/** A coach's red/amber/green in words and a symbol. */
export const RAG: Record<'red' | 'amber' | 'green', { label: string; icon: string }> = {
  red: { label: 'Needs action', icon: '✖' },
  amber: { label: 'Warning', icon: '▲' },
  green: { label: 'OK', icon: '✔' },
};
