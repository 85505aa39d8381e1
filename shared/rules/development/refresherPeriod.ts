import { DEFAULT_DEVELOPMENT_POLICY, DevelopmentPolicy } from './developmentPolicy';

/** Which checklist a training line is on: only mandatory training lapses. */
export type ChecklistKind = 'pci' | 'induction' | 'mandatory';

/**
 * Words in a training item's title that put it in the one-year groups of docs/rules.md §7,
 * following the NHS Core Skills Training Framework: information governance and data
 * security, and basic life support and first aid. Whole words between spaces, any case.
 *
 * @example
 * REFRESHER_WORDS.governance.includes('information governance'); // true
 */
export const REFRESHER_WORDS = {
  governance: ['information governance', 'data security', 'data protection', 'gdpr', 'ig'],
  firstAid: ['first aid', 'life support', 'bls', 'resuscitation', 'cpr'],
} as const;

const mentions = (title: string, words: readonly string[]) => {
  // Spaces around the title and each word, as the template's SEARCH formula pads them.
  const t = ` ${title.toLowerCase()} `;
  return words.some((w) => t.includes(` ${w} `));
};

/**
 * Months after completion before a training item lapses (docs/rules.md §7), or null for items that
 * never lapse (PCI training and induction). Information governance and data security 1 year,
 * basic life support and first aid 1 year, every other mandatory item 3 years; a workbook may
 * change each on its Settings sheet.
 *
 * @example
 * refresherMonths('mandatory', 'confidentiality and information governance'); // 12
 * refresherMonths('mandatory', 'basic first aid');                            // 12
 * refresherMonths('mandatory', 'lone working');                               // 36
 * refresherMonths('induction', 'Training in relevant IT systems');            // null
 */
export function refresherMonths(
  checklist: ChecklistKind,
  title: string,
  policy: DevelopmentPolicy = DEFAULT_DEVELOPMENT_POLICY,
): number | null {
  if (checklist !== 'mandatory') return null;
  if (mentions(title, REFRESHER_WORDS.governance)) return policy.governanceRefresherMonths;
  if (mentions(title, REFRESHER_WORDS.firstAid)) return policy.firstAidRefresherMonths;
  return policy.otherRefresherMonths;
}
