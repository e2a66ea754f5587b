import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_ID,
  BACKUP_FORMAT_VERSION,
  createBackup,
  parseBackup,
  serializeBackup,
  verifyBackupText,
  type JournalSnapshot,
} from '../../../shared/backup-format';
import { session, symptom } from './fixtures';

const SUPPORTED_SCHEMA = 2;
const meta = {
  schemaVersion: 2,
  appVersion: '0.1.0',
  createdAt: new Date('2026-03-29T12:00:00.000Z'),
  reason: 'daily',
} as const;

function snapshot(): JournalSnapshot {
  const run = session({ notes: 'Hills, "quoted", ünïcödé, emoji 🏃 and a\nnew line' });
  return {
    sessions: [run, session({ activity: 'yoga', utcOffsetMinutes: -300 })],
    symptoms: [
      symptom({ sessionId: run.id, severity: 0 }),
      symptom({
        sensations: ['numbness', 'tingling'],
        locations: [
          { region: 'calf', side: 'left' },
          { region: 'toes', side: 'right' },
        ],
        severity: 10,
      }),
    ],
    settings: [{ key: 'theme', value: 'dark' }],
    articles: [],
  };
}

/** A serialised backup changed by `edit`, for files written by other versions or damaged on disk. */
function editedBackup(edit: (backup: Record<string, unknown>) => void): string {
  const data = JSON.parse(serializeBackup(createBackup(snapshot(), meta))) as Record<string, unknown>;
  edit(data);
  return JSON.stringify(data);
}

describe('backup round trip', () => {
  it('reads back exactly what was written', () => {
    const backup = createBackup(snapshot(), meta);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT_ID,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: 2,
      appVersion: '0.1.0',
      createdAt: '2026-03-29T12:00:00.000Z',
      reason: 'daily',
    });
    expect(parseBackup(serializeBackup(backup), SUPPORTED_SCHEMA)).toEqual({ ok: true, backup });
  });

  it('round-trips an empty journal', () => {
    const backup = createBackup(
      { sessions: [], symptoms: [], settings: [], articles: [] },
      { ...meta, reason: 'before-erase' },
    );
    expect(parseBackup(serializeBackup(backup), SUPPORTED_SCHEMA)).toEqual({ ok: true, backup });
  });

  it('reads a backup of an older schema than the app supports', () => {
    expect(parseBackup(serializeBackup(createBackup(snapshot(), meta)), 3).ok).toBe(true);
  });
});

describe('parseBackup refuses', () => {
  it('truncated JSON as not-json', () => {
    const text = serializeBackup(createBackup(snapshot(), meta));
    expect(parseBackup(text.slice(0, Math.floor(text.length / 2)), SUPPORTED_SCHEMA)).toEqual({
      ok: false,
      problem: 'not-json',
    });
    expect(parseBackup('', SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'not-json' });
  });

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"exercise-symptom-journal-backup"'],
    ['another format', '{"format":"some-other-app","formatVersion":1}'],
    ['a missing format version', `{"format":"${BACKUP_FORMAT_ID}"}`],
    ['a text format version', `{"format":"${BACKUP_FORMAT_ID}","formatVersion":"1"}`],
  ])('%s as not-a-backup', (_name, text) => {
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'not-a-backup' });
  });

  it('a newer envelope as newer-format, whatever its contents look like', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT_ID, formatVersion: 2, data: 'a shape this app does not know' });
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'newer-format' });
  });

  it('rows from a newer schema as newer-schema', () => {
    const text = serializeBackup(createBackup(snapshot(), { ...meta, schemaVersion: 3 }));
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'newer-schema' });
  });

  it('rows from a newer schema as newer-schema even when their shape changed', () => {
    const text = editedBackup((backup) => {
      backup['schemaVersion'] = 3;
      const tables = backup['tables'] as { symptoms: Record<string, unknown>[] };
      for (const row of tables.symptoms) {
        row['feelings'] = row['sensations'];
        delete row['sensations'];
      }
    });
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'newer-schema' });
  });

  it('one bad row among 10,000 as invalid-rows, naming its path', () => {
    const symptoms = Array.from({ length: 10_001 }, () => symptom());
    symptoms[4321] = symptom({ severity: 11 });
    const text = serializeBackup(createBackup({ sessions: [], symptoms, settings: [], articles: [] }, meta));
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toEqual({
      ok: false,
      problem: 'invalid-rows',
      detail: 'tables.symptoms.4321.severity',
    });
  });

  it.each([
    ['a session without id', (tables: Tables) => delete tables.sessions[0]?.['id'], 'tables.sessions.0.id'],
    [
      'an unknown setting',
      (tables: Tables) => tables.settings.push({ key: 'font', value: 'x' }),
      'tables.settings.1.key',
    ],
    ['a missing table', (tables: Tables) => delete (tables as Partial<Tables>).symptoms, 'tables.symptoms'],
  ])('%s as invalid-rows', (_name, edit, detail) => {
    const text = editedBackup((backup) => edit(backup['tables'] as Tables));
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'invalid-rows', detail });
  });

  it('a row that is not a record in a file of the first schema as invalid-rows, instead of failing', () => {
    const text = editedBackup((backup) => {
      backup['schemaVersion'] = 1;
      (backup['tables'] as { sessions: unknown[] }).sessions.push(null, 'junk');
      (backup['tables'] as { symptoms: unknown[] }).symptoms.unshift([1, 2]);
    });
    expect(parseBackup(text, SUPPORTED_SCHEMA)).toMatchObject({ ok: false, problem: 'invalid-rows' });
  });

  it('an unknown reason or a bad creation time as invalid-rows', () => {
    expect(
      parseBackup(
        editedBackup((backup) => (backup['reason'] = 'whim')),
        SUPPORTED_SCHEMA,
      ),
    ).toMatchObject({
      ok: false,
      problem: 'invalid-rows',
      detail: 'reason',
    });
    expect(
      parseBackup(
        editedBackup((backup) => (backup['createdAt'] = 'yesterday')),
        SUPPORTED_SCHEMA,
      ),
    ).toMatchObject({ ok: false, problem: 'invalid-rows', detail: 'createdAt' });
  });
});

