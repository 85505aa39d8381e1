/**
 * Entry point of taskpane.js: mounts the shared pane (taskpane/) in Excel's task pane once
 * Office is ready. The same page is the shared runtime the custom functions run in.
 */
import { mountPane } from '../../taskpane';
import { excelPaneApi } from './paneApi';

Office.onReady(() => {
  const root = document.getElementById('hwbc-root');
  if (root) mountPane(root, excelPaneApi());
});
