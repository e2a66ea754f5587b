import {
  backupFileNameFor,
  backupTimeFromFileName,
  backupsToPrune,
  sortBackupsNewestFirst,
} from '../../shared/backup-files';
import type { BackupFileInfo } from '../../shared/backup-files';
import { BACKUP_FORMAT_VERSION, parseBackup } from '../../shared/backup-format';
import type { DesktopBridge } from '../../shared/bridge';
import { saveFileRequestSchema, writeBackupRequestSchema, readBackupRequestSchema } from '../../shared/ipc-contract';

/**
 * The bridge when the journal runs in a plain browser (`npm run web`, the end-to-end tests).
 * Saving downloads the file. Backups live in the origin-private file system, which is storage
 * separate from IndexedDB, so deleting the database leaves them there to restore from.
 */
const BACKUP_DIRECTORY = 'backups';

async function backupDirectory(): Promise<FileSystemDirectoryHandle> {
  if (!('storage' in navigator) || typeof navigator.storage.getDirectory !== 'function') {
    throw new Error('This browser cannot keep backup files.');
  }
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(BACKUP_DIRECTORY, { create: true });
}

async function listBackupFiles(directory: FileSystemDirectoryHandle): Promise<BackupFileInfo[]> {
  const backups: BackupFileInfo[] = [];
  for await (const [name, handle] of directory.entries()) {
    const createdAt = backupTimeFromFileName(name);
    if (handle.kind !== 'file' || createdAt === null) continue;
    const file = await (handle as FileSystemFileHandle).getFile();
    backups.push({ fileName: name, createdAt: createdAt.toISOString(), sizeBytes: file.size });
  }
  return sortBackupsNewestFirst(backups);
}

export function createBrowserBridge(appVersion: string): DesktopBridge {
  return {
    getAppInfo: () =>
      Promise.resolve({
        version: appVersion,
        profileLocation: `${window.location.origin} · IndexedDB`,
        backupLocation: `${window.location.origin} · ${BACKUP_DIRECTORY}/`,
      }),

    saveFile: (request) => {
      const { suggestedName, contents } = saveFileRequestSchema.parse(request);
      const url = URL.createObjectURL(new Blob([contents as BlobPart]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      // The download reads the blob asynchronously; release it after the click has been handled.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return Promise.resolve({ status: 'saved', location: suggestedName });
    },

    writeBackup: async (request) => {
      const { json } = writeBackupRequestSchema.parse(request);
      const parsed = parseBackup(json, Number.MAX_SAFE_INTEGER);
      if (!parsed.ok || parsed.backup.formatVersion !== BACKUP_FORMAT_VERSION) {
        throw new Error('Not a journal backup.');
      }
      const directory = await backupDirectory();
      const fileName = backupFileNameFor(new Date(parsed.backup.createdAt));
      const handle = await directory.getFileHandle(fileName, { create: true });
      const writable = await handle.createWritable();
      await writable.write(json);
      await writable.close();
      const existing = await listBackupFiles(directory);
      for (const name of backupsToPrune(existing.map((backup) => backup.fileName))) {
        await directory.removeEntry(name);
      }
      return { fileName, createdAt: parsed.backup.createdAt, sizeBytes: new Blob([json]).size };
    },

    listBackups: async () => listBackupFiles(await backupDirectory()),

    readBackup: async (request) => {
      const { fileName } = readBackupRequestSchema.parse(request);
      const directory = await backupDirectory();
      const handle = await directory.getFileHandle(fileName);
      return (await handle.getFile()).text();
    },
  };
}
