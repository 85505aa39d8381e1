/**
 * The Excel pane's workbook actions come from a file of their own, loaded on first use: loaded
 * once however many actions follow, the same answers as the service itself, and a failed
 * load said in plain words and tried again on the next action.
 */
import { paneService } from '../../shared/paneService';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { lazyPaneService, SERVICE_NOT_LOADED, type LoadPaneService } from '../../src/excel/lazyPaneService';

const loader = (fail: () => boolean) => {
  const load = jest.fn<ReturnType<LoadPaneService>, []>(() =>
    fail()
      ? Promise.reject(new Error('Loading chunk 512 failed. (https://x/pane-service.js)'))
      : Promise.resolve({ paneService }),
  );
  return load;
};

it('loads the service once, on the first action, and answers as the service does', async () => {
  const load = loader(() => false);
  const lazy = lazyPaneService(new MemoryWorkbook({ today: '2026-03-20' }), 'excel', load);
  expect(load).not.toHaveBeenCalled();
  const direct = paneService(new MemoryWorkbook({ today: '2026-03-20' }), 'excel');
  expect(await lazy.listTemplateSheets()).toEqual(await direct.listTemplateSheets());
  expect(await lazy.listFunctions()).toEqual(await direct.listFunctions());
  const made = await lazy.createTemplates({ sample: true });
  expect([...made.added].sort()).toEqual([...(await direct.listTemplateSheets())].sort());
  const checked = await lazy.checkWorkbook({ asOf: '2026-03-20', writeReport: false });
  expect(checked.coaches.length).toBeGreaterThan(0);
  expect(load).toHaveBeenCalledTimes(1);
});

it('says in plain words when the file cannot be loaded, and tries again next time', async () => {
  let offline = true;
  const load = loader(() => offline);
  const lazy = lazyPaneService(new MemoryWorkbook({ today: '2026-03-20' }), 'excel', load);
  await expect(lazy.guessMappings()).rejects.toThrow(SERVICE_NOT_LOADED);
  await expect(lazy.listTemplateSheets()).rejects.toThrow(SERVICE_NOT_LOADED);
  offline = false;
  expect((await lazy.listTemplateSheets()).length).toBeGreaterThan(5);
  expect(load).toHaveBeenCalledTimes(3);
});
