/**
 * Reads a new hire's own .xlsx workbook the way a practice manager would open it: with exceljs
 * (not the add-in's own reader), the Coaches sheet's rows by their headers, so tests of the
 * Excel window and the demo download check the file itself.
 */
import ExcelJS from 'exceljs';

/** A row of the Coaches sheet with a coach ID in it, as header → value (formulas as "=…" text). */
export type CoachRow = Record<string, unknown>;

/**
 * The workbook's sheet names and the coaches on its Coaches sheet.
 *
 * @example
 * const { sheets, coaches } = await hireWorkbookCoaches(fs.readFileSync(file));
 * coaches[0]['Coach ID']; // 'HWBC-21'
 */
export async function hireWorkbookCoaches(bytes: Uint8Array): Promise<{ sheets: string[]; coaches: CoachRow[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Coaches');
  if (!ws) throw new Error(`No Coaches sheet among ${wb.worksheets.map((w) => w.name).join(', ')}.`);
  const headers: string[] = [];
  ws.getRow(1).eachCell((cell, col) => (headers[col] = String(cell.value)));
  const coaches: CoachRow[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const coach: CoachRow = {};
    row.eachCell((cell, col) => {
      const v = cell.value as { formula?: string } | null;
      coach[headers[col] ?? `column ${col}`] = v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : v;
    });
    // The template carries its formulas down many rows ahead; a coach is a row with an ID.
    if (coach['Coach ID'] !== undefined && coach['Coach ID'] !== null && coach['Coach ID'] !== '') coaches.push(coach);
  });
  return { sheets: wb.worksheets.map((w) => w.name), coaches };
}
