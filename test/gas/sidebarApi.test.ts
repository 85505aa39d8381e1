/**
 * The sidebar's PaneApi over google.script.run: every method calls a server function that
 * Code.js declares at top level, with its arguments unchanged, or (the check, guessing
 * mappings, the sign-off pack) runs the check's code, loaded once, over step calls; Dates are
 * refused before they are lost on the way; server errors arrive as Errors with the server's words.
 */
import { ENTRY_POINTS, SIDEBAR_CALLS } from '../../src/gas/build/entryPoints';
import { CHECK_NOT_LOADED, lazyCheck, type SidebarCheck } from '../../src/gas/sidebar/lazyCheck';
import { type ScriptRun, serverCaller, serverCalls } from '../../src/gas/sidebar/scriptRun';
import { sheetsPaneApi } from '../../src/gas/sidebar/sidebarApi';
import { SteppedPort } from '../../src/gas/sidebar/steppedPort';

/** A google.script.run that answers from a table of server functions, as Apps Script would. */
function fakeRun(server: Record<string, (...args: unknown[]) => unknown>, log: { name: string; args: unknown[] }[]) {
  return (): ScriptRun => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: unknown) => void = () => undefined;
    const runner: Record<string, unknown> = {
      withSuccessHandler: (h: typeof ok) => ((ok = h), runner),
      withFailureHandler: (h: typeof fail) => ((fail = h), runner),
    };
    for (const name of Object.keys(server)) {
      runner[name] = (...args: unknown[]) => {
        log.push({ name, args });
        // Arguments travel as JSON-like data.
        const copy = JSON.parse(JSON.stringify(args));
        setTimeout(() => {
          try {
            ok(server[name](...copy));
          } catch (e) {
            fail(e);
          }
        }, 0);
      };
    }
    return runner as unknown as ScriptRun;
  };
}

const echo: Record<string, (...args: unknown[]) => unknown> = {
  ...Object.fromEntries(SIDEBAR_CALLS.map((e) => [e.name, (...args: unknown[]) => ({ called: e.name, args })])),
  // Templates are made in steps: a plan of one step, then that step.
  hwbcPlanTemplates: () => ({ steps: [['Settings']], skipped: [] }),
  hwbcAddTemplateSheets: (sheets: unknown) => sheets,
};

