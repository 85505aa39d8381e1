/**
 * `npm audit --omit=dev`: no high or critical advisory in what the add-in ships. The audit
 * needs the registry's advisory service; where the machine's registry mirror does not offer
 * it, the test says so loudly and checks what it can offline: that the runtime dependencies
 * are only the four the add-in needs.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

describe('runtime dependencies', () => {
  it('are only the ones the add-in needs', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require(path.join(ROOT, 'package.json'));
    // jszip: the command line reads a workbook's own date-system marking before exceljs does.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/utc', 'date-fns', 'exceljs', 'jszip', 'zod']);
  });

  it('have no high or critical advisory (when the advisory service answers)', () => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    type Report = { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string } };
    let report: Report;
    try {
      report = JSON.parse(run.stdout || '{}') as Report;
    } catch {
      report = {};
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      console.warn(
        `npm audit could not reach the advisory service here (${report.error?.summary ?? (run.stderr || 'no answer').trim().split('\n').pop()}); ` +
          'run `npm audit --omit=dev` where it can.',
      );
      return;
    }
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  });
});
