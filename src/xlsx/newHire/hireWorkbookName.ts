/**
 * The file name of a new hire's own workbook: their ID and name, as a practice manager would
 * look for it in a folder ("HWBC-021 Priya Shah.xlsx").
 */
import type { NewHireDetails } from '../../../shared/api';

/**
 * `<ID> <name>.xlsx`, with the characters no Windows, Mac or Linux folder accepts in a file
 * name (a coach ID may hold "/") replaced by "-".
 *
 * @example
 * hireWorkbookName({ id: 'RIV/021', name: 'Priya Shah' }); // 'RIV-021 Priya Shah.xlsx'
 */
export function hireWorkbookName(details: Pick<NewHireDetails, 'id' | 'name'>): string {
  const stem = `${details.id} ${details.name}`
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, so "A.B." would not be the name asked for.
    .replace(/[. ]+$/, '');
  return `${stem || 'New hire'}.xlsx`;
}
