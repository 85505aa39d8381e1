/**
 * CONTRIBUTING stays true: every file and folder it names exists, and its lists name the
 * files a change really touches (the rules index, the pinned function list, the registry).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const TEXT = fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The section under a "## " heading. */
function section(title: string): string {
  const start = TEXT.indexOf(`## ${title}`);
  const end = TEXT.indexOf('\n## ', start + 1);
  return TEXT.slice(start, end < 0 ? undefined : end);
}

describe('CONTRIBUTING.md', () => {
  it('names only files and folders that exist', () => {
    const named = [...TEXT.matchAll(/`((?:shared|src|taskpane|test|bench|docs|scripts)\/[^`<>*\s]*)`/g)].map(
      (m) => m[1],
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it.each([
    ['Adding a rule', ['docs/rules.md', 'shared/rules/index.ts', 'test/templates/formulaSheets.ts']],
    [
      'Adding a spreadsheet function',
      ['shared/functions/index.ts', 'shared/functions/functionTable.test.ts', 'npm run docs'],
    ],
    [
      'Adding a field',
      ['shared/fields/coachFields.ts', 'shared/check/read/model.ts', 'shared/check/read/readCoaches.ts'],
    ],
    [
      'Adding a finding',
      ['shared/check/findings/findingRules.ts', 'shared/check/messages.ts', 'shared/check/runCheck.ts'],
    ],
  ])('lists what "%s" touches', (title, files) => {
    const text = section(title);
    for (const f of files)
      expect({ title, names: f, listed: text.includes(f) }).toEqual({ title, names: f, listed: true });
  });

  it('shows a new coach column touching at most four files', () => {
    const example = section('Adding a field');
    const steps = example.slice(example.indexOf('touches four files')).match(/^\d\. /gm) ?? [];
    expect(steps.length).toBeLessThanOrEqual(4);
  });
});
