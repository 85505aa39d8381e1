/**
 * The files the overview page checks, however the lead gave them: chosen one by one, chosen as
 * a folder, or dropped (files, folders or both at once). Each is named by its path inside what
 * was given ("team/north/asha.xlsx"), as `hwbc check FOLDER` names them, so the lines the page
 * shows are the same whichever way the files came.
 */

/** A file to check and the name the page shows for it; `file` is null when it could not be opened. */
export interface ChosenFile {
  file: File | null;
  path: string;
  /** Found inside a folder (chosen or dropped), rather than given by itself. */
  inFolder: boolean;
}

/** Excel's lock files ("~$team.xlsx"), hidden files and hidden folders in a folder are not workbooks anyone saved. */
const NOT_SAVED = /(^|\/)(~\$|\.)/;
const WORKBOOK_NAME = /\.(xlsx|xlsm|csv)$/i;

/**
 * The files to check: each one given by itself, in the order given (as `hwbc check A B` takes
 * them), and from a folder only its workbooks, in path order (as `hwbc check FOLDER`).
 *
 * @example
 * chosenFiles(fromFileList(input.files)); // [{ path: 'team/asha.xlsx', … }, …]
 */
export function chosenFiles(list: Iterable<ChosenFile>): ChosenFile[] {
  const all = [...list];
  const inFolder = all
    .filter((f) => f.inFolder && WORKBOOK_NAME.test(f.path) && !NOT_SAVED.test(f.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  return [...all.filter((f) => !f.inFolder), ...inFolder];
}

/**
 * The files of a file box, chosen one by one or as a folder (whose files know their path).
 *
 * @example
 * fromFileList(folderInput.files); // [{ file, path: 'team/asha.xlsx', inFolder: true }, …]
 */
export function fromFileList(files: Iterable<File>): ChosenFile[] {
  return [...files].map((file) => ({
    file,
    path: file.webkitRelativePath || file.name,
    inFolder: file.webkitRelativePath !== '',
  }));
}

/** The parts of a dropped item's file-system entry (FileSystemEntry in the DOM) the walk uses. */
export interface DroppedEntry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly fullPath: string;
  file?(ok: (file: File) => void, fail?: (error: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: DroppedEntry[]) => void, fail?: (error: unknown) => void): void };
}

/** A dropped item as the drop event gives it: its entry when the browser has one, else its file. */
export interface DroppedItem {
  entry: DroppedEntry | null;
  file: File | null;
}

const pathOf = (entry: DroppedEntry) => entry.fullPath.replace(/^\//, '');

async function walk(entry: DroppedEntry, inFolder: boolean, out: ChosenFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File | null>((ok) => entry.file!(ok, () => ok(null)));
    out.push({ file, path: pathOf(entry), inFolder });
  } else if (entry.isDirectory && entry.createReader) {
    // A folder's reader gives its entries a batch at a time (Chromium: 100 at most) and an
    // empty batch at the end, so it is asked until it has nothing more.
    const reader = entry.createReader();
    const entries: DroppedEntry[] = [];
    for (;;) {
      const batch = await new Promise<DroppedEntry[] | null>((ok) => reader.readEntries(ok, () => ok(null)));
      // A folder that cannot be listed gets its own line rather than vanishing.
      if (batch === null) return void out.push({ file: null, path: pathOf(entry), inFolder: false });
      if (batch.length === 0) break;
      entries.push(...batch);
    }
    for (const e of entries) await walk(e, true, out);
  }
}

/**
 * What a drop gave, as the drop event holds it: take it while the event runs, because the
 * browser empties the list once the event is over.
 *
 * @example
 * const items = droppedItems(event.dataTransfer); // then: await droppedFiles(items)
 */
export function droppedItems(transfer: DataTransfer | null): DroppedItem[] {
  if (!transfer) return [];
  return [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({
      entry: (item.webkitGetAsEntry?.() ?? null) as DroppedEntry | null,
      file: item.getAsFile(),
    }));
}

/**
 * Every file dropped, folders read through to the last file of their last sub-folder, before
 * the filters of chosenFiles.
 *
 * @example
 * chosenFiles(await droppedFiles(droppedItems(event.dataTransfer)));
 */
export async function droppedFiles(items: readonly DroppedItem[]): Promise<ChosenFile[]> {
  const out: ChosenFile[] = [];
  for (const item of items) {
    if (item.entry) await walk(item.entry, false, out);
    else if (item.file) out.push({ file: item.file, path: item.file.name, inFolder: false });
  }
  return out;
}
