/**
 * Wraps a workbook port so the demo's table view hears about every change, and (for trying the
 * pane's progress feedback) can pretend each call is a slow round trip to a real host.
 */
import type { WorkbookPort } from '../../shared/workbook';

export interface ObserveOptions {
  /** Called after any call that changes the workbook, with the sheet it changed. */
  onChange(sheet: string | null): void;
  /** Milliseconds each call waits first, standing in for a host's round trip (0: none). */
  delayMs?: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A port that behaves as `port` and reports changes.
 *
 * @example
 * const port = observe(workbook, { onChange: (sheet) => view.render(sheet) });
 */
export function observe(port: WorkbookPort, options: ObserveOptions): WorkbookPort {
  const delay = options.delayMs ?? 0;
  const slow = async <T>(call: () => Promise<T>): Promise<T> => {
    if (delay > 0) await wait(delay);
    return call();
  };
  const changing = async <T>(sheet: string | null, call: () => Promise<T>): Promise<T> => {
    try {
      return await slow(call);
    } finally {
      options.onChange(sheet);
    }
  };
  return {
    info: () => slow(() => port.info()),
    sheetNames: () => slow(() => port.sheetNames()),
    read: (sheet) => slow(() => port.read(sheet)),
    write: (sheet, at, block) => changing(sheet, () => port.write(sheet, at, block)),
    addSheet: (spec) => changing(spec.name, () => port.addSheet(spec)),
    deleteSheet: (sheet) => changing(null, () => port.deleteSheet(sheet)),
    getSetting: (key) => slow(() => port.getSetting(key)),
    setSetting: (key, value) => slow(() => port.setSetting(key, value)),
  };
}
