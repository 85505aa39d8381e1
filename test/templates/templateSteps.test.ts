/**
 * Template creation in steps: the plan groups sheets that read each other into one step, so
 * a host that stops between steps never leaves half of such a pair; the steps together make
 * exactly what creating in one go makes.
 */
import { createTemplates, planTemplates, TEMPLATE_SHEET_NAMES } from '../../shared/templates';
import { inSteps } from '../../shared/templates/templateSteps';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

describe('inSteps', () => {
  it('puts a sheet with the step before it when that step reads it', () => {
    expect(inSteps(['Coaches', 'Competencies', 'Evidence log'])).toEqual([
      ['Coaches'],
      ['Competencies', 'Evidence log'],
    ]);
    expect(inSteps(['Settings', 'Hours log', 'Caseload'])).toEqual([['Settings'], ['Hours log'], ['Caseload']]);
    expect(inSteps(['Evidence log'])).toEqual([['Evidence log']]);
    expect(inSteps([])).toEqual([]);
  });
});

describe('planTemplates', () => {
  it('plans every missing sheet once, in the order creating in one go adds them', async () => {
    const plan = await planTemplates(new MemoryWorkbook({ today: '2026-03-20' }), {});
    const made = await createTemplates(new MemoryWorkbook({ today: '2026-03-20' }), {});
    expect(plan.steps.flat()).toEqual(made.added);
    expect(plan.steps.flat().sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
    expect(plan.steps.filter((s) => s.length > 1)).toEqual([['Competencies', 'Evidence log']]);
  });

  it('plans nothing for sheets already there, and says why', async () => {
    const book = new MemoryWorkbook({ today: '2026-03-20' });
    await createTemplates(book, { sheets: ['Settings'] });
    const plan = await planTemplates(book, { sheets: ['Settings', 'Payroll'] });
    expect(plan.steps).toEqual([]);
    expect(plan.skipped.map((s) => s.sheet)).toEqual(['Payroll', 'Settings']);
  });
});
