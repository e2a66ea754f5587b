import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup-format';
import { createBackupStore } from '../../../main/backup-store';
import { backupJson } from './backup-fixture';

let profile: string;
let directory: string;

beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'journal-backups-'));
  directory = join(profile, 'backups');
});

afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
});

describe('backup store', () => {
  it('writes a backup under a name made from its creation time, creating the folder', async () => {
    const json = backupJson('2026-11-21T19:24:25.123Z');
    const info = await createBackupStore(directory).write(json);
    expect(info).toEqual({
      fileName: 'journal-2026-11-21T19-24-25-123Z.json',
      createdAt: '2026-11-21T19:24:25.123Z',
      sizeBytes: Buffer.byteLength(json),
    });
    expect(await readdir(directory)).toEqual([info.fileName]);
  });

  it('reads back exactly what was written', async () => {
    const store = createBackupStore(directory);
    const json = backupJson('2026-11-21T19:24:25.123Z');
    const { fileName } = await store.write(json);
    const read = await store.read(fileName);
    expect(read).toBe(json);
    expect(parseBackup(read, 1).ok).toBe(true);
  });

  it('lists backups newest first with their size', async () => {
    const store = createBackupStore(directory);
    const times = ['2026-11-19T08:00:00.000Z', '2026-11-21T08:00:00.000Z', '2026-11-20T08:00:00.000Z'];
    for (const time of times) await store.write(backupJson(time));
    const listed = await store.list();
    expect(listed.map((info) => info.createdAt)).toEqual([
      '2026-11-21T08:00:00.000Z',
      '2026-11-20T08:00:00.000Z',
      '2026-11-19T08:00:00.000Z',
    ]);
    for (const info of listed) {
      expect(info.sizeBytes).toBe((await readFile(join(directory, info.fileName))).byteLength);
    }
  });

  it('lists nothing when no backup was ever written', async () => {
    await expect(createBackupStore(directory).list()).resolves.toEqual([]);
  });

  it('ignores and never deletes files it did not write', async () => {
    await mkdir(directory, { recursive: true });
    const foreign = ['notes.json', 'journal-latest.json', '.journal-2026-01-01T00-00-00-000Z.json.tmp', 'README'];
    for (const name of foreign) await writeFile(join(directory, name), 'not mine');
    await mkdir(join(directory, 'journal-2026-11-03T00-00-00-000Z.json'));
    const store = createBackupStore(directory);
    for (let day = 1; day <= 15; day += 1) {
      await store.write(backupJson(`2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z`));
    }
    const names = await readdir(directory);
    for (const name of foreign) expect(names).toContain(name);
    expect((await store.list()).map((info) => info.fileName)).not.toContain('journal-2026-11-03T00-00-00-000Z.json');
  });

  it('keeps the newest ten and the newest of every month', async () => {
    const store = createBackupStore(directory);
    const written = [
      '2026-08-10T12:00:00.000Z',
      '2026-08-20T12:00:00.000Z',
      '2026-09-05T12:00:00.000Z',
      '2026-09-25T12:00:00.000Z',
      ...Array.from({ length: 12 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`),
    ];
    for (const time of written) await store.write(backupJson(time));
    const kept = (await store.list()).map((info) => info.createdAt);
    expect(kept).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `2026-11-${String(12 - i).padStart(2, '0')}T12:00:00.000Z`),
      '2026-09-25T12:00:00.000Z',
      '2026-08-20T12:00:00.000Z',
    ]);
  });

  it.each([
    ['text that is not JSON', 'exercise-symptom-journal-backup, honest'],
    [
      'JSON that is not a backup',
      JSON.stringify({ format: 'something-else', note: 'exercise-symptom-journal-backup' }),
    ],
    ['a backup with broken rows', backupJson('2026-11-21T19:24:25.123Z').replace('"severity":3', '"severity":"high"')],
  ])('refuses %s and writes nothing', async (_name, json) => {
    await expect(createBackupStore(directory).write(json)).rejects.toThrow('Not a journal backup');
    await expect(readdir(directory)).rejects.toThrow();
  });

  it('accepts a backup from a newer database schema: restoring it is the renderer’s decision', async () => {
    const json = backupJson('2026-11-21T19:24:25.123Z').replace('"schemaVersion":1', '"schemaVersion":99');
    await expect(createBackupStore(directory).write(json)).resolves.toMatchObject({
      fileName: 'journal-2026-11-21T19-24-25-123Z.json',
    });
  });

  it('leaves no temporary files behind', async () => {
    const store = createBackupStore(directory);
    await store.write(backupJson('2026-11-21T19:24:25.123Z'));
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads only backup files, by name, inside its folder', async () => {
    const store = createBackupStore(directory);
    await mkdir(directory, { recursive: true });
    await writeFile(join(profile, 'secret.json'), 'outside');
    await expect(store.read('../secret.json')).rejects.toThrow('Not a backup file name');
    await expect(store.read('journal-2026-11-21T19-24-25-123Z.json')).rejects.toThrow('No such backup');
  });
});
