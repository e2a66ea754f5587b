import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { InMemoryBackupBridge, TEST_APP_VERSION } from './in-memory-bridge';
import { describe, expect, it, vi } from 'vitest';
import { JournalRepository } from '../../renderer/db/repository';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import {
  BackupExportError,
  BackupRestoreError,
  BackupService,
  NothingToBackUpError,
  type BackupApplyMode,
} from '../../renderer/features/backups/backup-service';
import { encryptBackupText, isEncryptedBackup } from '../../shared/backup-crypto';
import {
  BACKUP_FORMAT_ID,
  createBackup,
  parseBackup,
  serializeBackup,
  type JournalBackup,
  type JournalSnapshot,
} from '../../shared/backup-format';
import { MAX_BACKUP_FILE_BYTES } from '../../shared/backup-preview';
import type { ImportedArticle } from '../../shared/domain/records';
import { saveFileRequestSchema } from '../../shared/ipc-contract';
import { benchmarkSample, generateSampleJournal } from '../../shared/sample-data';
import { session, symptom } from '../unit/shared/fixtures';

const PASSPHRASE = 'a long passphrase for the backup';

function setup(now = new Date('2026-03-29T12:00:00.000Z')) {
  const db = testDatabase();
  const repository = new JournalRepository(db);
  const bridge = new InMemoryBackupBridge();
  const service = new BackupService(repository, bridge, TEST_APP_VERSION, () => now);
  return { db, repository, bridge, service };
}

/** Rows in a fixed order, so snapshots compare equal whatever order a table returns them in. */
function sorted(snapshot: JournalSnapshot): JournalSnapshot {
  const byKey = <T>(rows: readonly T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const id = (row: { id: string }) => row.id;
  return {
    sessions: byKey(snapshot.sessions, id),
    symptoms: byKey(snapshot.symptoms, id),
    settings: byKey(snapshot.settings, (row) => row.key),
    articles: byKey(snapshot.articles, id),
  };
}

function article(overrides: Partial<ImportedArticle> = {}): ImportedArticle {
  return {
    id: crypto.randomUUID(),
    sourceName: 'Numb feet while running',
    text: 'Lace the shoes looser.',
    importedAt: '2026-02-01T10:00:00.000Z',
    ...overrides,
  };
}

const ride = session({ activity: 'cycling', startedAt: '2026-03-10T07:00:00.000Z' });
const yoga = session({ activity: 'yoga', startedAt: '2026-03-12T18:00:00.000Z' });
const tingling = symptom({ sessionId: ride.id, notedAt: '2026-03-10T08:30:00.000Z' });
/** What the journal holds before each test opens a file; every row was last changed at 11:00. */
const journalNow: JournalSnapshot = {
  sessions: [ride, yoga],
  symptoms: [tingling],
  settings: [
    { key: 'theme', value: 'dark' },
    { key: 'language', value: 'en' },
  ],
  articles: [article()],
};

const swim = session({ activity: 'swimming', startedAt: '2026-01-05T06:30:00.000Z' });
/** Another journal, as a backup file holds it: other rows, other settings. */
const otherJournal: JournalSnapshot = {
  sessions: [swim],
  symptoms: [symptom({ sessionId: swim.id, notedAt: '2026-01-05T07:30:00.000Z' }), symptom()],
  settings: [{ key: 'theme', value: 'light' }],
  articles: [],
};

function backupText(snapshot: JournalSnapshot, schemaVersion = CURRENT_SCHEMA_VERSION): string {
  return serializeBackup(
    createBackup(snapshot, { schemaVersion, appVersion: '0.0.9', createdAt: new Date(), reason: 'manual' }),
  );
}

async function filled() {
  const context = setup();
  await context.repository.replaceAll(journalNow);
  return { ...context, before: sorted(await context.repository.snapshot()) };
}

function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('Expected the promise to reject');
    },
    (error: unknown) => error,
  );
}

