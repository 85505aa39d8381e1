/**
 * The check's code (checkChunk.ts, built as SidebarCheck.html) loaded into the sidebar the first
 * time it is needed, the way the Excel task pane loads its workbook actions: the server hands
 * the file's text over google.script.run and the page runs it as a script element of its own,
 * once. Nothing is evaluated from a string (no eval, no Function). A load that fails says so in
 * plain words and is tried again on the next action.
 */
import type { checkWorkbook, guessMappings } from '../../../shared/check';
import type { createSignOffPack } from '../../../shared/pack/createSignOffPack';
import type { SidebarCalls } from '../common/sidebarServer';

/** What the check's file gives the sidebar. */
export interface SidebarCheck {
  checkWorkbook: typeof checkWorkbook;
  guessMappings: typeof guessMappings;
  createSignOffPack: typeof createSignOffPack;
}

/** The page global the built SidebarCheck.html assigns (webpack/gas.js names the same). */
export const CHECK_GLOBAL = 'HWBC_SIDEBAR_CHECK';

/** Loads the check's code: from the server's file by default, from the sources in a test. */
export type LoadCheck = () => Promise<SidebarCheck>;

/** The message when the check's code could not be loaded. */
export const CHECK_NOT_LOADED =
  'The part of the add-on that checks the workbook could not be loaded. Check your connection, then try again.';

function isSidebarCheck(value: unknown): value is SidebarCheck {
  const v = value as Partial<Record<keyof SidebarCheck, unknown>> | null | undefined;
  return (
    typeof v?.checkWorkbook === 'function' &&
    typeof v.guessMappings === 'function' &&
    typeof v.createSignOffPack === 'function'
  );
}

/**
 * Loads the check from the server's SidebarCheck file into the page as a script element
 * (the sidebar's own page unless told otherwise).
 *
 * @example
 * const load = checkFromServer(server);
 * (await load()).guessMappings(port);
 */
export function checkFromServer(server: SidebarCalls, thePage: () => Document = () => document): LoadCheck {
  return async () => {
    const page = thePage();
    const global = page.defaultView as unknown as Record<string, unknown>;
    if (!isSidebarCheck(global[CHECK_GLOBAL])) {
      const script = page.createElement('script');
      // A classic script's top-level `var` becomes a property of the page's window.
      script.text = await server.hwbcCheckScript();
      page.head.appendChild(script);
    }
    const check = global[CHECK_GLOBAL];
    if (!isSidebarCheck(check)) throw new Error(CHECK_NOT_LOADED);
    return check;
  };
}

/**
 * The check loaded once by `load`; a failed load gives CHECK_NOT_LOADED and is tried again
 * the next time.
 *
 * @example
 * const loadCheck = lazyCheck(checkFromServer(server, document));
 * await loadCheck(); // loads SidebarCheck once; later calls answer at once
 */
export function lazyCheck(load: LoadCheck): LoadCheck {
  let loading: Promise<SidebarCheck> | null = null;
  return () =>
    (loading ??= load().catch(() => {
      loading = null;
      throw new Error(CHECK_NOT_LOADED);
    }));
}