describe('sheetsPaneApi', () => {
  it('sends each pane call to the server function of the same purpose', async () => {
    const log: { name: string; args: unknown[] }[] = [];
    const api = sheetsPaneApi(serverCalls(serverCaller(fakeRun(echo, log))));
    expect(api.host).toBe('sheets');
    const details = {
      name: 'Asha',
      id: 'C7',
      organisation: 'North PCN',
      startDate: '2026-04-01',
      wte: 0.6,
      pciDate: null,
      priorHours: 0,
      lineManager: 'L',
      clinicalSupervisor: 'C',
      coachingSupervisor: 'H',
    };
    await api.listTemplateSheets();
    await api.createTemplates({ sample: true });
    await api.newHire(details);
    await api.listFunctions();
    await api.createSelfTest();
    await api.insertFormula('=HWBC_TIER(250)');
    expect(await api.selectCell('Coaches', 7, 'K')).toEqual({ called: 'hwbcSelectCell', args: ['Coaches', 7, 'K'] });
    // The check's own work and template creation run in the sidebar over step calls
    // (steppedCheck.test.ts, steppedTemplates.test.ts), with the check's code loaded when first used.
    const steps = ['hwbcCheckScript', 'hwbcStepStart', 'hwbcStepRead', 'hwbcStepFormulas', 'hwbcStep'];
    expect(log.map((l) => l.name)).toEqual(SIDEBAR_CALLS.map((e) => e.name).filter((n) => !steps.includes(n)));
    expect(log.find((l) => l.name === 'hwbcAddTemplateSheets')?.args).toEqual([['Settings'], true, []]);
    expect(log.find((l) => l.name === 'hwbcNewHire')?.args).toEqual([details]);
    // Every name is a generated top-level function of Code.js (checked against the build in codeStubs.test.ts).
    for (const { name } of log) expect(ENTRY_POINTS.some((e) => e.name === name)).toBe(true);
  });

  it('has one typed call per server function of the contract, each a stub of Code.js', () => {
    const server = serverCalls(serverCaller(fakeRun(echo, [])));
    expect(Object.keys(server)).toEqual(SIDEBAR_CALLS.map((e) => e.name));
    expect(Object.keys(server).length).toBeGreaterThan(10);
    for (const name of Object.keys(server)) expect(ENTRY_POINTS.filter((e) => e.name === name)).toHaveLength(1);
  });

  it('refuses a Date before sending, saying to send yyyy-mm-dd text', async () => {
    const log: { name: string; args: unknown[] }[] = [];
    const api = sheetsPaneApi(serverCalls(serverCaller(fakeRun(echo, log))));
    const details = { startDate: new Date() } as unknown as Parameters<typeof api.newHire>[0];
    await expect(api.newHire(details)).rejects.toThrow(/yyyy-mm-dd text/);
    expect(log).toEqual([]);
  });

  it("gives the server's message, without Apps Script's prefix", async () => {
    const server = {
      hwbcNewHire: () => {
        throw new Error('Exception: A sheet called "Coaches" already exists.');
      },
    };
    const api = sheetsPaneApi(serverCalls(serverCaller(fakeRun(server, []))));
    const details = {} as Parameters<typeof api.newHire>[0];
    await expect(api.newHire(details)).rejects.toThrow(/^A sheet called "Coaches" already exists\.$/);
  });

  it("runs the check, the guess and the sign-off pack with the check's code, loaded once, over step calls", async () => {
    const seen: { action: string; port: unknown; args: unknown[] }[] = [];
    const fakeCheck: SidebarCheck = {
      checkWorkbook: async (port, ...args) => (seen.push({ action: 'check', port, args }), {}) as never,
      guessMappings: async (port) => (seen.push({ action: 'guess', port, args: [] }), []),
      createSignOffPack: async (port, ...args) => (seen.push({ action: 'pack', port, args }), { sheet: 'P', rows: 1 }),
    };
    let loads = 0;
    const log: { name: string; args: unknown[] }[] = [];
    const api = sheetsPaneApi(
      serverCalls(serverCaller(fakeRun(echo, log))),
      lazyCheck(async () => (loads++, fakeCheck)),
    );
    expect(loads).toBe(0);
    await api.guessMappings();
    await api.checkWorkbook({ asOf: '2026-03-20', writeReport: false }, {});
    expect(await api.signOffPack('HWBC-004', { asOf: '2026-03-20' })).toEqual({ sheet: 'P', rows: 1 });
    expect(loads).toBe(1);
    expect(seen.map((s) => s.action)).toEqual(['guess', 'check', 'pack']);
    expect(seen.every((s) => s.port instanceof SteppedPort)).toBe(true);
    // The pane shows no monthly figures, so the sidebar's check works none out.
    expect(seen[1].args).toEqual([{ asOf: '2026-03-20', writeReport: false, monthly: false }]);
    expect(seen[2].args).toEqual(['HWBC-004', '2026-03-20']);
    // The fake loader stands for the server's file: no server call was needed for it here.
    expect(log).toEqual([]);
  });

  it('says plainly when the check cannot be loaded, and tries again on the next action', async () => {
    let attempts = 0;
    const fakeCheck = { guessMappings: async () => [] } as unknown as SidebarCheck;
    const load = lazyCheck(async () => {
      attempts++;
      if (attempts === 1) throw new Error('NetworkError: connection lost');
      return fakeCheck;
    });
    const api = sheetsPaneApi(serverCalls(serverCaller(fakeRun(echo, []))), load);
    await expect(api.guessMappings()).rejects.toThrow(CHECK_NOT_LOADED);
    await expect(api.guessMappings()).resolves.toEqual([]);
    await expect(api.guessMappings()).resolves.toEqual([]);
    expect(attempts).toBe(2);
  });
});
