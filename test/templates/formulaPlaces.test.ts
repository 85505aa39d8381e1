/**
 * Issue 5: each template formula is produced next to the rule it mirrors. The formula builders
 * sit in shared/rules beside their rule and build on it; shared/templates/formulas holds only
 * what is no rule (cell references, sheet names).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const RULES = path.join(ROOT, 'shared', 'rules');
const HELPERS = path.join(ROOT, 'shared', 'templates', 'formulas');
const sources = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
/** The rules' topic folders (tiers/, supervision/, ...), each holding rules and their formulas. */
const ruleFolders = () =>
  fs
    .readdirSync(RULES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(RULES, e.name));
const imports = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('where the template formulas live', () => {
  it('beside the rule each one mirrors, built on that rule', () => {
    const formulas = ruleFolders().flatMap((dir) =>
      sources(dir)
        .filter((f) => f.endsWith('Formula.ts'))
        .map((file) => ({ dir, file })),
    );
    expect(formulas.length).toBeGreaterThanOrEqual(6);
    for (const { dir, file } of formulas) {
      const stem = file.replace(/Formula\.ts$/, '');
      const rules = sources(dir).filter((f) => !f.endsWith('Formula.ts') && f.startsWith(stem));
      const local = imports(path.join(dir, file)).filter((i) => i.startsWith('./'));
      expect({ file, besideItsRule: rules.length > 0 }).toEqual({ file, besideItsRule: true });
      expect({ file, readsItsRule: local.some((i) => rules.includes(`${i.slice(2)}.ts`)) }).toEqual({
        file,
        readsItsRule: true,
      });
    }
  });

  it('leaves only cell-reference helpers in shared/templates/formulas', () => {
    for (const file of sources(HELPERS)) {
      expect({ file, imports: imports(path.join(HELPERS, file)).filter((i) => i.includes('rules')) }).toEqual({
        file,
        imports: [],
      });
    }
  });
});
