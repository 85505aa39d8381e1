/**
 * The demonstration page: the task pane beside a workbook held in memory. It starts with the
 * practice's own sheet of coaches only; "Create sheets" with demonstration data adds the
 * template sheets and the sample team. Add `?delay=800` to the address to make every workbook
 * call slow, as a real host can be, and see the pane's progress feedback.
 */
import { mountPane } from '../../taskpane';
import { localToday } from '../../taskpane/today';
import { demoApi } from './demoApi';
import { MemoryWorkbook } from './memoryWorkbook';
import { observe } from './observedPort';
import { PRACTICE_SHEET, practiceSheet } from './practiceSheet';
import { tableView } from './tableView';

/** What tests and the curious can reach from the console: the workbook and the pane's API. */
declare global {
  interface Window {
    hwbcDemo?: { workbook: MemoryWorkbook; api: ReturnType<typeof demoApi>; render(): void };
  }
}

function start(): void {
  const today = localToday();
  const workbook = MemoryWorkbook.withSheets(today, { [PRACTICE_SHEET]: practiceSheet(today) });
  const paneRoot = document.getElementById('pane');
  const workbookRoot = document.getElementById('workbook');
  if (!paneRoot || !workbookRoot) throw new Error('The demonstration page is missing its layout.');
  const view = tableView(workbookRoot, workbook);
  const delayMs = Number(new URLSearchParams(location.search).get('delay')) || 0;
  const port = observe(workbook, { onChange: (sheet) => view.render(sheet), delayMs });
  const api = demoApi(port, view);
  mountPane(paneRoot, api);
  window.hwbcDemo = { workbook, api, render: () => view.render() };
}

start();
