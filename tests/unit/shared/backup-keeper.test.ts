import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../shared/backup-format';
import { createBackupKeeper, type BackupFolder } from '../../../shared/backup-keeper';
import { session, symptom } from './fixtures';

function memoryFolder(): BackupFolder & { readonly files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    fileNames: async () => [...files.keys()],
    sizeOf: async (fileName) => files.get(fileName)?.length ?? null,
    write: async (fileName, text) => void files.set(fileName, text),
    read: async (fileName) => files.get(fileName) ?? '',
    remove: async (fileName) => void files.delete(fileName),
  };
}

const meta = {
  schemaVersion: 2,
  appVersion: '0.1.0',
  createdAt: new Date('2026-11-21T19:24:25.123Z'),
  reason: 'daily',
} as const;
const backup = createBackup({ sessions: [session()], symptoms: [symptom()], settings: [], articles: [] }, meta);
const text = serializeBackup(backup);
const damagedRow = text.replace('"severity":4', '"severity":"high"');

describe('a backup keeper checking only the layout (texts written and row-checked in the same page)', () => {
  it('writes a laid-out backup under the name of its time', async () => {
    const folder = memoryFolder();
    const info = await createBackupKeeper(folder, 'layout').write(text);
    expect(info).toEqual({
      fileName: 'journal-2026-11-21T19-24-25-123Z.json',
      createdAt: '2026-11-21T19:24:25.123Z',
      sizeBytes: text.length,
    });
    expect(folder.files.get(info.fileName)).toBe(text);
  });

  it.each([
    ['a backup on one line', JSON.stringify(backup)],
    ['a text cut off', text.slice(0, text.length - 10)],
    ['text that is not JSON', 'exercise-symptom-journal-backup'],
  ])('refuses %s and writes nothing', async (_name, json) => {
    const folder = memoryFolder();
    await expect(createBackupKeeper(folder, 'layout').write(json)).rejects.toThrow('Not a journal backup');
    expect(folder.files.size).toBe(0);
  });

  it('leaves the rows to the writer, where the keeper checking every row refuses a bad one', async () => {
    expect(damagedRow).not.toBe(text);
    await expect(createBackupKeeper(memoryFolder(), 'layout').write(damagedRow)).resolves.toMatchObject({
      createdAt: '2026-11-21T19:24:25.123Z',
    });
    const folder = memoryFolder();
    await expect(createBackupKeeper(folder).write(damagedRow)).rejects.toThrow('Not a journal backup (invalid-rows)');
    expect(folder.files.size).toBe(0);
  });
});
