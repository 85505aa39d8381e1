/**
 * Invented people for the synthetic workbook: coach names made of common first names and
 * surnames, supervisors and organisations. Clients never have names, only references.
 */
const FIRST = ['Aisha', 'Ben', 'Cara', 'Dev', 'Erin', 'Femi', 'Gita', 'Hugo', 'Isla', 'Jon', 'Kemi', 'Luca'];
const LAST = ['Ahmed', 'Brown', 'Clarke', 'Das', 'Evans', 'Fox', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis'];

/**
 * Invented supervisors for each supervision type.
 *
 * @example
 * SUPERVISORS.clinical[0]; // 'Dr Ana Reid (GP)'
 */
export const SUPERVISORS = {
  line: ['Jo Morgan', 'Priya Shah', 'Tom Wood', 'Ruth Bell'],
  clinical: ['Dr Ana Reid (GP)', 'Dr Nia Owen (GP)', 'Sam Cole (pharmacist)'],
  coaching: ['Mia Ward', 'Sol Park (external)', 'Kit Lane'],
} as const;

/**
 * Invented primary care networks the coaches work for.
 *
 * @example
 * ORGANISATIONS.length; // 5
 */
export const ORGANISATIONS = [
  'Northgate PCN',
  'Riverside PCN',
  'Hillcrest PCN',
  'Marsh Lane PCN',
  'Eastfield PCN',
] as const;

/**
 * A coach's name: the same index gives the same name, and names repeat only after 144.
 *
 * @example
 * coachName(13); // 'Ben Brown'
 */
export function coachName(index: number): string {
  return `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`;
}

/**
 * A coach's ID, as on the Coaches sheet and every log.
 *
 * @example
 * coachId(0); // 'HWBC-0001'
 */
export function coachId(index: number): string {
  return `HWBC-${String(index + 1).padStart(4, '0')}`;
}

/**
 * A pseudonymous client reference.
 *
 * @example
 * clientRef(12); // 'C-00012'
 */
export function clientRef(n: number): string {
  return `C-${String(n).padStart(5, '0')}`;
}
