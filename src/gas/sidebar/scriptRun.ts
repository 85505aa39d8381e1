/**
 * google.script.run as promises, for the sidebar. Arguments must be plain data: Apps Script
 * drops a Date (and anything with one inside) on the way, so a Date here is refused at once
 * with a message, rather than arriving on the server as nothing. The rest of the sidebar
 * calls the server only through `serverCalls`, typed by the one contract (common/sidebarServer.ts).
 */
import { SIDEBAR_CALL_NAMES, type SidebarCalls, type SidebarCallName } from '../common/sidebarServer';

/** The part of google.script.run the sidebar uses. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

/** Calls one server function by name with arguments; resolves with its return value. */
export type ServerCall = <T>(name: SidebarCallName, ...args: unknown[]) => Promise<T>;

function assertPlain(value: unknown, where: string): void {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new TypeError(`${where}: dates go to Google Sheets as yyyy-mm-dd text, not as Date objects.`);
  }
  if (typeof value === 'function') throw new TypeError(`${where}: a function cannot be sent to Google Sheets.`);
  if (Array.isArray(value)) value.forEach((v) => assertPlain(v, where));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => assertPlain(v, where));
}

/** The server's message without the "Exception: " Apps Script puts in front of some. */
function serverError(error: unknown): Error {
  const message =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return new Error(message.replace(/^(Exception|Error): /, ''));
}

/**
 * A promise-returning caller over a google.script.run object (the real one by default).
 *
 * @example
 * const call = serverCaller(() => google.script.run);
 * const names = await call<string[]>('hwbcListTemplateSheets');
 */
export function serverCaller(run: () => ScriptRun): ServerCall {
  return <T>(name: SidebarCallName, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      assertPlain(args, name);
      const runner = run()
        .withSuccessHandler((value) => resolve(value as T))
        .withFailureHandler((error) => reject(serverError(error))) as unknown as Record<string, unknown>;
      const fn = runner[name];
      if (typeof fn !== 'function') throw new Error(`The add-on has no server function ${name}.`);
      fn.apply(runner, args);
    });
}

/**
 * The server's calls as typed methods over a caller: `server.hwbcStepRead('Hours log', 0, 2000)`
 * takes exactly the arguments the server function declares and answers its result.
 *
 * @example
 * const server = serverCalls(serverCaller(() => google.script.run));
 * const names = await server.hwbcListTemplateSheets(); // string[]
 */
export function serverCalls(call: ServerCall): SidebarCalls {
  const calls: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of SIDEBAR_CALL_NAMES) calls[name] = (...args) => call(name, ...args);
  return calls as SidebarCalls;
}
