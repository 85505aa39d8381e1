import { chosenFiles, droppedFiles, fromFileList, type DroppedEntry, type DroppedItem } from './chosenFiles';

/** A file as a browser's file box gives it (webkitRelativePath is '' unless chosen as a folder). */
function file(name: string, relativePath = ''): File {
  const f = new File(['x'], name);
  Object.defineProperty(f, 'webkitRelativePath', { value: relativePath });
  return f;
}

/**
 * A dropped folder or file as Chromium gives it: a folder's reader hands out at most 100
 * entries a call, then an empty batch, and a reader read past its end stays empty.
 */
type Tree = { [name: string]: Tree | 'file' | 'unreadable' };
function entry(fullPath: string, node: Tree | 'file' | 'unreadable', calls: number[]): DroppedEntry {
  if (node === 'file' || node === 'unreadable')
    return {
      isFile: true,
      isDirectory: false,
      fullPath,
      file: (ok, fail) =>
        node === 'file' ? ok(new File(['x'], fullPath.split('/').pop()!)) : fail?.(new Error('gone')),
    };
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      const rest = Object.entries(node).map(([n, child]) => entry(`${fullPath}/${n}`, child, calls));
      return {
        readEntries: (ok) => {
          calls.push(rest.length);
          ok(rest.splice(0, 100));
        },
      };
    },
  };
}

describe('the files the overview checks', () => {
  it('takes files chosen one by one in their order, whatever their kind, and only the workbooks of a chosen folder, in path order', () => {
    const loose = fromFileList([file('b.xlsx'), file('notes.txt'), file('a.csv')]);
    expect(chosenFiles(loose).map((f) => f.path)).toEqual(['b.xlsx', 'notes.txt', 'a.csv']);
    const folder = fromFileList([
      file('z.xlsx', 'team/z.xlsx'),
      file('~$z.xlsx', 'team/~$z.xlsx'),
      file('old.xlsx', 'team/.hidden/old.xlsx'),
      file('notes.txt', 'team/notes.txt'),
      file('a.CSV', 'team/north/a.CSV'),
    ]);
    expect(chosenFiles(folder).map((f) => [f.path, f.inFolder])).toEqual([
      ['team/north/a.CSV', true],
      ['team/z.xlsx', true],
    ]);
  });

  it('reads a dropped folder through every batch of its reader and every sub-folder, with the same filters as a chosen folder', async () => {
    const calls: number[] = [];
    const many: Tree = Object.fromEntries(
      Array.from({ length: 230 }, (_, i) => [`c${String(i).padStart(3, '0')}.csv`, 'file']),
    );
    const tree: Tree = {
      'asha.xlsx': 'file',
      north: { 'b.xlsx': 'file', '.hidden': { 'old.xlsx': 'file' } },
      big: many,
    };
    const items: DroppedItem[] = [
      { entry: entry('/team', { ...tree, '~$asha.xlsx': 'file', 'n.txt': 'file' }, calls), file: null },
    ];
    const chosen = chosenFiles(await droppedFiles(items));
    expect(chosen.length).toBe(232);
    expect(chosen.slice(0, 2).map((f) => f.path)).toEqual(['team/asha.xlsx', 'team/big/c000.csv']);
    expect(chosen.slice(-2).map((f) => f.path)).toEqual(['team/big/c229.csv', 'team/north/b.xlsx']);
    expect(chosen.every((f) => f.inFolder && f.file instanceof File)).toBe(true);
    // The big folder's reader was asked until it gave an empty batch: 100, 100, 30, then none.
    expect(calls.join(',')).toContain('230,130,30,0');
  });

  it('takes several dropped files and folders together: loose files first in their order, then the folders’ workbooks', async () => {
    const calls: number[] = [];
    const items: DroppedItem[] = [
      { entry: entry('/south', { 'b.xlsx': 'file' }, calls), file: null },
      { entry: entry('/notes.txt', 'file', calls), file: null },
      { entry: entry('/north', { 'a.xlsx': 'file' }, calls), file: null },
      { entry: entry('/loose.csv', 'file', calls), file: null },
    ];
    expect(chosenFiles(await droppedFiles(items)).map((f) => [f.path, f.inFolder])).toEqual([
      ['notes.txt', false],
      ['loose.csv', false],
      ['north/a.xlsx', true],
      ['south/b.xlsx', true],
    ]);
  });

  it('keeps a line for a dropped file or folder that cannot be opened, and takes a plain file where the browser has no entry', async () => {
    const broken: DroppedEntry = {
      isFile: false,
      isDirectory: true,
      fullPath: '/locked',
      createReader: () => ({ readEntries: (_ok, fail) => fail?.(new Error('denied')) }),
    };
    const items: DroppedItem[] = [
      { entry: entry('/gone.xlsx', 'unreadable', []), file: null },
      { entry: broken, file: null },
      { entry: null, file: file('plain.csv') },
      { entry: null, file: null },
    ];
    expect((await droppedFiles(items)).map((f) => [f.path, f.file === null])).toEqual([
      ['gone.xlsx', true],
      ['locked', true],
      ['plain.csv', false],
    ]);
  });
});
