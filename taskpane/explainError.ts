/**
 * Turns whatever a host threw into plain words and a next step. Errors reach the pane from
 * the core (already plain: "WTE must be…"), from Office.js ("GeneralException"), and through
 * google.script.run (prefixed "Exception: ", or a lost connection).
 */
import { errorText } from './dom';

export interface Explained {
  /** What went wrong, in the host's or the core's own words, tidied. */
  message: string;
  /** What the user can do about it. */
  next: string;
}

const ADVICE: { test: RegExp; next: string; message?: string }[] = [
  {
    test: /not built yet/i,
    next: 'This version of the add-in cannot do this yet; nothing in the workbook was changed. The other panels still work.',
  },
  {
    test: /NetworkError|Connection failure|HTTP 0/i,
    message: 'The connection to the spreadsheet was lost.',
    next: 'Close this panel, open it again from the menu, and try once more.',
  },
  {
    test: /protect|read-only|readonly|AccessDenied|permission/i,
    next: 'The workbook or sheet may be protected or open read-only. Unprotect it or open it for editing, then try again.',
  },
  {
    test: /edit mode|InvalidOperationInCellEditMode|busy/i,
    message: 'The spreadsheet is busy: a cell is being edited.',
    next: 'Press Enter or Esc to finish editing the cell, then try again.',
  },
  {
    test: /already exists/i,
    next: 'The add-in never overwrites a sheet it did not create. Rename or remove that sheet if you want a fresh one.',
  },
];

const DEFAULT_NEXT =
  'Check that the workbook is open for editing and try again. If it keeps happening, save your work and reopen the workbook.';

/**
 * The message and next step for an error.
 *
 * @example
 * explainError(new Error('Templates are not built yet.')).next; // 'This version of the add-in cannot do this yet; …'
 */
export function explainError(e: unknown): Explained {
  const raw = errorText(e)
    .replace(/^(Exception|Error|ScriptError):\s*/i, '')
    .trim();
  const message = raw === '' ? 'Something went wrong.' : /[.!?]$/.test(raw) ? raw : `${raw}.`;
  const advice = ADVICE.find((a) => a.test.test(raw));
  return { message: advice?.message ?? message, next: advice?.next ?? DEFAULT_NEXT };
}
