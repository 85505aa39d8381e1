/**
 * The demonstration page: the task pane beside a workbook held in memory. It starts with the
 * sample team of the template sheets, made at start-up by the same `createTemplates` as the
 * Templates panel's "Create sheets", beside the practice's own sheet "Our coaches"; with
 * `?start=empty` it starts with "Our coaches" only, so creating the sheets can be tried. Add
 * `?delay=800` to make every workbook call slow, as a real host can be, and see the pane's
 * progress feedback.
 */
import { createTemplates } from '../../shared/templates';
import { mountPane } from '../../taskpane';
import { localToday } from '../../taskpane/today';
import { demoApi } from './demoApi';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { observe } from './observedPort';
import { PRACTICE_SHEET, practiceSheet } from './practiceSheet';
import { restartLink, START_NOTES, startFrom } from './startWith';
import { tableView } from './tableView';

/** What tests and the curious can reach from the console: the workbook and the pane's API. */
declare global {
  interface Window {
    hwbcDemo?: { workbook: MemoryWorkbook; api: ReturnType<typeof demoApi>; render(): void };
  }
}

async function start(): Promise<void> {
  const today = localToday();
  const paneRoot = document.getElementById('pane');
  const workbookRoot = document.getElementById('workbook');
  if (!paneRoot || !workbookRoot) throw new Error('The demonstration page is missing its layout.');
  const begin = startFrom(location.search);
  const workbook = MemoryWorkbook.withSheets(today, { [PRACTICE_SHEET]: practiceSheet(today) });
  if (begin === 'sample') await createTemplates(workbook, { sample: true });
  const view = tableView(workbookRoot, workbook, {
    about: START_NOTES[begin],
    restart: restartLink(location, begin),
  });
  const delayMs = Number(new URLSearchParams(location.search).get('delay')) || 0;
  const port = observe(workbook, { onChange: (sheet) => view.render(sheet), delayMs });
  const api = demoApi(port, view);
  mountPane(paneRoot, api);
  window.hwbcDemo = { workbook, api, render: () => view.render() };
}

void start();
