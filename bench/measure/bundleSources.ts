/**
 * The five largest sources of each bundle, as the build records them (webpack/shared/
 * bundleSources.js writes build/bundle-sources/<target>.json): sizes as bundled, after
 * TypeScript and before minification, so they rank what a bundle carries rather than add up
 * to its size.
 */
import fs from 'fs';
import path from 'path';
import { ROOT } from '../paths';

/** Where each bundle's sources are recorded: the build target and its entry. */
const ENTRIES: Record<string, { target: string; chunk: string }> = {
  'Task pane (Excel)': { target: 'excel', chunk: 'taskpane' },
  'Excel custom functions': { target: 'excel', chunk: 'functions' },
  'Apps Script Code.js': { target: 'gas', chunk: 'Code' },
  'Sheets sidebar HTML': { target: 'gas', chunk: 'sidebar' },
  'Sheets sidebar check (loaded when first used)': { target: 'gas', chunk: 'SidebarCheck' },
};

/**
 * The five largest sources of a bundle by name, largest first.
 *
 * @example
 * largestSources('Sheets sidebar check (loaded when first used)')[0]; // { file: 'node_modules/zod/v4/core/schemas.js', size: 112107 }
 */
export function largestSources(bundle: string, n = 5): { file: string; size: number }[] {
  const entry = ENTRIES[bundle];
  if (!entry) return [];
  const file = path.join(ROOT, 'build', 'bundle-sources', `${entry.target}.json`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first with npx webpack --mode production.`);
  const chunks = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { file: string; size: number }[]>;
  return (chunks[entry.chunk] ?? []).slice(0, n);
}
