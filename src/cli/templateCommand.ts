/** `hwbc template`: PLACEHOLDER until the templates are built. */
export async function templateCommand(_args: string[]): Promise<number> {
  console.error('hwbc template is not built yet.');
  return 2;
}
