/**
 * `hwbc`: the command line. `hwbc template` writes the template workbook, `hwbc new-hire` one
 * new coach's own workbook, `hwbc check` checks a workbook and `hwbc selftest` writes the
 * functions self-test for Excel (see USAGE).
 * Each command lives in its own file and returns the process exit code.
 */
const USAGE = `Usage:
  hwbc template --out FILE.xlsx [--sample]
  hwbc new-hire --out FILE.xlsx --name NAME --id ID --start YYYY-MM-DD [--wte 0.6] [more: hwbc new-hire --help]
  hwbc check FILE.xlsx|FILE.csv [--as-of YYYY-MM-DD] [--json]
  hwbc selftest --out FILE.xlsx`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  template: async () => (await import('./templateCommand')).templateCommand,
  'new-hire': async () => (await import('./newHireCommand')).newHireCommand,
  check: async () => (await import('./checkCommand')).checkCommand,
  selftest: async () => (await import('./selfTestCommand')).selfTestCommand,
};

/**
 * Runs one command line and gives the exit code: 0 done, 2 bad usage or unreadable file.
 *
 * @example
 * await main(['template', '--out', 'team.xlsx', '--sample']); // 0
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(name && name !== '--help' ? `Unknown command "${name}".\n${USAGE}` : USAGE);
    return name === '--help' ? 0 : 2;
  }
  return (await load())(rest);
}
