import { describe, expect, it } from 'vitest';
import {
  BACKUPS_KEPT_NEWEST,
  backupFileNameFor,
  backupTimeFromFileName,
  backupsToPrune,
  isBackupFileName,
  isDailyBackupDue,
  sortBackupsNewestFirst,
  type BackupFileInfo,
} from '../../../shared/backup-files';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

const nameAt = (iso: string) => backupFileNameFor(new Date(iso));
const info = (iso: string): BackupFileInfo => ({ fileName: nameAt(iso), createdAt: iso, sizeBytes: 100 });

describe('backup file names', () => {
  it('encode the UTC time with separators every file system accepts', () => {
    expect(nameAt('2026-11-21T19:24:25.123Z')).toBe('journal-2026-11-21T19-24-25-123Z.json');
  });

  it.each(['2026-11-21T19:24:25.123Z', '2026-01-01T00:00:00.000Z', '2028-02-29T23:59:59.999Z'])(
    'round-trip %s',
    (iso) => {
      const name = nameAt(iso);
      expect(backupTimeFromFileName(name)?.toISOString()).toBe(iso);
      expect(isBackupFileName(name)).toBe(true);
    },
  );

  it.each([
    'notes.txt',
    'journal.json',
    'journal-latest.json',
    'journal-2026-11-21T19:24:25.123Z.json',
    'journal-2026-11-21T19-24-25-123Z.json.bak',
    'journal-2026-11-21T19-24-25-123Z.JSON',
    'old-journal-2026-11-21T19-24-25-123Z.json',
    '../journal-2026-11-21T19-24-25-123Z.json',
    'journal-2026-11-21T19-24-25Z.json',
    'journal-2026-13-01T00-00-00-000Z.json',
    '',
  ])('are not recognised in the foreign name %j', (name) => {
    expect(backupTimeFromFileName(name)).toBeNull();
    expect(isBackupFileName(name)).toBe(false);
  });

  // Fails today: `new Date('2026-02-30T…Z')` rolls over to 2 March, so the name is taken for a
  // backup of 2 March that this app could never have written.
  it.each(['journal-2026-02-30T10-00-00-000Z.json', 'journal-2026-04-31T10-00-00-000Z.json'])(
    'are not recognised for an impossible date (%s)',
    (name) => {
      expect(backupTimeFromFileName(name)).toBeNull();
    },
  );
});

describe('backupsToPrune', () => {
  it('prunes nothing while there are ten backups or fewer', () => {
    const names = Array.from({ length: BACKUPS_KEPT_NEWEST }, (_, i) => nameAt(new Date(i * DAY_MS).toISOString()));
    expect(backupsToPrune(names)).toEqual([]);
  });

  it('keeps the newest ten plus the newest of each month, and never names a foreign file', () => {
    // 40 daily backups from 25 November 2025 to 3 January 2026, across three months.
    const daily = Array.from({ length: 40 }, (_, i) =>
      nameAt(new Date(Date.parse('2025-11-25T06:00:00.000Z') + i * DAY_MS).toISOString()),
    );
    expect(daily[0]).toBe('journal-2025-11-25T06-00-00-000Z.json');
    expect(daily[39]).toBe('journal-2026-01-03T06-00-00-000Z.json');
    const older = [
      nameAt('2024-11-10T09:00:00.000Z'),
      nameAt('2025-06-15T09:00:00.000Z'),
      nameAt('2025-08-01T09:00:00.000Z'),
      nameAt('2025-08-20T09:00:00.000Z'),
      nameAt('2025-10-31T23:59:59.999Z'),
      nameAt('2025-11-01T00:00:00.000Z'),
    ];
    const foreign = ['notes.txt', 'journal-latest.json', `${daily[0]}.bak`, 'journal-2026-01-03T06-00-00-000Z.tmp'];
    const all = [...foreign, ...older, ...daily].reverse();

    const pruned = backupsToPrune(all);

    const survivors = [
      ...daily.slice(30), // the newest ten: 25 December to 3 January, including the newest of January
      nameAt('2025-11-30T06:00:00.000Z'), // newest of November
      nameAt('2025-10-31T23:59:59.999Z'), // newest of October
      nameAt('2025-08-20T09:00:00.000Z'), // newest of August
      nameAt('2025-06-15T09:00:00.000Z'), // newest of June
      nameAt('2024-11-10T09:00:00.000Z'), // November of another year is another month
    ];
    const expectedPruned = [...older, ...daily].filter((name) => !survivors.includes(name));
    expect(expectedPruned).toHaveLength(older.length + daily.length - survivors.length);
    expect([...pruned].sort()).toEqual([...expectedPruned].sort());
    for (const name of foreign) expect(pruned).not.toContain(name);
  });

  it('reads months in UTC, as the names are written', () => {
    const names = [nameAt('2026-02-01T00:30:00.000Z'), nameAt('2026-01-31T23:30:00.000Z')];
    const newer = Array.from({ length: BACKUPS_KEPT_NEWEST }, (_, i) =>
      nameAt(new Date(Date.parse('2026-03-01T00:00:00.000Z') + i * HOUR_MS).toISOString()),
    );
    expect(backupsToPrune([...names, ...newer])).toEqual([]);
  });
});

describe('isDailyBackupDue', () => {
  const now = new Date('2026-03-29T12:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('is due when there is no backup', () => {
    expect(isDailyBackupDue([], now)).toBe(true);
  });

  it('is due when the newest backup is dated in the future (taken while the clock was wrong)', () => {
    expect(isDailyBackupDue([info(ago(-5 * HOUR_MS)), info(ago(2 * HOUR_MS))], now)).toBe(true);
  });

  it('is not due 23 hours after the newest backup', () => {
    expect(isDailyBackupDue([info(ago(23 * HOUR_MS))], now)).toBe(false);
  });

  it('is due 24 hours after the newest backup', () => {
    expect(isDailyBackupDue([info(ago(24 * HOUR_MS))], now)).toBe(true);
  });

  it('looks at the newest backup whatever order the list is in', () => {
    expect(isDailyBackupDue([info(ago(10 * DAY_MS)), info(ago(2 * HOUR_MS)), info(ago(3 * DAY_MS))], now)).toBe(false);
  });
});

describe('sortBackupsNewestFirst', () => {
  it('orders by creation time without changing its input', () => {
    const input = [
      info('2026-01-02T00:00:00.000Z'),
      info('2026-03-01T00:00:00.000Z'),
      info('2025-12-31T00:00:00.000Z'),
    ];
    expect(sortBackupsNewestFirst(input).map((backup) => backup.createdAt)).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2025-12-31T00:00:00.000Z',
    ]);
    expect(input[0]?.createdAt).toBe('2026-01-02T00:00:00.000Z');
  });
});
