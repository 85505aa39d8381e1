/**
 * Arguments as Excel really sends them, through the built dist/excel/functions.js:
 * - an empty cell arrives as 0 on Excel for Windows and Mac, as null on the web (office-js
 *   issue 4702) or as "": a date, WTE or yes/no argument reads the same whichever it is;
 * - a cell holding an error reaches the function (allowErrorForDataTypeAny) and shows that
 *   error in its own cell of the result, the rest computed as usual;
 * - no function asks Excel to recalculate or change anything, even in a 1904 workbook whose
 *   date system Excel was too busy to give at first.
 */
import fs from 'fs';
import path from 'path';
import { findFunction } from '../../shared/functions';
import { isoToSerial } from '../../shared/values/dates/excelSerial';
import { FakeError, type Implementation, INVOCATION, loadFunctions } from '../support/builtExcelFunctions';
import { ensureExcelBuild } from '../support/loadBundle';

let dir: string;
let functions: Map<string, Implementation>;

beforeAll(async () => {
  dir = await ensureExcelBuild();
  functions = loadFunctions(dir, '1900').functions;
}, 240_000);

/** Calls a function as Excel does: every declared parameter (null if left out), then the invocation. */
const call = (id: string, ...args: unknown[]) => {
  const declared = findFunction(id)!.params.length;
  return functions.get(id)!(...args, ...Array(declared - args.length).fill(null), INVOCATION);
};
const serial = (iso: string) => isoToSerial(iso);
/** An empty cell as each Excel sends it: Windows and Mac, the web, and as empty text. */
const BLANKS = [
  ['0 (Excel for Windows and Mac)', 0],
  ['null (Excel on the web)', null],
  ['"" (empty text)', ''],
] as const;

describe('an empty cell, however Excel sends it', () => {
  it.each(BLANKS)('as %s: a blank last date falls back to the start date', async (_how, blank) => {
    const result = await call('SUPERVISION_DUE', [['line']], [[blank]], null, [[serial('2026-01-31')]]);
    expect(result).toEqual([[serial('2026-02-28')]]);
  });

  it.each(BLANKS)('as %s: a blank PCI-trained takes its default (trained), not No', async (_how, blank) => {
    const trained = await call('TIER', [[250]], [[true]], null);
    const untrained = await call('TIER', [[250]], [[false]], null);
    expect(trained).not.toEqual(untrained);
    expect(await call('TIER', [[250]], [[blank]], null)).toEqual(trained);
  });

  it('in a range: empty cells among dates fall back, each in its own cell', async () => {
    const result = await call('SUPERVISION_DUE', [['line']], [[0], [serial('2026-03-15')], [null], ['']], null, [
      [serial('2026-01-31')],
    ]);
    expect(result).toEqual([
      [serial('2026-02-28')],
      [serial('2026-04-15')],
      [serial('2026-02-28')],
      [serial('2026-02-28')],
    ]);
  });

  it('keeps 0 where it means something: 0 hours is tier 0, and "No" is still No', async () => {
    expect(await call('TIER', [[0]], null, null)).toEqual([[0]]);
    expect(await call('TIER', [[250]], [['No']], null)).toEqual(await call('TIER', [[250]], [[false]], null));
  });
});

describe('a cell holding an error', () => {
  it('shows that error in its own cell of the result; the other cells are worked out', async () => {
    const result = await call('TIER', [[120], [new FakeError('#N/A')], [1000], [new FakeError('#DIV/0!')]], null, null);
    expect(result).toEqual([[1], [new FakeError('#N/A')], [4], [new FakeError('#DIV/0!')]]);
  });

  it('gives #VALUE! naming an error a function cannot return (#REF!, #NAME?)', async () => {
    const result = await call('TIER', [[new FakeError('#REF!')], [new FakeError('#NAME?')]], null, null);
    expect(result).toEqual([
      [new FakeError('#VALUE!', 'an argument cell holds #REF!')],
      [new FakeError('#VALUE!', 'an argument cell holds #NAME?')],
    ]);
  });

  it('reads an error given as a data type ({ type: "Error" }) the same way', async () => {
    const result = await call('TIER', [[{ type: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' }], [250]]);
    expect(result[0][0]).toEqual(new FakeError('#N/A'));
    expect(result[1][0]).toEqual((await call('TIER', [[250]]))[0][0]);
  });

  it('in a single-cell argument, shows in every cell it applies to', async () => {
    const result = await call(
      'SUPERVISION_DUE',
      [[new FakeError('#N/A')]],
      [[serial('2026-01-31')], [serial('2026-03-15')]],
    );
    expect(result).toEqual([[new FakeError('#N/A')], [new FakeError('#N/A')]]);
  });

  it('as the area of COMPETENCIES, is the whole answer', async () => {
    expect(await call('COMPETENCIES', [[new FakeError('#N/A')]])).toEqual([[new FakeError('#N/A')]]);
  });

  it('reaches the functions at all: functions.json allows errors for "any" arguments', () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'functions.json'), 'utf8'));
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(
      metadata.functions.every((f: { parameters: { type: string }[] }) => f.parameters.every((p) => p.type === 'any')),
    ).toBe(true);
  });
});

describe('a date before 1900', () => {
  it.each([
    ['typed as UK text', '15/03/1899'],
    ['typed as ISO text', '1899-12-31'],
    ['a mistyped year', '01/01/0026'],
  ])('%s is refused in its own cell with #VALUE! asking to check the year', async (_how, text) => {
    const result = await call('SUPERVISION_DUE', [['line']], [[text], [serial('2026-03-15')]]);
    expect(result[0][0]).toEqual(new FakeError('#VALUE!', expect.stringContaining('check the year')));
    expect(result[1][0]).toBe(serial('2026-04-15'));
  });
});

describe('no side effects', () => {
  it('never asks Excel to recalculate, even when a 1904 workbook answers late', async () => {
    const late = loadFunctions(dir, '1904', 1200);
    const due = late.functions.get('SUPERVISION_DUE')!;
    // Asked before Excel answers: worked out in the 1900 system, as Excel's default.
    await due([['line']], [[isoToSerial('2026-03-15')]], null, null, INVOCATION);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await due([['line']], [[isoToSerial('2026-03-15', '1904')]], null, null, INVOCATION)).toEqual([
      [isoToSerial('2026-04-15', '1904')],
    ]);
    expect(late.changes).toEqual([]);
  });

  it('gives #NUM! without a message, as Excel shows none on it', async () => {
    const [[cell]] = await call('TIER', [[-1]]);
    expect(cell).toEqual(new FakeError('#NUM!'));
    expect((cell as FakeError).message).toBeUndefined();
  });
});
