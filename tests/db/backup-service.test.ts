import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { InMemoryBackupBridge, TEST_APP_VERSION } from './in-memory-bridge';
import { describe, expect, it } from 'vitest';
import { JournalRepository } from '../../renderer/db/repository';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import {
  BackupRestoreError,
  BackupService,
  NothingToBackUpError,
} from '../../renderer/features/backups/backup-service';
import { backupFileNameFor } from '../../shared/backup-files';
import type { BackupTextCheck } from '../../shared/backup-keeper';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { createBackup, serializeBackup, type JournalSnapshot } from '../../shared/backup-format';
import { session, sessionInput, symptom, symptomInput } from '../unit/shared/fixtures';

const HOUR_MS = 60 * 60 * 1000;

function setup(start = '2026-03-29T12:00:00.000Z', textCheck: BackupTextCheck = 'every-row') {
  const db = testDatabase();
  const repository = new JournalRepository(db);
  const bridge = new InMemoryBackupBridge(textCheck);
  const clock = { now: new Date(start) };
  const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
  const service = new BackupService(repository, bridge, TEST_APP_VERSION, () => clock.now);
  return { db, repository, bridge, clock, advance, service };
}

/** Rows in a fixed order, so snapshots compare equal whatever order a table returns them in. */
function sorted(snapshot: JournalSnapshot): JournalSnapshot {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    sessions: byId(snapshot.sessions),
    symptoms: byId(snapshot.symptoms),
    settings: [...snapshot.settings].sort((a, b) => a.key.localeCompare(b.key)),
    articles: snapshot.articles,
  };
}

async function addEntries(repository: JournalRepository, now: Date) {
  const run = await repository.addSession(
    sessionInput({ startedAt: new Date(now.getTime() - 3 * HOUR_MS).toISOString() }),
    now,
  );
  await repository.addSymptom(
    symptomInput({ sessionId: run.id, notedAt: new Date(now.getTime() - HOUR_MS).toISOString() }),
    now,
  );
  await repository.saveSetting({ key: 'theme', value: 'dark' });
}

const swim = session({ activity: 'swimming', startedAt: '2026-02-01T09:00:00.000Z' });
/** The journal as an earlier backup holds it: different rows, a different theme. */
const backedUpJournal: JournalSnapshot = {
  sessions: [swim],
  symptoms: [symptom({ sessionId: swim.id, notedAt: '2026-02-01T10:00:00.000Z' }), symptom()],
  settings: [{ key: 'theme', value: 'light' }],
  articles: [],
};

describe('BackupService.onStartup', () => {
  it('is ready and writes nothing for an empty journal with no backups', async () => {
    const { bridge, service } = setup();
    expect(await service.onStartup()).toEqual({ kind: 'ready' });
    expect(bridge.files.size).toBe(0);
  });

  it('offers the newest backup when the journal is empty but backups exist', async () => {
    const { bridge, service } = setup();
    bridge.place(backedUpJournal, new Date('2026-03-20T08:00:00.000Z'));
    const newest = bridge.place(backedUpJournal, new Date('2026-03-28T08:00:00.000Z'));
    bridge.place(backedUpJournal, new Date('2026-03-25T08:00:00.000Z'));
    const outcome = await service.onStartup();
    expect(outcome).toEqual({
      kind: 'offer-restore',
      newest: expect.objectContaining({ fileName: newest, createdAt: '2026-03-28T08:00:00.000Z' }) as unknown,
    });
    expect(bridge.files.size).toBe(3);
  });

  it('writes a daily backup of the journal when the newest backup is a day old', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    bridge.place(backedUpJournal, new Date(clock.now.getTime() - 24 * HOUR_MS));
    expect(await service.onStartup()).toEqual({ kind: 'ready' });

    const written = backupFileNameFor(clock.now);
    expect(bridge.files.size).toBe(2);
    expect(bridge.backup(written)).toMatchObject({
      reason: 'daily',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: TEST_APP_VERSION,
      createdAt: clock.now.toISOString(),
    });
    expect(sorted(bridge.backup(written).tables)).toEqual(sorted(await repository.snapshot()));
  });

  it('writes a daily backup when there is none at all', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    await service.onStartup();
    expect([...bridge.files.keys()]).toEqual([backupFileNameFor(clock.now)]);
  });

  it('writes nothing when the newest backup is two hours old', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    const recent = bridge.place(backedUpJournal, new Date(clock.now.getTime() - 2 * HOUR_MS));
    expect(await service.onStartup()).toEqual({ kind: 'ready' });
    expect([...bridge.files.keys()]).toEqual([recent]);
  });

  it('takes one backup a day over a month of daily starts, and keeps within the retention rules', async () => {
    const { repository, bridge, clock, advance, service } = setup('2026-02-15T08:00:00.000Z');
    await addEntries(repository, clock.now);
    for (let day = 0; day < 30; day++) {
      await service.onStartup();
      advance(6 * HOUR_MS);
      await service.onStartup();
      advance(18 * HOUR_MS);
    }
    // The newest ten (7 to 16 March) and the newest of February.
    expect(bridge.files.size).toBe(11);
    expect(bridge.files.has(backupFileNameFor(new Date('2026-02-28T08:00:00.000Z')))).toBe(true);
    expect(bridge.reasons().every((reason) => reason === 'daily')).toBe(true);
  });

  it('reports a failing backup folder instead of throwing', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    bridge.listBackups = () => Promise.reject(new Error('EACCES: permission denied'));
    expect(await service.onStartup()).toEqual({ kind: 'backup-failed', reason: 'EACCES: permission denied' });
  });
});