interface Tables {
  sessions: Record<string, unknown>[];
  symptoms: Record<string, unknown>[];
  settings: Record<string, unknown>[];
}

describe('a backup from the first schema version', () => {
  it('is upgraded the way the database upgrades its rows', () => {
    const at = '2026-01-10T08:00:00.000Z';
    const sessionId = crypto.randomUUID();
    const v1 = {
      format: BACKUP_FORMAT_ID,
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: at,
      reason: 'daily',
      tables: {
        sessions: [
          {
            id: sessionId,
            activity: 'yoga',
            startedAt: at,
            utcOffsetMinutes: 60,
            durationMinutes: 60,
            notes: '',
            createdAt: at,
            updatedAt: at,
          },
        ],
        symptoms: [
          {
            id: crypto.randomUUID(),
            sessionId,
            notedAt: at,
            utcOffsetMinutes: 60,
            sensations: ['numbness'],
            locations: [{ region: 'calf', side: 'both' }],
            severity: 3,
            notes: '',
            createdAt: at,
            updatedAt: at,
          },
        ],
        settings: [{ key: 'theme', value: 'dark' }],
      },
    };
    const parsed = parseBackup(JSON.stringify(v1), SUPPORTED_SCHEMA);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.tables.sessions[0]).toMatchObject({
      intensity: null,
      source: 'person',
      factors: { warmUp: null },
    });
    expect(parsed.backup.tables.symptoms[0]).toMatchObject({
      locations: [
        { region: 'calf', side: 'left' },
        { region: 'calf', side: 'right' },
      ],
      onset: null,
      ongoing: false,
      warningSigns: [],
      helped: [],
      source: 'person',
    });
  });
});

describe('verifyBackupText', () => {
  it('passes a backup with its time, and refuses what parseBackup refuses, naming the first bad row', () => {
    expect(verifyBackupText(serializeBackup(createBackup(snapshot(), meta)), SUPPORTED_SCHEMA)).toEqual({
      ok: true,
      createdAt: '2026-03-29T12:00:00.000Z',
    });
    const badRow = editedBackup((backup) => {
      const tables = backup['tables'] as { symptoms: Record<string, unknown>[] };
      if (tables.symptoms[1]) tables.symptoms[1]['severity'] = 11;
    });
    expect(verifyBackupText(badRow, SUPPORTED_SCHEMA)).toEqual(parseBackup(badRow, SUPPORTED_SCHEMA));
    expect(verifyBackupText(badRow, SUPPORTED_SCHEMA)).toMatchObject({
      ok: false,
      problem: 'invalid-rows',
      detail: 'tables.symptoms.1.severity',
    });
    expect(verifyBackupText('{"format":', SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'not-json' });
  });
});
