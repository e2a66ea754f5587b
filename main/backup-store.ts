import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBackup } from '../shared/backup-format';
import {
  backupFileNameFor,
  backupsToPrune,
  backupTimeFromFileName,
  isBackupFileName,
  sortBackupsNewestFirst,
  type BackupFileInfo,
} from '../shared/backup-files';
import { writeFileAtomic } from './atomic-write';

export const BACKUPS_FOLDER_NAME = 'backups';

/**
 * The main process only checks that it was handed a journal backup; whether its rows are from a
 * schema this version can restore is the renderer's question, asked when restoring.
 */
const ANY_SCHEMA_VERSION = Number.MAX_SAFE_INTEGER;

export interface BackupStore {
  write(json: string): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(fileName: string): Promise<string>;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The automatic backups in `directory`, a folder of the profile. Files it did not write are left alone. */
export function createBackupStore(directory: string): BackupStore {
  async function fileNames(): Promise<string[]> {
    try {
      return await readdir(directory);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async function infoFor(fileName: string): Promise<BackupFileInfo | null> {
    const createdAt = backupTimeFromFileName(fileName);
    if (createdAt === null) return null;
    try {
      const stats = await stat(join(directory, fileName));
      return stats.isFile() ? { fileName, createdAt: createdAt.toISOString(), sizeBytes: stats.size } : null;
    } catch (error) {
      // Pruned by another write between readdir and stat.
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async function list(): Promise<BackupFileInfo[]> {
    const infos = await Promise.all((await fileNames()).map(infoFor));
    return sortBackupsNewestFirst(infos.filter((info): info is BackupFileInfo => info !== null));
  }

  return {
    list,

    async write(json) {
      const parsed = parseBackup(json, ANY_SCHEMA_VERSION);
      if (!parsed.ok) throw new Error(`Not a journal backup (${parsed.problem})`);
      const createdAt = new Date(parsed.backup.createdAt);
      const fileName = backupFileNameFor(createdAt);
      await mkdir(directory, { recursive: true });
      await writeFileAtomic(join(directory, fileName), json);
      for (const old of backupsToPrune((await list()).map((info) => info.fileName))) {
        await rm(join(directory, old), { force: true });
      }
      return { fileName, createdAt: createdAt.toISOString(), sizeBytes: Buffer.byteLength(json, 'utf8') };
    },

    async read(fileName) {
      if (!isBackupFileName(fileName)) throw new Error('Not a backup file name');
      try {
        return await readFile(join(directory, fileName), 'utf8');
      } catch (error) {
        if (isMissing(error)) throw new Error('No such backup', { cause: error });
        throw error;
      }
    },
  };
}
