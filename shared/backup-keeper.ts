import { laidOutBackupCreatedAt, verifyBackupText } from './backup-format';
import {
  backupFileNameFor,
  backupsToPrune,
  backupTimeFromFileName,
  isBackupFileName,
  sortBackupsNewestFirst,
  type BackupFileInfo,
} from './backup-files';

/**
 * A folder of files, as each platform provides one: a directory on disk for the desktop app, the
 * origin-private file system in a browser.
 */
export interface BackupFolder {
  /** Every file name in the folder; none when the folder does not exist yet. */
  fileNames(): Promise<string[]>;
  /** The file's size in bytes, or null when it is not a file (or vanished meanwhile). */
  sizeOf(fileName: string): Promise<number | null>;
  /** Writes the whole file or nothing, creating the folder when needed. */
  write(fileName: string, text: string): Promise<void>;
  read(fileName: string): Promise<string>;
  remove(fileName: string): Promise<void>;
}

export interface BackupKeeper {
  /** Writes a backup and prunes old ones, never those named in `keep`. */
  write(json: string, keep?: readonly string[]): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(fileName: string): Promise<string>;
}

/**
 * The keeper only checks that it was handed a journal backup; whether its rows are from a schema
 * this version can restore is asked when restoring.
 */
const ANY_SCHEMA_VERSION = Number.MAX_SAFE_INTEGER;

/**
 * How much of a text the keeper checks before writing it as a backup.
 * - `every-row`: parses it and checks every row, as restoring it would. For a text that comes from
 *   another process: the desktop app's main process can't trust what its renderer sends.
 * - `layout`: only the file's own fields on its first line, and its closing line. For a text made in the same page by
 *   `BackupTextWriter` with `checkRows`, which checked each row as it wrote it (the browser build):
 *   checking it again parsed all of ten years of rows once more, most of the memory a backup took.
 */
export type BackupTextCheck = 'every-row' | 'layout';

/**
 * Keeps backups in a folder by the rules of `backup-files.ts`: one file per backup named for its
 * time, the newest ten and the newest of each month kept, files it did not write left alone.
 */
export function createBackupKeeper(folder: BackupFolder, textCheck: BackupTextCheck = 'every-row'): BackupKeeper {
  async function list(): Promise<BackupFileInfo[]> {
    const infos = await Promise.all(
      (await folder.fileNames()).map(async (fileName): Promise<BackupFileInfo | null> => {
        const createdAt = backupTimeFromFileName(fileName);
        if (createdAt === null) return null;
        const sizeBytes = await folder.sizeOf(fileName);
        return sizeBytes === null ? null : { fileName, createdAt: createdAt.toISOString(), sizeBytes };
      }),
    );
    return sortBackupsNewestFirst(infos.filter((info): info is BackupFileInfo => info !== null));
  }

  return {
    list,

    async write(json, keep = []) {
      const createdAt = checkedCreatedAt(json, textCheck);
      const fileName = backupFileNameFor(createdAt);
      await folder.write(fileName, json);
      // The size on disk, rather than encoding the whole text again just to count its bytes.
      const sizeBytes = await folder.sizeOf(fileName);
      if (sizeBytes === null) throw new Error('The backup file was not found after writing it');
      for (const old of backupsToPrune((await list()).map((info) => info.fileName))) {
        if (!keep.includes(old)) await folder.remove(old);
      }
      return { fileName, createdAt: createdAt.toISOString(), sizeBytes };
    },

    async read(fileName) {
      if (!isBackupFileName(fileName)) throw new Error('Not a backup file name');
      return folder.read(fileName);
    },
  };
}

/**
 * The time a backup was made, once the text has been checked to be a journal backup. Apart from
 * `write`, so the parsed file can be collected while it is being written.
 */
function checkedCreatedAt(json: string, textCheck: BackupTextCheck): Date {
  if (textCheck === 'layout') {
    const createdAt = laidOutBackupCreatedAt(json, ANY_SCHEMA_VERSION);
    if (createdAt === null) throw new Error('Not a journal backup (not in the layout this app writes)');
    return new Date(createdAt);
  }
  const verified = verifyBackupText(json, ANY_SCHEMA_VERSION);
  if (!verified.ok) throw new Error(`Not a journal backup (${verified.problem})`);
  return new Date(verified.createdAt);
}
