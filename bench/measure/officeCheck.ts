/**
 * "Check this workbook" through the Office.js fake at full size (1,000 coaches, 100,000 log
 * rows), report written: how many round trips it takes and the largest request and response,
 * which must stay within the port's 4 MB budget (Excel on the web refuses over 5 MB).
 */
import { checkWorkbook } from '../../shared/check';
import type { SheetData } from '../../shared/workbook';
import { PAYLOAD_BUDGET_BYTES } from '../../src/excel/workbook/payloadBudget';
import { coachesFor } from '../synthetic/sizes';
import { AS_OF, syntheticWorkbook } from '../synthetic/workbook';
import { officePayload, type OfficePayload } from './officeCalls';

/**
 * The check's round trips and largest payloads at `logRows`.
 *
 * @example
 * (await officeCheckPayload(100_000)).payload.largestResponse <= PAYLOAD_BUDGET_BYTES; // true
 */
export async function officeCheckPayload(logRows: number): Promise<{ coaches: number; payload: OfficePayload }> {
  const memory = await syntheticWorkbook(logRows);
  const sheets: SheetData[] = [];
  for (const name of await memory.sheetNames()) sheets.push(await memory.read(name));
  const coaches = coachesFor(logRows);
  const payload = await officePayload(sheets, async (port) => {
    const result = await checkWorkbook(port, { asOf: AS_OF });
    if (result.coaches.length !== coaches) {
      throw new Error(`The check found ${result.coaches.length} coaches through the Office.js fake, not ${coaches}.`);
    }
  });
  return { coaches, payload };
}

/**
 * What is wrong, if anything: a round trip over the budget.
 *
 * @example
 * overBudget({ syncs: 31, largestRequest: 10_000, largestResponse: 5_000_000 }); // ['The largest response …']
 */
export function overBudget(p: OfficePayload): string[] {
  const over = (what: string, bytes: number) =>
    bytes > PAYLOAD_BUDGET_BYTES
      ? [`The largest ${what} through Office.js was ${bytes} bytes, over ${PAYLOAD_BUDGET_BYTES}.`]
      : [];
  return [...over('request', p.largestRequest), ...over('response', p.largestResponse)];
}
