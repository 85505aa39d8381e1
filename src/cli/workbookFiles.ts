/**
 * The workbooks a command line names: files as given, every .xlsx and .csv file in a folder and
 * its sub-folders, and globs ("exports/*.xlsx", "team/**\/*.csv") for shells that pass them on
 * unexpanded (Windows, or a quoted pattern). A name that matches nothing is a problem to list,
 * never a reason to stop the rest.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The workbook files a folder or glob picks up. */
const WORKBOOK = /\.(xlsx|xlsm|csv)$/i;
/** Excel's lock files ("~$team.xlsx") and hidden files are not workbooks anyone saved. */
const NOT_SAVED = /^(~\$|\.)/;

/**
 * What the names given stand for: the files to check, in order, each once, and a reason for
 * each name that stands for none.
 *
 * @example
 * workbookFiles(['team', 'extra.csv']); // { files: ['team/a.xlsx', 'team/sub/b.xlsx', 'extra.csv'], problems: [] }
 */
export function workbookFiles(names: readonly string[]): {
  files: string[];
  problems: { file: string; problem: string }[];
} {
  const files: string[] = [];
  const problems: { file: string; problem: string }[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const name of names) {
    if (fs.existsSync(name) && fs.statSync(name).isDirectory()) {
      const found = filesIn(name);
      if (found.length === 0)
        problems.push({
          file: name,
          problem: `Cannot read "${name}": it is a folder with no .xlsx or .csv files in it.`,
        });
      found.forEach(add);
    } else if (!fs.existsSync(name) && /[*?[]/.test(name)) {
      const found = globbed(name);
      if (found.length === 0) problems.push({ file: name, problem: `No .xlsx or .csv file matches "${name}".` });
      found.forEach(add);
    } else add(name);
  }
  return { files, problems };
}

/** Every workbook file under a folder, sub-folders included, in name order. */
function filesIn(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (NOT_SAVED.test(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesIn(full));
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push(full);
  }
  return out;
}

/** A glob segment as a regular expression: * and ? within a name, [abc] a character class. */
function segmentPattern(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * The workbook files a glob matches: the folder before the first wildcard is walked, and the
 * rest matched a segment at a time, "**" standing for any number of folders.
 */
function globbed(pattern: string): string[] {
  const parts = pattern.split(/[\\/]+/);
  const first = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = parts.slice(first);
  const matches = (segments: string[], at: number): boolean => {
    if (at === rest.length) return segments.length === 0;
    if (rest[at] === '**') return segments.some((_, i) => matches(segments.slice(i), at + 1)) || matches([], at + 1);
    return segments.length > 0 && segmentPattern(rest[at]).test(segments[0]) && matches(segments.slice(1), at + 1);
  };
  if (!fs.existsSync(base) || !fs.statSync(base).isDirectory()) return [];
  return filesIn(base).filter((file) => matches(path.relative(base, file).split(path.sep), 0));
}
