/**
 * The sidebar page's script (inlined into Sidebar.html by webpack/gas.js): mounts the shared
 * pane on the page's root, on the panel the server asked for.
 */
import { mountPane, type PanelKey } from '../../../taskpane';
import { serverCaller, serverCalls, type ScriptRun } from './scriptRun';
import { sheetsPaneApi } from './sidebarApi';
import { PANEL_ATTRIBUTE, toPanel, type SidebarPanel } from '../common/sidebarPanel';

// The server names the pane's panels without compiling the pane: the two lists must agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const panelsAgree: Same<SidebarPanel, PanelKey> = true;
void panelsAgree;

declare const google: { script: { run: ScriptRun } };

const root = document.getElementById('hwbc-root');
if (root) {
  const api = sheetsPaneApi(serverCalls(serverCaller(() => google.script.run)));
  mountPane(root, api, { initialPanel: toPanel(root.getAttribute(PANEL_ATTRIBUTE)) });
}
