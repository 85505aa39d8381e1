/**
 * functions.json is generated from the core's function table: one entry per function, with
 * ids Excel accepts, the core's help as descriptions, and every argument open to a range.
 */
import { functionsMetadata } from '../../src/excel/functions/functionsMetadata';
import { FUNCTIONS } from '../../shared/functions';

const metadata = functionsMetadata();

describe('functions.json', () => {
  it('describes every function of the core, in order, once', () => {
    expect(metadata.functions.map((f) => f.name)).toEqual(FUNCTIONS.map((f) => f.name));
    expect(new Set(metadata.functions.map((f) => f.id)).size).toBe(FUNCTIONS.length);
  });

  it.each(metadata.functions.map((f) => [f.id, f]))('gives %s an id and name Excel accepts', (_id, f) => {
    // Excel: letters, digits, "_" and "."; starting with a letter; at least 3 characters.
    expect(f.id).toMatch(/^[A-Za-z][A-Za-z0-9_.]{2,}$/);
    expect(f.name).toMatch(/^[A-Za-z][A-Za-z0-9_.]{2,127}$/);
    // A name that is also a cell address (e.g. "ABC1") would be taken for the cell.
    expect(f.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
  });

  it.each(FUNCTIONS.map((spec) => [spec.name, spec]))('describes %s from the core', (_name, spec) => {
    const f = metadata.functions.find((m) => m.id === spec.name)!;
    expect(f.description).toBe(spec.help);
    expect(f.result).toEqual({ type: 'any', dimensionality: 'matrix' });
    expect(f.parameters).toEqual(
      spec.params.map((p) => ({
        name: p.name,
        description: p.help,
        type: 'any',
        dimensionality: 'matrix',
        ...(p.optional ? { optional: true } : {}),
      })),
    );
    // A function that falls back on today's date recalculates like TODAY(); no other does.
    expect(f.options).toEqual(spec.usesToday ? { volatile: true } : undefined);
  });
});
