import fs from 'fs';
import path from 'path';
import { FUNCTIONS, functionName } from '../../shared/functions';
import { withReference } from '../../scripts/functionReference';

const README = path.join(__dirname, '..', '..', 'README.md');

describe('README function reference', () => {
  const readme = fs.readFileSync(README, 'utf8');

  if (process.env.HWBC_UPDATE_DOCS === '1') {
    it('is rewritten from the function table', () => {
      fs.writeFileSync(README, withReference(readme));
    });
    return;
  }

  it('is current with the function table (run `npm run docs` to update it)', () => {
    expect(readme).toBe(withReference(readme));
  });

  it('names every function in both spellings', () => {
    for (const f of FUNCTIONS) {
      expect(readme).toContain(functionName(f, 'sheets'));
      expect(readme).toContain(functionName(f, 'excel'));
    }
  });
});
