/**
 * What users download: each built bundle's size as webpack wrote it (minified) and gzipped
 * with zlib's default level, as a web server or Google would send it.
 */
import fs from 'fs';
import { gzipSync } from 'zlib';
import { distFile } from '../paths';

/** One bundle: its files under dist/ and their sizes together. */
export interface BundleSize {
  name: string;
  files: readonly string[];
  minified: number;
  gzipped: number;
}

/**
 * The bundles the bench reports, by name, with the files each is made of.
 *
 * @example
 * BUNDLES[0].files; // ['excel/taskpane.js', 'excel/pane.css']
 */
export const BUNDLES: readonly { name: string; files: readonly string[] }[] = [
  { name: 'Task pane (Excel)', files: ['excel/taskpane.js', 'excel/pane.css'] },
  { name: 'Excel custom functions', files: ['excel/functions.js'] },
  { name: 'Apps Script Code.js', files: ['gas/Code.js'] },
  { name: 'Sheets sidebar HTML', files: ['gas/Sidebar.html'] },
  // Loaded by the sidebar the first time the check, a guess or a sign-off pack is asked for.
  { name: 'Sheets sidebar check (loaded when first used)', files: ['gas/SidebarCheck.html'] },
];

/**
 * Sizes in bytes; a bundle of several files is the sum of each file gzipped on its own, as
 * each is sent on its own.
 *
 * @example
 * bundleSizes()[2]; // { name: 'Apps Script Code.js', files: ['gas/Code.js'], minified: 493935, gzipped: 121148 }
 */
export function bundleSizes(): BundleSize[] {
  return BUNDLES.map(({ name, files }) => {
    const contents = files.map((f) => fs.readFileSync(distFile(f)));
    return {
      name,
      files,
      minified: contents.reduce((n, c) => n + c.length, 0),
      gzipped: contents.reduce((n, c) => n + gzipSync(c).length, 0),
    };
  });
}
