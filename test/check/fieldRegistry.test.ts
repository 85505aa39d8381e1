/**
 * The field registry is the one definition of every field: the template writes its columns
 * from it and the check maps headers with it. So every template sheet, written and read back
 * through the check's own mapping, must map every column to the field that wrote it, at full
 * confidence: nothing guessed, nothing left over, nothing taken by another field.
 */
import { guessMappings } from '../../shared/check';
import { kindFields } from '../../shared/check/find/fieldLabels';
import { SHEET_FIELDS } from '../../shared/check/find/headerSynonyms';
import { FIELDS, fieldsOf, SHEET_KINDS, TEMPLATE_ORDER, type SheetKind } from '../../shared/fields';
import { createTemplates, templateSheet } from '../../shared/templates';
import { TEMPLATE_SHEET_KINDS } from '../../shared/check/find/sheetKinds';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const SHEET_OF: Record<SheetKind, string> = Object.fromEntries(
  Object.entries(TEMPLATE_SHEET_KINDS).map(([lower, kind]) => [kind, lower]),
) as Record<SheetKind, string>;

describe('every template sheet read back through the check', () => {
  let mappings: Awaited<ReturnType<typeof guessMappings>>;

  beforeAll(async () => {
    const wb = new MemoryWorkbook({ today: '2026-03-20' });
    await createTemplates(wb, { sample: true });
    mappings = await guessMappings(wb);
  });

  it.each(SHEET_KINDS)('maps every %s column to its own field with no guessing', (kind) => {
    const mapping = mappings.find((m) => m.sheet.toLowerCase() === SHEET_OF[kind]);
    expect(mapping?.kind).toBe(kind);
    const written = templateSheet(mapping!.sheet).columns.map((c, column) => ({ column, field: c.key }));
    const read = mapping!.columns.map((c) => ({ column: c.column, field: c.field, confidence: c.confidence }));
    expect(read).toEqual(written.map((w) => ({ ...w, confidence: 1 })));
  });
});

describe('the field registry', () => {
  it.each(SHEET_KINDS)('gives every %s template column a field with a column, once', (kind) => {
    const order: readonly string[] = TEMPLATE_ORDER[kind];
    expect(new Set(order).size).toBe(order.length);
    const withColumns = fieldsOf(kind)
      .filter((f) => f.definition.column)
      .map((f) => f.key);
    expect([...order].sort()).toEqual(withColumns.sort());
  });

  it.each(SHEET_KINDS)("is the check's %s header table and the pane's labels, field for field", (kind) => {
    const keys = Object.keys(FIELDS[kind]);
    expect(SHEET_FIELDS[kind].map((f) => f.field)).toEqual(keys);
    expect(kindFields(kind).map((f) => f.field)).toEqual(keys);
    const labels = kindFields(kind).map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('marks worked-out fields as not read, for the check and for the pane', () => {
    const coaches = kindFields('coaches');
    expect(coaches.find((f) => f.field === 'hoursToNextTier')?.label).toBe(
      'Hours to next tier (worked out by the sheet, not read)',
    );
    expect(SHEET_FIELDS.coaches.find((f) => f.field === 'dueClinical')?.computed).toBe(true);
    expect(SHEET_FIELDS.coaches.find((f) => f.field === 'claimedTier')?.computed).toBeUndefined();
  });
});
