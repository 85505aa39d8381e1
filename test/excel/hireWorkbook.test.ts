/**
 * "Open <name>'s own workbook" in Excel: the pane builds the .xlsx file and hands it to
 * Excel.createWorkbook once, as base64; the file holds the coach on Coaches; the workbook the
 * pane is in is left as it was.
 */
import type { NewHireDetails } from '../../shared/api';
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { excelPaneApi } from '../../src/excel/paneApi';
import { hireWorkbookCoaches } from '../support/hireWorkbookCoaches';
import { FakeExcel } from '../support/officeFakes';

const HIRE: NewHireDetails = {
  name: 'Priya Shah',
  id: 'HWBC-21',
  organisation: 'Riverside PCN',
  startDate: '2026-01-05',
  wte: 0.6,
  pciDate: null,
  priorHours: 0,
  lineManager: 'Sam Lee',
  clinicalSupervisor: 'Dr Jo Hart',
  coachingSupervisor: 'Alex Moor',
};

/** Office.js's `Excel.createWorkbook`, as the add-in reaches it: a global. */
const createWorkbook = jest.fn<Promise<void>, [string]>();
beforeEach(() => {
  createWorkbook.mockReset().mockResolvedValue(undefined);
  (globalThis as { Excel?: unknown }).Excel = { createWorkbook };
});
afterAll(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

function paneFor(excel: FakeExcel) {
  const host = excel.host();
  return excelPaneApi(new OfficeWorkbook(host), host.run);
}

describe('openHireWorkbook in Excel', () => {
  it('opens one new workbook, given as base64 of an .xlsx file with the coach on Coaches', async () => {
    const excel = new FakeExcel([{ name: 'Team', values: [['Name'], ['Asha']] }]);
    const { message } = await paneFor(excel).openHireWorkbook!(HIRE);

    expect(createWorkbook).toHaveBeenCalledTimes(1);
    const base64 = createWorkbook.mock.calls[0][0];
    expect(base64).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const bytes = Buffer.from(base64, 'base64');
    expect(bytes.toString('base64')).toBe(base64);
    const { sheets, coaches } = await hireWorkbookCoaches(bytes);
    expect(sheets).toEqual(expect.arrayContaining(['Coaches', 'Training', 'Settings']));
    expect(coaches).toHaveLength(1);
    expect(coaches[0]).toMatchObject({ 'Coach ID': HIRE.id, Name: HIRE.name, Organisation: HIRE.organisation });
    expect(message).toContain(`Opened ${HIRE.name}'s own workbook in a new Excel window`);
    expect(message).toContain('Coaches row 2');
  });

  it('leaves the workbook the pane is in as it was', async () => {
    const excel = new FakeExcel([{ name: 'Team', values: [['Name'], ['Asha']] }]);
    await paneFor(excel).openHireWorkbook!(HIRE);
    expect(excel.added).toEqual([]);
    expect(excel.ranges.filter((r) => Object.keys(r.range).some((k) => /values|formulas/.test(k)))).toEqual([]);
    expect(excel.sheet('Team').cells.get('2,1')?.value).toBe('Asha');
  });

  it("passes on Excel's refusal, having asked once", async () => {
    createWorkbook.mockRejectedValue(new Error('This operation is not allowed due to the extension hardening policy.'));
    await expect(paneFor(new FakeExcel([])).openHireWorkbook!(HIRE)).rejects.toThrow('extension hardening');
    expect(createWorkbook).toHaveBeenCalledTimes(1);
  });

  it('refuses details the new-hire form would refuse, and opens nothing', async () => {
    await expect(paneFor(new FakeExcel([])).openHireWorkbook!({ ...HIRE, id: '' })).rejects.toMatchObject({
      errors: { id: expect.any(String) },
    });
    expect(createWorkbook).not.toHaveBeenCalled();
  });
});
