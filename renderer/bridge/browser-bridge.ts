import { createBackupKeeper, type BackupFolder } from '../../shared/backup-keeper';
import type { DesktopBridge } from '../../shared/bridge';
import { readBackupRequestSchema, saveFileRequestSchema, writeBackupRequestSchema } from '../../shared/ipc-contract';

/**
 * The bridge when the journal runs in a plain browser (`npm run web`, the end-to-end tests).
 * Saving downloads the file. Backups live in the origin-private file system, which is storage
 * separate from IndexedDB, so deleting the database leaves them there to restore from.
 */
const BACKUP_DIRECTORY = 'backups';

async function backupDirectory(): Promise<FileSystemDirectoryHandle> {
  if (typeof navigator.storage?.getDirectory !== 'function') {
    throw new Error('This browser cannot keep backup files.');
  }
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(BACKUP_DIRECTORY, { create: true });
}

/** The UTF-8 bytes a backup is written in at a time. */
const WRITE_CHUNK_BYTES = 8 << 20;

/**
 * Writes a text as UTF-8 eight megabytes at a time through one reused buffer. Handing the whole text of
 * a ten-year journal to `write` encoded all of it at once, the largest use of memory while backing
 * up. `encodeInto` stops before a character that doesn't fit, so no character is ever split between
 * chunks; `write` must be done with a chunk when its promise settles.
 */
export async function writeTextInChunks(
  text: string,
  write: (chunk: Uint8Array<ArrayBuffer>) => Promise<void>,
  chunkBytes = WRITE_CHUNK_BYTES,
): Promise<void> {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(chunkBytes);
  for (let position = 0; position < text.length;) {
    const { read, written } = encoder.encodeInto(text.slice(position), buffer);
    if (read === 0) throw new RangeError('A chunk must hold at least one character (4 bytes)');
    await write(buffer.subarray(0, written));
    position += read;
  }
}

const privateFileSystemFolder: BackupFolder = {
  async fileNames() {
    const names: string[] = [];
    for await (const name of (await backupDirectory()).keys()) names.push(name);
    return names;
  },
  async sizeOf(fileName) {
    try {
      return (await (await backupDirectory()).getFileHandle(fileName).then((handle) => handle.getFile())).size;
    } catch {
      // Not a file, or removed meanwhile.
      return null;
    }
  },
  async write(fileName, text) {
    // createWritable() writes to a swap file and replaces the target only on close(): all or nothing.
    const writable = await (await (await backupDirectory()).getFileHandle(fileName, { create: true })).createWritable();
    await writeTextInChunks(text, (chunk) => writable.write(chunk));
    await writable.close();
  },
  async read(fileName) {
    return (await (await (await backupDirectory()).getFileHandle(fileName)).getFile()).text();
  },
  async remove(fileName) {
    await (await backupDirectory()).removeEntry(fileName);
  },
};

export function createBrowserBridge(appVersion: string): DesktopBridge {
  // The backup texts are made in this same page, their rows checked as they were written
  // (`BackupService`): the keeper checks only their shape.
  const backups = createBackupKeeper(privateFileSystemFolder, 'layout');
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

    writeBackup: (request) => {
      const { json, keep } = writeBackupRequestSchema.parse(request);
      return backups.write(json, keep);
    },
    listBackups: () => backups.list(),
    // A browser tab has no notifications without asking for a permission the journal doesn't
    // need: the in-app banner is the reminder here.
    notify: () => Promise.resolve(),
    saveReportPdf: () => {
      // The print styles show the report alone; the person picks "Save as PDF" or a printer.
      window.print();
      return Promise.resolve({ status: 'print-dialog' });
    },
    readBackup: (request) => backups.read(readBackupRequestSchema.parse(request).fileName),
  };
}