describe('BackupService.exportBackup', () => {
  it('gives the journal as backup text with a dated file name, which the save channel accepts', async () => {
    const { repository, service } = await filled();
    const exported = await service.exportBackup();
    expect(exported).toMatchObject({
      suggestedName: 'journal-backup-2026-03-29.json',
      encrypted: false,
      extension: 'json',
    });
    expect(typeof exported.contents).toBe('string');
    const parsed = parseBackup(exported.contents as string, CURRENT_SCHEMA_VERSION);
    expect(parsed.ok && parsed.backup).toMatchObject({ reason: 'manual', appVersion: TEST_APP_VERSION });
    expect(parsed.ok && sorted(parsed.backup.tables)).toEqual(sorted(await repository.snapshot()));
    const request = {
      suggestedName: exported.suggestedName,
      contents: exported.contents,
      filter: { name: 'Backup', extensions: [exported.extension] },
    };
    expect(() => saveFileRequestSchema.parse(request)).not.toThrow();
  });

  it('gives the journal as it holds it, even with a row a restore would refuse (a damaged profile)', async () => {
    const { db, service } = await filled();
    // Only a write around the repository could leave such a row.
    await db.symptoms.toCollection().modify({ severity: 42 });
    const exported = await service.exportBackup();
    const rows = (JSON.parse(exported.contents as string) as JournalBackup).tables.symptoms;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.severity === 42)).toBe(true);
  });

  it('encrypts with a passphrase: bytes, .json.enc, and only that passphrase opens them', async () => {
    const { before, service } = await filled();
    const exported = await service.exportBackup({ passphrase: PASSPHRASE });
    expect(exported).toMatchObject({
      suggestedName: 'journal-backup-2026-03-29.json.enc',
      encrypted: true,
      extension: 'enc',
    });
    expect(exported.contents).toBeInstanceOf(Uint8Array);
    expect(isEncryptedBackup(exported.contents)).toBe(true);
    expect(await service.previewBackupFile(exported.contents)).toEqual({ ok: false, problem: 'passphrase-required' });
    expect(await service.previewBackupFile(exported.contents, { passphrase: 'guess' })).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    });
    const preview = await service.previewBackupFile(exported.contents, { passphrase: PASSPHRASE });
    expect(preview.ok && preview.preview.encrypted).toBe(true);
    expect(preview.ok && sorted(preview.backup.tables)).toEqual(before);
    expect(() =>
      saveFileRequestSchema.parse({
        suggestedName: exported.suggestedName,
        contents: exported.contents,
        filter: { name: 'Backup', extensions: [exported.extension] },
      }),
    ).not.toThrow();
  });

  it('refuses an empty passphrase and an empty journal', async () => {
    const { service } = await filled();
    await expect(service.exportBackup({ passphrase: '' })).rejects.toMatchObject({
      name: 'BackupExportError',
      problem: 'passphrase-empty',
    });
    expect(await rejection(service.exportBackup({ passphrase: '' }))).toBeInstanceOf(BackupExportError);
    await expect(setup().service.exportBackup()).rejects.toBeInstanceOf(NothingToBackUpError);
  });
});

describe('BackupService.previewBackupFile', () => {
  it('compares the file with the journal and changes nothing, not even the backups folder', async () => {
    const { repository, bridge, service, before } = await filled();
    const fromFile: JournalSnapshot = {
      ...otherJournal,
      sessions: [...otherJournal.sessions, journalNow.sessions[0] ?? session()],
    };
    const result = await service.previewBackupFile(new TextEncoder().encode(backupText(fromFile)));
    expect(result.ok && result.preview.tables.sessions).toEqual({
      rows: 2,
      invalid: 0,
      new: 1,
      identical: 1,
      differing: 0,
      newerInFile: 0,
      inJournal: 2,
    });
    expect(result.ok && result.preview.tables.settings).toMatchObject({ new: 0, differing: 1, inJournal: 2 });
    expect(sorted(await repository.snapshot())).toEqual(before);
    expect(bridge.files.size).toBe(0);
  });
});

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 64 KiB at a time.
  for (let start = 0; start < length; start += 65_536) crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  return bytes;
}

function tenThousandRowsOneInvalid(): string {
  const symptoms = Array.from({ length: 10_000 }, () => symptom());
  symptoms[7777] = symptom({ locations: [] });
  return backupText({ ...otherJournal, symptoms });
}

async function damagedEncrypted(): Promise<Uint8Array> {
  const bytes = await encryptBackupText(backupText(otherJournal), PASSPHRASE);
  bytes[bytes.length - 100] = (bytes[bytes.length - 100] as number) ^ 0x80;
  return bytes;
}

interface BadFile {
  readonly name: string;
  readonly content: () => string | Uint8Array | Promise<Uint8Array>;
  readonly problem: string;
  readonly passphrase?: string;
}