describe('BackupService.restore', () => {
  it('backs up the journal first, then replaces it with the backup rows', async () => {
    const { repository, bridge, clock, advance, service } = setup();
    const source = bridge.place(backedUpJournal, new Date('2026-03-20T08:00:00.000Z'));
    await addEntries(repository, clock.now);
    const before = await repository.snapshot();
    advance(HOUR_MS);

    await service.restore(source);

    expect(sorted(await repository.snapshot())).toEqual(sorted(backedUpJournal));
    const safety = bridge.backup(backupFileNameFor(clock.now));
    expect(safety.reason).toBe('before-restore');
    expect(sorted(safety.tables)).toEqual(sorted(before));
  });

  it('writes no before-restore backup when the journal is empty', async () => {
    const { repository, bridge, service } = setup();
    const source = bridge.place(backedUpJournal, new Date('2026-03-20T08:00:00.000Z'));
    await service.restore(source);
    expect([...bridge.files.keys()]).toEqual([source]);
    expect(sorted(await repository.snapshot())).toEqual(sorted(backedUpJournal));
  });

  it('refuses a corrupt file with not-json and leaves the journal and the folder as they were', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    const corrupt = backupFileNameFor(new Date('2026-03-20T08:00:00.000Z'));
    const whole = serializeBackup(
      createBackup(backedUpJournal, { schemaVersion: 1, appVersion: '0.0.9', createdAt: new Date(), reason: 'daily' }),
    );
    bridge.files.set(corrupt, whole.slice(0, 200));
    const before = await repository.snapshot();

    const error = await service.restore(corrupt).then(
      () => null,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(BackupRestoreError);
    expect((error as BackupRestoreError).problem).toBe('not-json');
    expect(sorted(await repository.snapshot())).toEqual(sorted(before));
    expect([...bridge.files.keys()]).toEqual([corrupt]);
  });

  it('refuses a backup from a newer schema and leaves the journal as it was', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    const newer = backupFileNameFor(new Date('2026-03-20T08:00:00.000Z'));
    const backup = createBackup(backedUpJournal, {
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      appVersion: '9.0.0',
      createdAt: new Date('2026-03-20T08:00:00.000Z'),
      reason: 'manual',
    });
    bridge.files.set(newer, serializeBackup(backup));
    const before = await repository.snapshot();
    await expect(service.restore(newer)).rejects.toMatchObject({ name: 'BackupRestoreError', problem: 'newer-schema' });
    expect(sorted(await repository.snapshot())).toEqual(sorted(before));
  });
});

