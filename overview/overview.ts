/**
 * The PCN overview page: the lead chooses or drops many workbooks (or a folder), a worker reads
 * and checks them one by one off the page's thread (overviewWorker.ts) while the page shows how
 * many are read, then the page shows the team, the findings, the monthly summary and charts,
 * and offers the same .xlsx report as `hwbc check --report` to download. Nothing is uploaded.
 */
import type { TeamResult } from '../shared/team/types';
import { el, replaceChildren } from '../taskpane/dom';
import { browserDownload } from '../src/demo/downloadHireWorkbook';
import { chartsView, findingsView, monthlyView, problemsView } from './resultViews';
import { teamTable } from './teamTable';
import { chosenFiles, droppedFiles, droppedItems, fromFileList, type ChosenFile } from './chosenFiles';
import type { FromWorker, ToWorker } from './workerMessages';

function start(main: HTMLElement): void {
  const worker = new Worker('overviewWorker.js');
  const progress = el(
    'p',
    { role: 'status', 'aria-live': 'polite', class: 'overview-progress' },
    'No workbooks chosen yet.',
  );
  const results = el('div', { class: 'overview-results' });
  const filesInput = el('input', { type: 'file', multiple: true, accept: '.xlsx,.xlsm,.csv', id: 'overview-files' });
  const folderInput = el('input', { type: 'file', webkitdirectory: true, id: 'overview-folder' });
  const download = el('button', { type: 'button', disabled: true }, 'Download the team report (.xlsx)');
  const drop = el(
    'div',
    { class: 'overview-drop' },
    el('p', {}, 'Drop workbooks here, or choose them:'),
    el('label', { for: 'overview-files' }, 'Workbooks '),
    filesInput,
    el('label', { for: 'overview-folder' }, 'A folder '),
    folderInput,
  );
  let result: TeamResult | null = null;
  const check = (files: ChosenFile[]) => {
    if (files.length === 0) return;
    download.disabled = true;
    replaceChildren(results);
    progress.textContent = `Reading 0 of ${files.length} workbooks…`;
    worker.postMessage({
      kind: 'check',
      files,
      asOf: new URLSearchParams(location.search).get('asOf'),
    } satisfies ToWorker);
  };
  worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.kind === 'progress') progress.textContent = `Read ${m.done} of ${m.total} workbooks…`;
    else if (m.kind === 'failed') progress.textContent = `Something went wrong: ${m.message}`;
    else if (m.kind === 'report')
      browserDownload(`team-report ${result?.asOf ?? ''}.xlsx`.replace(' .xlsx', '.xlsx'), m.bytes);
    else {
      result = m.result;
      const notRead = result.files.filter((f) => f.problem !== null).length;
      progress.textContent =
        `Read ${result.files.length - notRead} of ${result.files.length} workbooks` +
        `${notRead ? ` (${notRead} not read: see below)` : ''}: ${result.coaches.length} coaches, as of ${result.asOf ?? 'today'}.`;
      download.disabled = result.coaches.length === 0;
      replaceChildren(
        results,
        problemsView(result),
        teamTable(result.coaches),
        findingsView(result),
        monthlyView(result),
        chartsView(result),
      );
    }
  });
  filesInput.addEventListener('change', () => check(chosenFiles(fromFileList(filesInput.files ?? []))));
  folderInput.addEventListener('change', () => check(chosenFiles(fromFileList(folderInput.files ?? []))));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    // Dropped folders are read through, sub-folders included, as a chosen folder is.
    const items = droppedItems(e.dataTransfer);
    progress.textContent = 'Looking through what was dropped…';
    void droppedFiles(items).then((files) => {
      const chosen = chosenFiles(files);
      if (chosen.length === 0) progress.textContent = 'No .xlsx or .csv workbooks were found in what was dropped.';
      check(chosen);
    });
  });
  download.addEventListener('click', () => worker.postMessage({ kind: 'report' } satisfies ToWorker));
  replaceChildren(main, drop, progress, el('p', {}, download), results);
}

const main = document.getElementById('overview');
if (main) start(main);