/** Every kind of file that must be refused, and the code it is refused with. */
const BAD_FILES: readonly BadFile[] = [
  { name: 'an empty file', content: () => new Uint8Array(0), problem: 'empty' },
  {
    name: 'a file over the size limit',
    content: () => new Uint8Array(MAX_BACKUP_FILE_BYTES + 1),
    problem: 'too-large',
  },
  {
    name: 'a truncated backup',
    content: () => backupText(otherJournal).slice(0, 700),
    problem: 'truncated',
  },
  { name: 'a text that is not JSON', content: () => 'Monday: ran 5 km, toes numb', problem: 'not-json' },
  { name: '50 MB of random bytes', content: () => randomBytes(50 * 1024 * 1024), problem: 'not-json' },
  { name: 'JSON that is not a backup', content: () => '{"exported":"from another app"}', problem: 'not-a-backup' },
  {
    name: 'a newer file format',
    content: () => `{"format":"${BACKUP_FORMAT_ID}","formatVersion":2}`,
    problem: 'newer-format',
  },
  {
    name: 'a backup from a newer app',
    content: () => backupText(otherJournal, CURRENT_SCHEMA_VERSION + 1),
    problem: 'newer-schema',
  },
  { name: 'one invalid row among 10,000', content: tenThousandRowsOneInvalid, problem: 'invalid-rows' },
  {
    name: 'two rows with one id',
    content: () => backupText({ ...otherJournal, sessions: [swim, swim] }),
    problem: 'invalid-rows',
  },
  {
    name: 'an encrypted backup without its passphrase',
    content: () => encryptBackupText(backupText(otherJournal), PASSPHRASE),
    problem: 'passphrase-required',
  },
  {
    name: 'an encrypted backup with a wrong passphrase',
    content: () => encryptBackupText(backupText(otherJournal), PASSPHRASE),
    problem: 'wrong-passphrase',
    passphrase: 'not it',
  },
  {
    name: 'an encrypted backup with a changed byte',
    content: damagedEncrypted,
    problem: 'encrypted-data-damaged',
    passphrase: PASSPHRASE,
  },
];

describe('BackupService.applyBackupFile refuses a bad file and leaves the journal exactly as it was', () => {
  const modes: readonly BackupApplyMode[] = ['replace', 'merge'];

  it.each(BAD_FILES.flatMap((file) => modes.map((mode) => [file.name, mode, file] as const)))(
    '%s (%s)',
    async (_name, mode, file) => {
      const { repository, bridge, service, before } = await filled();
      const options = file.passphrase === undefined ? { mode } : { mode, passphrase: file.passphrase };
      const error = await rejection(service.applyBackupFile(await file.content(), options));
      expect(error).toBeInstanceOf(BackupRestoreError);
      expect((error as BackupRestoreError).problem).toBe(file.problem);
      expect(sorted(await repository.snapshot())).toEqual(before);
      // Refused before the safety backup: nothing was about to change.
      expect(bridge.files.size).toBe(0);
    },
  );

  it('lists the invalid row in the preview', async () => {
    const { service } = await filled();
    expect(await service.previewBackupFile(tenThousandRowsOneInvalid())).toMatchObject({
      ok: false,
      problem: 'invalid-rows',
      preview: {
        errors: [{ table: 'symptoms', index: 7777, path: 'locations', code: 'validation.locationRequired' }],
        errorCount: 1,
      },
    });
  });
});