describe('BackupService.restore when the journal cannot take the rows', () => {
  it('keeps the file being restored through the safety backup, and leaves the journal as it was', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    const before = sorted(await repository.snapshot());
    // Two rows with one id: every row passes its schema, but the database refuses the second.
    const clash: JournalSnapshot = { ...backedUpJournal, sessions: [swim, { ...swim, activity: 'yoga' }] };
    const oldest = bridge.place(clash, new Date('2026-03-10T08:00:00.000Z'));
    for (let day = 11; day <= 19; day += 1) {
      bridge.place(backedUpJournal, new Date(`2026-03-${day}T08:00:00.000Z`));
    }

    await expect(service.restore(oldest)).rejects.toThrow();
    expect(sorted(await repository.snapshot())).toEqual(before);
    expect(bridge.files.has(oldest)).toBe(true);
    expect(bridge.backup(backupFileNameFor(clock.now)).reason).toBe('before-restore');
  });
});

describe('BackupService.takeBackup', () => {
  it('refuses to back up an empty journal, so empty files never push real backups out', async () => {
    const { bridge, service } = setup();
    await expect(service.takeBackup('manual')).rejects.toBeInstanceOf(NothingToBackUpError);
    expect(bridge.files.size).toBe(0);
  });

  it.each(['every-row', 'layout'] as const)(
    'writes a backup that restores the journal exactly, with a folder checking %s',
    async (textCheck) => {
      const { repository, bridge, clock, advance, service } = setup(undefined, textCheck);
      await addEntries(repository, clock.now);
      const before = await repository.snapshot();
      const taken = await service.takeBackup('manual');
      await repository.eraseJournal();
      advance(HOUR_MS);
      await service.restore(taken.fileName);
      expect(sorted(await repository.snapshot())).toEqual(sorted(before));
      expect(bridge.files.size).toBe(1);
    },
  );

  it.each(['every-row', 'layout'] as const)(
    'refuses a journal row a restore could not take, naming it, before anything reaches a folder checking %s',
    async (textCheck) => {
      const { db, repository, bridge, clock, service } = setup(undefined, textCheck);
      await addEntries(repository, clock.now);
      // Only a write around the repository (an older release, a damaged profile) could leave such a row.
      await db.symptoms.toCollection().modify({ severity: 42 });
      let reached = false;
      const write = bridge.writeBackup.bind(bridge);
      bridge.writeBackup = (request) => ((reached = true), write(request));
      await expect(service.takeBackup('manual')).rejects.toThrow('tables.symptoms.0.severity');
      expect(reached).toBe(false);
      expect(bridge.files.size).toBe(0);
    },
  );
});

describe('BackupService.eraseJournal', () => {
  it('writes a before-erase backup of every entry, then empties the journal but keeps settings', async () => {
    const { db, repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    const before = await repository.snapshot();

    await service.eraseJournal();

    const safety = bridge.backup(backupFileNameFor(clock.now));
    expect(safety.reason).toBe('before-erase');
    expect(sorted(safety.tables)).toEqual(sorted(before));
    expect(await repository.isEmpty()).toBe(true);
    expect(await db.settings.toArray()).toEqual([{ key: 'theme', value: 'dark' }]);
  });

  it('erases nothing when the backup cannot be written', async () => {
    const { repository, bridge, clock, service } = setup();
    await addEntries(repository, clock.now);
    const before = await repository.snapshot();
    bridge.writeBackup = () => Promise.reject(new Error('ENOSPC: no space left on device'));
    await expect(service.eraseJournal()).rejects.toThrow('ENOSPC');
    expect(sorted(await repository.snapshot())).toEqual(sorted(before));
  });

  it('writes no backup when there is nothing to erase', async () => {
    const { bridge, service } = setup();
    await service.eraseJournal();
    expect(bridge.files.size).toBe(0);
  });
});

describe('BackupService.removeSampleData', () => {
  it('backs up the journal, sample entries included, before removing them', async () => {
    const { repository, bridge, clock, service } = setup();
    const sample = generateSampleJournal({ ...sixMonthSample(clock.now), days: 14 });
    await repository.addSampleEntries(sample);
    const removed = await service.removeSampleData();
    expect(removed).toBe(sample.sessions.length + sample.symptoms.length);
    const backup = bridge.backup(backupFileNameFor(clock.now));
    expect(backup.reason).toBe('before-sample-removal');
    expect(backup.tables.sessions).toHaveLength(sample.sessions.length);
    expect(await repository.isEmpty()).toBe(true);
  });
});
