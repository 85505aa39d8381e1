/**
 * What the command line says when a file cannot be read, in plain words, in one place. A
 * library's own error text (jszip's "Can't find end of central directory") means nothing to a
 * practice manager, so it is shown only with HWBC_DEBUG=1.
 */
import { shownText } from '../../../shared/values/cells/shownText';
import type { CsvFormat } from './csvText';

/**
 * What a file turned out to be, said back to the user: an .xlsx workbook, or CSV text in an
 * encoding and with a separator.
 *
 * @example
 * const f: FileFormat = { kind: 'xlsx' };
 */
export type FileFormat = { kind: 'xlsx' } | ({ kind: 'csv' } & CsvFormat);

const MB = 1024 * 1024;
const named = (file: string) => `"${shownText(file)}"`;

/**
 * The messages, each naming the file.
 *
 * @example
 * FILE_MESSAGES.permission('team.xlsx'); // 'Cannot read "team.xlsx": you do not have permission to open it. …'
 */
export const FILE_MESSAGES = {
  missing: (file: string) => `Cannot read ${named(file)}: there is no such file.`,
  folder: (file: string) => `Cannot read ${named(file)}: it is a folder, not a file.`,
  permission: (file: string) =>
    `Cannot read ${named(file)}: you do not have permission to open it. Ask whoever owns it, or copy it somewhere you can read.`,
  notRegular: (file: string) =>
    `Cannot read ${named(file)}: it is not a regular file (it is a device, a pipe or a socket). Give the path of a saved .xlsx or .csv file.`,
  tooLarge: (file: string, size: number, limit: number) =>
    `Cannot read ${named(file)}: it is ${Math.ceil(size / MB)} MB, more than the ${Math.round(limit / MB)} MB the check reads. Check a copy holding only the HWBC sheets.`,
  empty: (file: string) => `Cannot read ${named(file)}: the file is empty.`,
  encryptedOrOld: (file: string) =>
    `Cannot read ${named(file)}: it is password-protected (encrypted) or an old .xls workbook. Open it in Excel and save it as .xlsx without a password.`,
  wrongFormat: (file: string) =>
    `Cannot read ${named(file)}: it is neither an .xlsx workbook nor CSV text. Open it in Excel and save it as .xlsx or as CSV.`,
  unreadable: (file: string) => `Cannot read ${named(file)}: the file could not be opened.`,
  notXlsx: (file: string) =>
    `${named(file)} is not a readable .xlsx workbook (it may be damaged or password-protected). Open it in Excel and save it again as .xlsx.`,
  notWorkbookName: (file: string) => `Cannot read ${named(file)}: only .xlsx and .csv files can be checked.`,
  checkFailed: (file: string) =>
    `${named(file)} was read but the check could not finish: something in it was not what the check expected. Please report it.`,
  timeLimit: (file: string, seconds: number) =>
    `Stopped checking ${named(file)}: it took longer than ${seconds} seconds. Check a copy holding only the HWBC sheets, or set HWBC_TIME_LIMIT to a number of seconds.`,
  readAs: (file: string, format: FileFormat, byName: 'xlsx' | 'csv' | null) => {
    const what =
      format.kind === 'xlsx'
        ? 'an .xlsx workbook'
        : `CSV text in ${format.encoding}, separated by ${format.separator === 'tab' ? 'tabs' : `${format.separator}s`}`;
    const renamed = byName !== null && byName !== format.kind ? ` (though its name ends .${byName})` : '';
    return `Read ${named(file)} as ${what}${renamed}.`;
  },
};