describe('BackupService.applyBackupFile replace', () => {
  it('backs up the journal, then makes it the file’s, settings included', async () => {
    const { repository, bridge, service, before } = await filled();
    const result = await service.applyBackupFile(backupText(otherJournal), { mode: 'replace' });
    expect(sorted(await repository.snapshot())).toEqual(sorted(otherJournal));
    expect(result.mode).toBe('replace');
    expect(result.preview.tables.sessions).toMatchObject({ rows: 1, new: 1, inJournal: 2 });
    const safety = result.safetyBackup;
    expect(safety && bridge.backup(safety.fileName).reason).toBe('before-restore');
    expect(safety && sorted(bridge.backup(safety.fileName).tables)).toEqual(before);
  });

  it('takes no safety backup of an empty journal', async () => {
    const { repository, bridge, service } = setup();
    const result = await service.applyBackupFile(backupText(otherJournal), { mode: 'replace' });
    expect(result.safetyBackup).toBeNull();
    expect(bridge.files.size).toBe(0);
    expect(sorted(await repository.snapshot())).toEqual(sorted(otherJournal));
  });

  it('changes not one row when the database fails in the middle of the transaction', async () => {
    const { db, repository, service, before } = await filled();
    // The tables are already cleared and the sessions written when the last table fails.
    vi.spyOn(db.articles, 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(service.applyBackupFile(backupText(otherJournal), { mode: 'replace' })).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(sorted(await repository.snapshot())).toEqual(before);
  });
});

describe('BackupService.applyBackupFile merge', () => {
  // Changed later in the file: taken.
  const rideEdited = { ...ride, notes: 'from the file', updatedAt: '2026-03-29T11:30:00.000Z' };
  const fromFile: JournalSnapshot = {
    sessions: [
      rideEdited,
      // The same change time, different data: the journal's stays.
      { ...yoga, notes: 'from the file' },
      swim,
    ],
    symptoms: [tingling, ...otherJournal.symptoms],
    settings: [
      { key: 'theme', value: 'light' },
      { key: 'reminder', value: { enabled: false, delayMinutes: 30 } },
    ],
    articles: [article({ sourceName: 'Cold hands' })],
  };

  it('adds new rows, keeps identical ones, takes the later change of two, and keeps the settings', async () => {
    const { repository, bridge, service, before } = await filled();
    const result = await service.applyBackupFile(backupText(fromFile), { mode: 'merge' });

    const after = sorted(await repository.snapshot());
    expect(after).toEqual(
      sorted({
        sessions: [rideEdited, yoga, swim],
        symptoms: [tingling, ...otherJournal.symptoms],
        settings: journalNow.settings,
        articles: [...journalNow.articles, ...fromFile.articles],
      }),
    );
    expect(result).toMatchObject({
      mode: 'merge',
      merged: {
        sessions: { added: 1, updated: 1, unchanged: 0, keptJournal: 1 },
        symptoms: { added: 2, updated: 0, unchanged: 1, keptJournal: 0 },
        articles: { added: 1, updated: 0, unchanged: 0, keptJournal: 0 },
      },
    });
    expect(result.preview.tables.sessions).toMatchObject({ new: 1, differing: 2, newerInFile: 1 });
    const safety = result.safetyBackup;
    expect(safety && bridge.backup(safety.fileName)).toMatchObject({ reason: 'before-restore' });
    expect(safety && sorted(bridge.backup(safety.fileName).tables)).toEqual(before);
  });

  it('keeps a journal row changed later than the file’s', async () => {
    const { repository, service } = await filled();
    const older = { ...ride, notes: 'older', updatedAt: '2026-03-29T10:00:00.000Z' };
    const result = await service.applyBackupFile(backupText({ ...otherJournal, sessions: [older] }), { mode: 'merge' });
    expect(result.mode === 'merge' && result.merged.sessions).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
      keptJournal: 1,
    });
    expect(await repository.snapshot()).toMatchObject({ sessions: expect.arrayContaining([ride]) as unknown });
  });

  it('merging the same file twice changes nothing the second time', async () => {
    const { repository, service } = await filled();
    await service.applyBackupFile(backupText(fromFile), { mode: 'merge' });
    const once = sorted(await repository.snapshot());
    const again = await service.applyBackupFile(backupText(fromFile), { mode: 'merge' });
    expect(sorted(await repository.snapshot())).toEqual(once);
    expect(again.mode === 'merge' && again.merged.sessions).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
      keptJournal: 1,
    });
  });

  it('changes not one row when the database fails in the middle of the transaction', async () => {
    const { db, repository, service, before } = await filled();
    // Sessions and symptoms are already written when the articles fail.
    vi.spyOn(db.articles, 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(service.applyBackupFile(backupText(fromFile), { mode: 'merge' })).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(sorted(await repository.snapshot())).toEqual(before);
  });
});

describe('JournalRepository.mergeAll', () => {
  it('changes not one row when a row breaks a database constraint mid-transaction', async () => {
    const { repository, before } = await filled();
    const twice = symptom();
    // Sessions are merged first (one added, one updated); then the second symptom with one new id
    // fails its add.
    const clash: JournalSnapshot = {
      sessions: [{ ...ride, notes: 'edited', updatedAt: '2026-03-29T11:59:00.000Z' }, swim],
      symptoms: [twice, { ...twice, notes: 'again' }],
      settings: [],
      articles: [],
    };
    await expect(repository.mergeAll(clash)).rejects.toThrow();
    expect(sorted(await repository.snapshot())).toEqual(before);
  });

  it('refuses a row that fails its schema before touching the database', async () => {
    const { repository, before } = await filled();
    await expect(
      repository.mergeAll({ ...otherJournal, sessions: [session({ durationMinutes: -1 })] }),
    ).rejects.toThrow();
    expect(sorted(await repository.snapshot())).toEqual(before);
  });
});

describe('the ten-year benchmark journal', () => {
  it('round-trips 20,000 workouts and 60,000 symptoms: export, then restore into an empty journal', async () => {
    const source = setup(new Date('2026-11-21T12:00:00.000Z'));
    const sample = generateSampleJournal(benchmarkSample(new Date('2026-11-21T12:00:00.000Z')));
    expect([sample.sessions.length, sample.symptoms.length]).toEqual([20_000, 60_000]);
    await source.repository.replaceAll({
      ...sample,
      settings: [{ key: 'theme', value: 'dark' }],
      articles: [article()],
    });
    const exported = await source.service.exportBackup();

    const target = setup();
    const result = await target.service.applyBackupFile(exported.contents, { mode: 'replace' });
    expect(result.preview.tables.symptoms).toMatchObject({ rows: 60_000, new: 60_000 });
    expect(sorted(await target.repository.snapshot())).toEqual(sorted(await source.repository.snapshot()));
  }, 120_000);
});
