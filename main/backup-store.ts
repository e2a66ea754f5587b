import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackupKeeper, type BackupFolder, type BackupKeeper } from '../shared/backup-keeper';
import { writeFileAtomic } from './atomic-write';

export const BACKUPS_FOLDER_NAME = 'backups';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The `backups/` folder of the profile on disk. */
function diskFolder(directory: string): BackupFolder {
  return {
    async fileNames() {
      try {
        return await readdir(directory);
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
    async sizeOf(fileName) {
      try {
        const stats = await stat(join(directory, fileName));
        return stats.isFile() ? stats.size : null;
      } catch (error) {
        // Pruned by another write between readdir and stat.
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async write(fileName, text) {
      await mkdir(directory, { recursive: true });
      await writeFileAtomic(join(directory, fileName), text);
    },
    async read(fileName) {
      try {
        return await readFile(join(directory, fileName), 'utf8');
      } catch (error) {
        if (isMissing(error)) throw new Error('No such backup', { cause: error });
        throw error;
      }
    },
    async remove(fileName) {
      await rm(join(directory, fileName), { force: true });
    },
  };
}

/** The automatic backups in `directory`, a folder of the profile. Files it did not write are left alone. */
export function createBackupStore(directory: string): BackupKeeper {
  return createBackupKeeper(diskFolder(directory));
}
