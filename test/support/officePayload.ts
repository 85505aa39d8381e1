/**
 * What Excel on the web enforces on each `context.sync()`, for FakeExcel: a request or a
 * response over 5 MB fails with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded,
 * and reading a range of more than 5,000,000 cells fails (Office Add-ins docs, "Resource limits
 * and performance optimization", Excel add-ins section). The sizes are the JSON of the arrays
 * a batch assigns or loads, as Office.js sends them.
 */
import { jsonBytes } from '../../src/excel/workbook/payloadBudget';

/** Excel on the web's limit on one request and one response. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's limit on the cells of one range read. */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

/** Properties of a range that carry cells. */
const CELL_PROPERTIES = ['values', 'formulas', 'numberFormat', 'valueTypes', 'text'];

/** A range's loaded properties, measured when the batch is sent. */
export interface PendingLoad {
  properties: string[];
  cells: number;
  data: Record<string, unknown>;
}

/** The largest request and response seen so far, and what a batch carried. */
export class PayloadMeter {
  largestRequest = 0;
  largestResponse = 0;
  /** Batches refused for carrying too much. */
  refused = 0;
  private loads: PendingLoad[] = [];

  /** Records a `load` of cell properties on a range whose data the fake holds. */
  loaded(propertyArgument: unknown, cells: number, data: Record<string, unknown>): void {
    const text = Array.isArray(propertyArgument) ? propertyArgument.join(',') : String(propertyArgument ?? '');
    const properties = text
      .split(',')
      .map((p) => p.trim())
      .filter((p) => CELL_PROPERTIES.includes(p));
    if (properties.length > 0) this.loads.push({ properties, cells, data });
  }

  /**
   * Measures a batch as it is sent: `assigned` are the ranges it wrote to. Gives the error
   * Excel on the web would give, or null when the batch is within its limits.
   */
  send(assigned: readonly Record<string, unknown>[]): { code: string; message: string } | null {
    const error = this.measure(assigned);
    if (error) this.refused++;
    return error;
  }

  private measure(assigned: readonly Record<string, unknown>[]): { code: string; message: string } | null {
    const loads = this.loads;
    this.loads = [];
    let request = 0;
    for (const range of assigned) {
      for (const p of CELL_PROPERTIES) if (range[p] !== undefined) request += jsonBytes(range[p]);
    }
    if (request > EXCEL_WEB_PAYLOAD_LIMIT) {
      return { code: 'RequestPayloadSizeLimitExceeded', message: 'The request payload size has exceeded the limit.' };
    }
    this.largestRequest = Math.max(this.largestRequest, request);
    if (loads.some((l) => l.cells > EXCEL_READ_CELL_LIMIT)) {
      return {
        code: 'RangeExceedsLimit',
        message: 'The cell count in the range has exceeded the maximum supported number.',
      };
    }
    let response = 0;
    for (const l of loads) for (const p of l.properties) response += jsonBytes(l.data[p]);
    if (response > EXCEL_WEB_PAYLOAD_LIMIT) {
      return { code: 'ResponsePayloadSizeLimitExceeded', message: 'The response payload size has exceeded the limit.' };
    }
    this.largestResponse = Math.max(this.largestResponse, response);
    return null;
  }
}
