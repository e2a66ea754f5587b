import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A hidden sibling of the target: on the same file system, so the final rename is atomic, and with
 * a name no reader of that folder mistakes for a finished file.
 */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
}

/**
 * Writes the whole file or nothing: the data is flushed to disk before it takes the target's name,
 * so a crash or power cut leaves either the old file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(contents);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The same guarantee for the few writes that must finish before the process may exit. */
export function writeFileAtomicSync(path: string, contents: string): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, contents);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
