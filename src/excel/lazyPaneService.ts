/**
 * The pane service (templates, new hire, the check, sign-off packs) loaded the first time the
 * pane asks for it, from its own file beside the task pane (the add-in's own address, as its
 * Content-Security-Policy allows), so taskpane.js, which Excel loads with the custom
 * functions in one shared runtime, carries only the pane itself.
 */
import type { Host } from '../../shared/functions/naming';
import type { PortMethods } from '../../shared/paneService';
import type { WorkbookPort } from '../../shared/workbook';

/** What loads the service's code: webpack's own chunk by default, a test's stand-in otherwise. */
export type LoadPaneService = () => Promise<Pick<typeof import('../../shared/paneService'), 'paneService'>>;

const loadChunk: LoadPaneService = () => import(/* webpackChunkName: "pane-service" */ '../../shared/paneService');

/** The message when the file cannot be fetched: webpack's own names a script address. */
export const SERVICE_NOT_LOADED =
  'The part of the add-in that works on the workbook could not be loaded. Check your connection, then try again.';

/**
 * The pane service over `port`, its code loaded on the first call (a failed load is tried
 * again on the next).
 *
 * @example
 * const service = lazyPaneService(new OfficeWorkbook(), 'excel');
 * await service.listTemplateSheets(); // loads pane-service.js once, then ['Coaches', …]
 */
export function lazyPaneService(port: WorkbookPort, spelling: Host, load: LoadPaneService = loadChunk): PortMethods {
  let service: Promise<PortMethods> | null = null;
  const loaded = (): Promise<PortMethods> =>
    (service ??= load().then(
      (m) => m.paneService(port, spelling),
      () => {
        service = null;
        throw new Error(SERVICE_NOT_LOADED);
      },
    ));
  return {
    listTemplateSheets: async () => (await loaded()).listTemplateSheets(),
    createTemplates: async (options, watch) => (await loaded()).createTemplates(options, watch),
    newHire: async (details) => (await loaded()).newHire(details),
    guessMappings: async () => (await loaded()).guessMappings(),
    checkWorkbook: async (options, watch) => (await loaded()).checkWorkbook(options, watch),
    signOffPack: async (coach, options) => (await loaded()).signOffPack(coach, options),
    listFunctions: async () => (await loaded()).listFunctions(),
    createSelfTest: async () => (await loaded()).createSelfTest(),
  };
}
