/**
 * The sidebar page's script (inlined into Sidebar.html by webpack/gas.js): mounts the shared
 * pane on the page's root, on the panel the server asked for.
 */
import { mountPane } from '../../../taskpane';
import { serverCaller, type ScriptRun } from './scriptRun';
import { sheetsPaneApi } from './sidebarApi';
import { PANEL_ATTRIBUTE, toPanel } from '../common/sidebarPanel';

declare const google: { script: { run: ScriptRun } };

const root = document.getElementById('hwbc-root');
if (root) {
  const api = sheetsPaneApi(serverCaller(() => google.script.run));
  mountPane(root, api, { initialPanel: toPanel(root.getAttribute(PANEL_ATTRIBUTE)) });
}
