/**
 * The project's own rules document: docs/rules.md states every rule with the framework section
 * it comes from, the code cites it by section, and nothing in the repository points at a rules
 * file outside it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const RULES = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
const sections = [...RULES.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => ({ number: Number(m[1]), title: m[2] }));

/** The repository's own text files (what git tracks, and new files not yet added). */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT });
  return out
    .toString()
    .split('\n')
    .filter(
      (f) =>
        /\.(ts|js|mjs|html|md|json|sh)$/.test(f) && !f.startsWith('CHANGELOG') && fs.existsSync(path.join(ROOT, f)),
    );
}

describe('docs/rules.md', () => {
  it('has its nine sections, each naming the framework sections it comes from', () => {
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const s of sections)
      expect({ section: s.number, cites: /\(framework .*(§|Appendix)/.test(s.title) }).toEqual({
        section: s.number,
        cites: true,
      });
  });

  it('marks the choices the framework leaves open as decisions', () => {
    expect((RULES.match(/\*\*Decision:?\*\*/g) ?? []).length).toBeGreaterThanOrEqual(10);
  });

  it('is what the code cites: every "docs/rules.md §N" is a section it has', () => {
    const cited = new Set<number>();
    for (const file of repositoryFiles()) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/docs\/rules\.md §(\d+)/g)) cited.add(Number(m[1]));
    }
    expect(cited.size).toBeGreaterThan(3);
    for (const n of cited) expect(sections.map((s) => s.number)).toContain(n);
  });

  it('is the only rules file cited: nothing points at a rules file or folder outside the repository', () => {
    const outside = /RULES\.md|\/work\/shared|\.\.\/shared\/(RULES|reference|vectors)/;
    const offending = repositoryFiles().filter((file) => {
      if (file === 'test/docs/rulesDocument.test.ts') return false;
      return outside.test(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    });
    expect(offending).toEqual([]);
  });
});
