/**
 * CONTRIBUTING's worked example, run: a new coach column defined in the field registry alone
 * (shared/fields/coachFields.ts) is written by the template, mapped by the check at full
 * confidence, labelled in the pane and readable on each coach's row, with no other file
 * touched. (Reading it into the model and a finding that uses it are the other files the
 * example lists.)
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the modules must load after the registry has the new field, inside jest.isolateModules */
import type { FieldDefinition } from '../../shared/fields';

const KEY = 'tier2SignerOrganisation';
const DEFINITION: FieldDefinition = {
  label: "Tier 2 signer's organisation",
  synonyms: ['tier 2 signer organisation', 'sign off organisation', 'signer organisation'],
  read: 'text',
  column: { header: 'Tier 2 signer organisation', width: 20 },
};

/** The project's modules, loaded afresh after the registry has the new field. */
function withNewField() {
  let loaded!: {
    templates: typeof import('../../shared/templates');
    check: typeof import('../../shared/check');
    fieldLabels: typeof import('../../shared/check/find/fieldLabels');
    mappedRows: typeof import('../../shared/check/read/rows/mappedRows');
    memory: typeof import('../../shared/memory/memoryWorkbook');
  };
  jest.isolateModules(() => {
    const coach = require('../../shared/fields/coachFields') as {
      COACH_FIELDS: Record<string, FieldDefinition>;
      COACHES_TEMPLATE_ORDER: string[];
    };
    coach.COACH_FIELDS[KEY] = DEFINITION;
    coach.COACHES_TEMPLATE_ORDER.splice(coach.COACHES_TEMPLATE_ORDER.indexOf('tier2SignOffDate') + 1, 0, KEY);
    loaded = {
      templates: require('../../shared/templates'),
      check: require('../../shared/check'),
      fieldLabels: require('../../shared/check/find/fieldLabels'),
      mappedRows: require('../../shared/check/read/rows/mappedRows'),
      memory: require('../../shared/memory/memoryWorkbook'),
    };
  });
  return loaded;
}

describe('a new coach column defined in the field registry alone', () => {
  it('is a template column, typed in, after the Tier 2 sign-off date', () => {
    const { templates } = withNewField();
    const keys = templates.COACH_INPUT_COLUMNS.map((c) => c.key);
    expect(keys[keys.indexOf('tier2SignOffDate') + 1]).toBe(KEY);
    expect(templates.COACHES_COLUMNS.find((c) => c.key === KEY)).toEqual({ key: KEY, ...DEFINITION.column });
  });

  it('is written by the template, mapped by the check at full confidence and read on the row', async () => {
    const { templates, check, mappedRows, memory } = withNewField();
    const wb = new memory.MemoryWorkbook({ today: '2026-03-20' });
    await templates.createTemplates(wb, { sheets: ['Coaches'] });
    await templates.addNewHire(wb, {
      id: 'HWBC-9',
      name: 'New Coach',
      organisation: 'Northside PCN',
      startDate: '2026-03-02',
      wte: 1,
      priorHours: 0,
      lineManager: 'A',
      clinicalSupervisor: 'B',
      coachingSupervisor: 'C',
      pciDate: null,
    });
    const sheet = await wb.read('Coaches');
    const column = sheet.values[0].indexOf('Tier 2 signer organisation');
    await wb.write('Coaches', { row: 1, col: column }, [['Southside PCN']]);
    const mapping = (await check.guessMappings(wb)).find((m) => m.sheet === 'Coaches')!;
    expect(mapping.columns.find((c) => c.column === column)).toMatchObject({ field: KEY, confidence: 1 });
    const rows = mappedRows.mappedRows(await wb.read('Coaches'), mapping);
    expect(rows.row(0).get(KEY as never)?.value).toBe('Southside PCN');
  });

  it('is offered in the pane\'s "correct the mapping" list with its label', () => {
    const { fieldLabels } = withNewField();
    expect(fieldLabels.kindFields('coaches')).toContainEqual({ field: KEY, label: DEFINITION.label });
  });
});
