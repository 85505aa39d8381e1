/**
 * Where the repository and its built files are, wherever the bench was compiled to.
 */
import fs from 'fs';
import path from 'path';

/** The nearest folder at or above `from` holding the add-in's package.json. */
function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'hwbc-toolkit') return dir;
    if (path.dirname(dir) === dir) throw new Error(`No hwbc-toolkit package.json above ${from}.`);
  }
}

/**
 * The repository's root folder.
 *
 * @example
 * path.basename(ROOT); // 'main'
 */
export const ROOT = repositoryRoot(__dirname);

/**
 * A built file, as `webpack --mode production` writes it.
 *
 * @example
 * distFile('gas/Code.js'); // '/…/dist/gas/Code.js'
 */
export function distFile(relative: string): string {
  const file = path.join(ROOT, 'dist', relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first with npx webpack --mode production.`);
  return file;
}
