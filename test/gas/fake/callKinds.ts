/**
 * What each Apps Script call costs, as the fake counts it. Apps Script queues a spreadsheet's
 * writes and sends them together when a read needs the spreadsheet's state (or the script
 * ends): a read after a queued write is a *flushing read*, the dearest call there is, and a
 * script that keeps to its physical minimum makes none. Builders (data validation,
 * conditional formats) and Utilities work on the Apps Script side and reach no spreadsheet;
 * handles (a range, the active spreadsheet, the document properties object) only name what
 * a later read or write reaches.
 */

/** The kinds of call the census counts. */
export type CallKind = 'read' | 'write' | 'builder' | 'handle' | 'other';

/** Calls that build or convert on the Apps Script side. */
const BUILDER =
  /^(DataValidationBuilder|ConditionalFormatRuleBuilder|Utilities)\.|\.(newDataValidation|newConditionalFormatRule)$/;
/**
 * Calls that return an object for later calls, sending nothing to the spreadsheet, or tell
 * what such an object already holds: a range's size is fixed when the range is made (by the
 * arguments of getRange, or by the read that getDataRange is), so asking it reaches nothing.
 */
const HANDLE =
  /^(SpreadsheetApp\.(getActiveSpreadsheet|getActive)|PropertiesService\.getDocumentProperties|Spreadsheet\.getRange|Sheet\.(getRange|getRangeList)|Range\.(createTextFinder|getNumRows|getNumColumns)|TextFinder\.useRegularExpression)$/;
/**
 * The spreadsheet and its properties: reads are get…, writes change them (copy… included:
 * Range.copyFormatToRange writes formats). Sheet.getName and Sheet.getDataRange stay reads:
 * the Apps Script reference (Spreadsheet.getSheets, Sheet.getName, Sheet.getDataRange)
 * nowhere says a sheet's name or where its data ends comes with an earlier answer, and the
 * "look-ahead caching" of the best-practices guide is no promise of it, so counting them
 * keeps the fake no kinder than the host. The sheet list itself is one read (getSheets).
 */
const SPREADSHEET = /^(Spreadsheet|Sheet|Range|RangeList|Properties|TextFinder)\./;
const WRITE = /\.(set|insert|delete|create|clear|append|activate|hide|show|merge|protect|autoResize|copy)\w*$/;

/**
 * The kind of one recorded call, "Service.method".
 *
 * @example
 * callKind('Range.getValues');             // 'read'
 * callKind('Sheet.setColumnWidths');       // 'write'
 * callKind('DataValidationBuilder.build'); // 'builder'
 */
export function callKind(call: string): CallKind {
  if (BUILDER.test(call)) return 'builder';
  if (HANDLE.test(call)) return 'handle';
  if (!SPREADSHEET.test(call)) return 'other';
  return WRITE.test(call) ? 'write' : 'read';
}

/** Calls of one piece of work, by kind. */
export interface CallCensus {
  /** Reads and writes: the calls that reach the spreadsheet. */
  reaching: number;
  reads: number;
  writes: number;
  /** Reads made while writes were queued, which make Apps Script send them first. */
  flushingReads: number;
  builders: number;
  handles: number;
  other: number;
}

/**
 * Counts calls by kind, in order, so that a read after a write is seen as flushing.
 *
 * @example
 * callCensus(['Sheet.setValues', 'Spreadsheet.getSheets']).flushingReads; // 1
 */
export function callCensus(calls: readonly string[]): CallCensus {
  const census: CallCensus = { reaching: 0, reads: 0, writes: 0, flushingReads: 0, builders: 0, handles: 0, other: 0 };
  let queued = false;
  for (const call of calls) {
    const kind = callKind(call);
    if (kind === 'write') {
      census.writes++;
      queued = true;
    } else if (kind === 'read') {
      census.reads++;
      if (queued) census.flushingReads++;
      queued = false;
    } else if (kind === 'builder') census.builders++;
    else if (kind === 'handle') census.handles++;
    else census.other++;
    if (call === 'SpreadsheetApp.flush') queued = false;
  }
  census.reaching = census.reads + census.writes;
  return census;
}
