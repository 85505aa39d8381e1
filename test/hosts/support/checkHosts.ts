/**
 * "Check this workbook" in each host: the check run through the Office.js port over
 * FakeExcel, the SpreadsheetApp port over FakeGas, the in-memory workbook, and the compiled
 * `hwbc check --json` on an .xlsx file; each gives its result in the command line's JSON shape.
 * The ports are wrapped so a test can see how many host calls each port call took.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { checkWorkbook } from '../../../shared/check';
import type { CheckResult, CoachSummary } from '../../../shared/check/types';
import type { WorkbookPort } from '../../../shared/workbook';
import { ensureCliBuilt } from '../../support/builtCli';

/** The repository, where bin/hwbc.js and tsconfig.cli.json are. */
export const ROOT = path.join(__dirname, '..', '..', '..');

/** What a check gives, as `hwbc check --json` prints it. */
export interface Outcome {
  asOf: string;
  coaches: CoachSummary[];
  findings: {
    sheet: string;
    row: number | null;
    column: string | null;
    coach: string | null;
    rule: string;
    severity: string;
    message: string;
  }[];
}

/**
 * The parts of a result every host must agree on, in the JSON shape of `hwbc check`.
 *
 * @example
 * outcomeOf(await checkWorkbook(port, { asOf: '2026-03-20' })).findings[0].rule; // 'evidence.not-recorded'
 */
export function outcomeOf(result: Pick<CheckResult, 'asOf' | 'coaches' | 'findings'>): Outcome {
  return {
    asOf: result.asOf,
    coaches: result.coaches,
    findings: result.findings.map(({ sheet, row, column, coach, rule, severity, message }) => ({
      sheet,
      row,
      column,
      coach,
      rule,
      severity,
      message,
    })),
  };
}

/** One port call and the host calls (syncs, service calls) it took. */
export interface PortCall {
  method: string;
  /** The sheet it was about, when it names one. */
  sheet: string | null;
  hostCalls: number;
}

/**
 * The port, with every call logged alongside the host calls it took.
 *
 * @example
 * const { port, log } = counted(new OfficeWorkbook(excel.host()), () => excel.syncs);
 */
export function counted(inner: WorkbookPort, hostCalls: () => number): { port: WorkbookPort; log: PortCall[] } {
  const log: PortCall[] = [];
  const port = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const before = hostCalls();
        const out = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        const first = args[0] as { name?: unknown } | string | undefined;
        const sheet = typeof first === 'string' ? first : typeof first?.name === 'string' ? first.name : null;
        log.push({ method: String(prop), sheet, hostCalls: hostCalls() - before });
        return out;
      };
    },
  });
  return { port, log };
}

/**
 * Checks through a port (writing the report, as the pane does) and gives the outcome.
 *
 * @example
 * await checkThrough(port, '2026-03-20');
 */
export async function checkThrough(port: WorkbookPort, asOf: string): Promise<Outcome> {
  const result = await checkWorkbook(port, { asOf });
  expect(result.reportSheet).toBe('HWBC Report');
  return outcomeOf(result);
}

/**
 * Makes sure dist/cli holds today's command line, so bin/hwbc.js runs today's code (compiled
 * only when a source is newer: `npm test` has compiled it already).
 *
 * @example
 * beforeAll(() => compileCli(), 180_000);
 */
export function compileCli(): void {
  ensureCliBuilt();
}

/**
 * `hwbc check FILE --json --as-of DATE`, run as a user runs it.
 *
 * @example
 * cliCheck('/tmp/riverside.xlsx', '2026-03-20').findings.length; // 24
 */
export function cliCheck(file: string, asOf: string): Outcome {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'hwbc.js'), 'check', file, '--json', '--as-of', asOf],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`hwbc check exited ${run.status}: ${run.stderr}`);
  // The command line also says how it read the file; the hosts are compared on the check alone.
  const { readAs, ...outcome } = JSON.parse(run.stdout) as Outcome & { readAs?: string };
  if (!/as an \.xlsx workbook/.test(readAs ?? '')) throw new Error(`hwbc check read ${file} as: ${readAs}`);
  return outcome;
}
