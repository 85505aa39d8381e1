/** `hwbc check`: PLACEHOLDER until the workbook check is built. */
export async function checkCommand(_args: string[]): Promise<number> {
  console.error('hwbc check is not built yet.');
  return 2;
}
