import { describe, expect, it } from 'vitest';
import { encryptBackupText } from '../../../shared/backup-crypto';
import {
  BACKUP_FORMAT_ID,
  createBackup,
  exportFileName,
  serializeBackup,
  type JournalSnapshot,
} from '../../../shared/backup-format';
import {
  chooseForMerge,
  exceedsBackupFileLimit,
  MAX_BACKUP_FILE_BYTES,
  MAX_LISTED_ROW_ERRORS,
  previewBackup,
  readBackupFile,
  sameContent,
  type BackupOpenResult,
  type ReadBackupFileResult,
} from '../../../shared/backup-preview';
import { session, symptom } from './fixtures';

const SUPPORTED_SCHEMA = 3;
const meta = {
  schemaVersion: SUPPORTED_SCHEMA,
  appVersion: '0.1.0',
  createdAt: new Date('2026-03-29T12:00:00.000Z'),
  reason: 'manual',
} as const;
const EMPTY: JournalSnapshot = { sessions: [], symptoms: [], settings: [], articles: [] };

function fileOf(snapshot: JournalSnapshot, overrides: { readonly schemaVersion?: number } = {}): string {
  return serializeBackup(createBackup(snapshot, { ...meta, ...overrides }));
}

/** A serialised backup changed by `edit`, as another program or damage on disk might leave it. */
function edited(snapshot: JournalSnapshot, edit: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(fileOf(snapshot)) as Record<string, unknown>;
  edit(data);
  return JSON.stringify(data);
}

function read(content: string | Uint8Array, passphrase?: string): Promise<ReadBackupFileResult> {
  return readBackupFile(
    content,
    passphrase === undefined
      ? { supportedSchemaVersion: SUPPORTED_SCHEMA }
      : { supportedSchemaVersion: SUPPORTED_SCHEMA, passphrase },
  );
}

async function problemOf(content: string | Uint8Array): Promise<string> {
  const result = await read(content);
  if (result.ok) return result.file.backup === null ? 'invalid-rows' : 'ok';
  return result.problem;
}

async function opened(content: string | Uint8Array, journal: JournalSnapshot = EMPTY): Promise<BackupOpenResult> {
  const result = await read(content);
  if (!result.ok) throw new Error(`Expected a readable file, got ${result.problem}`);
  return previewBackup(result.file, journal);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 64 KiB at a time.
  for (let start = 0; start < length; start += 65_536) crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  return bytes;
}

const run = session({ startedAt: '2026-03-01T08:00:00.000Z' });
const journalShape: JournalSnapshot = {
  sessions: [run, session({ startedAt: '2026-03-20T08:00:00.000Z' })],
  symptoms: [symptom({ sessionId: run.id, notedAt: '2026-03-01T09:00:00.000Z' })],
  settings: [{ key: 'theme', value: 'dark' }],
  articles: [],
};

describe('readBackupFile tells every kind of bad file apart', () => {
  it('reads a good file, as text or bytes, with or without a byte-order mark', async () => {
    const text = fileOf(journalShape);
    for (const content of [text, utf8(text), `\uFEFF${text}`, utf8(`\uFEFF${text}`), `\n  ${text}\n`]) {
      const result = await read(content);
      expect(result.ok && result.file.backup?.tables).toEqual(journalShape);
    }
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['no text', ''],
    ['only white space', ' \n\t\r\n '],
    ['only a byte-order mark', Uint8Array.of(0xef, 0xbb, 0xbf)],
  ])('%s as empty', async (_name, content) => {
    expect(await problemOf(content)).toBe('empty');
  });

  it('a file over the limit as too-large, without reading a byte of it', async () => {
    // Zero-filled and never touched: the size alone decides.
    expect(await problemOf(new Uint8Array(MAX_BACKUP_FILE_BYTES + 1))).toBe('too-large');
  });

  it('a backup cut off anywhere as truncated', async () => {
    const text = fileOf(journalShape);
    for (const length of [60, 200, Math.floor(text.length / 2), text.length - 1]) {
      expect(await problemOf(text.slice(0, length))).toBe('truncated');
      expect(await problemOf(utf8(text).subarray(0, length))).toBe('truncated');
    }
  });

  it.each([
    ['plain text', 'Dear diary'],
    ['a backup damaged in the middle', fileOf(journalShape).replace('"sessions":[', '"sessions":[}')],
    ['a backup with text after its end', `${fileOf(journalShape)} trailing`],
    ['another JSON file cut off', '{"name":"something else","items":[1,2'],
    ['an unquoted key', '{format: 1}'],
  ])('%s as not-json', async (_name, text) => {
    expect(await problemOf(text)).toBe('not-json');
  });

  it('bytes that are not UTF-8 as not-json', async () => {
    const bytes = utf8(fileOf(journalShape));
    bytes[100] = 0xff;
    expect(await problemOf(bytes)).toBe('not-json');
  });

  it('50 MB of random bytes, or of junk text, as not-json', async () => {
    const junk = randomBytes(50 * 1024 * 1024);
    // Starting with a byte no JSON starts with, and with `{`, which makes the whole file be decoded.
    junk[0] = 0x07;
    expect(await problemOf(junk)).toBe('not-json');
    junk[0] = 0x7b;
    expect(await problemOf(junk)).toBe('not-json');
    const junkText = `{${'x!"{['.repeat(10 * 1024 * 1024)}`;
    expect(await problemOf(junkText)).toBe('not-json');
  });

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['another app', '{"format":"some-other-app","formatVersion":1}'],
    ['a format version in text', `{"format":"${BACKUP_FORMAT_ID}","formatVersion":"1"}`],
  ])('%s as not-a-backup', async (_name, text) => {
    expect(await problemOf(text)).toBe('not-a-backup');
  });

  it('a newer envelope as newer-format', async () => {
    expect(await problemOf(`{"format":"${BACKUP_FORMAT_ID}","formatVersion":2,"pages":[]}`)).toBe('newer-format');
  });

  it('rows from a newer app as newer-schema', async () => {
    expect(await problemOf(fileOf(journalShape, { schemaVersion: SUPPORTED_SCHEMA + 1 }))).toBe('newer-schema');
  });

  it('an encrypted backup: passphrase-required without one, the backup with it', async () => {
    const encrypted = await encryptBackupText(fileOf(journalShape), 'passphrase');
    expect(await problemOf(encrypted)).toBe('passphrase-required');
    const result = await read(encrypted, 'passphrase');
    expect(result.ok && result.file.encrypted).toBe(true);
    expect(result.ok && result.file.backup?.tables).toEqual(journalShape);
    expect(await read(encrypted, 'Passphrase')).toEqual({ ok: false, problem: 'wrong-passphrase' });
  });

  it('an encrypted file holding junk as not-json, like a plain one', async () => {
    expect(await read(await encryptBackupText('Dear diary', 'passphrase'), 'passphrase')).toEqual({
      ok: false,
      problem: 'not-json',
    });
  });
});

describe('row errors', () => {
  it('one bad row among 10,000: listed with table, index, field and code, and nothing to apply', async () => {
    const symptoms = Array.from({ length: 10_000 }, () => symptom());
    symptoms[4321] = symptom({ severity: 11 });
    const result = await opened(fileOf({ ...EMPTY, symptoms }));
    expect(result.ok).toBe(false);
    if (result.ok || result.problem !== 'invalid-rows') throw new Error('Expected invalid-rows');
    expect(result.preview.errors).toEqual([
      { table: 'symptoms', index: 4321, path: 'severity', code: 'validation.severityRange' },
    ]);
    expect(result.preview.errorCount).toBe(1);
    expect(result.preview.tables.symptoms).toMatchObject({ rows: 10_000, invalid: 1, new: 9_999 });
  });

  it('lists the first 100 of many errors in file order, and counts them all', async () => {
    const sessions = Array.from({ length: 300 }, (_, index) =>
      index % 2 === 0 ? session({ durationMinutes: 0, notes: 'x'.repeat(10_001) }) : session(),
    );
    const result = await opened(fileOf({ ...EMPTY, sessions }));
    if (result.ok || result.problem !== 'invalid-rows') throw new Error('Expected invalid-rows');
    const { errors, errorCount, tables } = result.preview;
    expect(errors).toHaveLength(MAX_LISTED_ROW_ERRORS);
    expect(errorCount).toBe(300);
    expect(tables.sessions).toMatchObject({ rows: 300, invalid: 150, new: 150 });
    expect(errors.slice(0, 3)).toEqual([
      { table: 'sessions', index: 0, path: 'durationMinutes', code: 'validation.durationRange' },
      { table: 'sessions', index: 0, path: 'notes', code: 'validation.notesTooLong' },
      { table: 'sessions', index: 2, path: 'durationMinutes', code: 'validation.durationRange' },
    ]);
    expect(errors.at(-1)).toMatchObject({ index: 98, path: 'notes' });
  });

  it('reports the file’s own fields, missing tables, nested fields, unknown settings and repeated ids', async () => {
    const twice = session();
    const text = edited({ ...journalShape, sessions: [twice, twice] }, (data) => {
      data['createdAt'] = 'yesterday';
      data['reason'] = 'whim';
      const tables = data['tables'] as Record<string, Record<string, unknown>[]>;
      delete tables['articles'];
      tables['symptoms'] = [{ ...(tables['symptoms']?.[0] ?? {}), locations: [{ region: 'calf', side: 'top' }] }];
      tables['settings'] = [
        { key: 'theme', value: 'dark' },
        { key: 'font', value: 'x' },
        { key: 'theme', value: 'light' },
      ];
    });
    const result = await opened(text);
    if (result.ok || result.problem !== 'invalid-rows') throw new Error('Expected invalid-rows');
    expect(result.preview.errors).toEqual([
      { table: null, index: null, path: 'createdAt', code: 'validation.dateInvalid' },
      { table: null, index: null, path: 'reason', code: 'validation.invalid' },
      { table: 'sessions', index: 1, path: 'id', code: 'duplicate-id' },
      { table: 'symptoms', index: 0, path: 'locations.0.side', code: 'validation.locationRequired' },
      { table: 'settings', index: 1, path: 'key', code: 'validation.invalid' },
      { table: 'settings', index: 2, path: 'key', code: 'duplicate-id' },
    ]);
    expect(result.preview.meta).toEqual({
      schemaVersion: SUPPORTED_SCHEMA,
      appVersion: '0.1.0',
      createdAt: null,
      reason: null,
    });
    // A backup from before articles existed has none, which is no error.
    expect(result.preview.tables.articles).toMatchObject({ rows: 0, invalid: 0 });
  });

  it('a table that is missing or not a list', async () => {
    const missing = await opened(
      edited(journalShape, (data) => delete (data['tables'] as Record<string, unknown>)['symptoms']),
    );
    expect(!missing.ok && missing.problem === 'invalid-rows' && missing.preview.errors).toEqual([
      { table: 'symptoms', index: null, path: '', code: 'validation.invalid' },
    ]);
    const noTables = await opened(edited(journalShape, (data) => (data['tables'] = 'all of them')));
    expect(!noTables.ok && noTables.problem === 'invalid-rows' && noTables.preview.errors).toEqual([
      { table: null, index: null, path: 'tables', code: 'validation.invalid' },
    ]);
  });
});

describe('previewBackup against the journal', () => {
  const kept = session({ activity: 'yoga', startedAt: '2025-12-24T07:00:00.000Z' });
  const editedLater = session({ activity: 'running', updatedAt: '2026-03-29T11:00:00.000Z' });
  const editedEarlier = session({ activity: 'cycling', updatedAt: '2026-03-29T11:00:00.000Z' });
  const sameTime = session({ activity: 'walking' });
  const note = symptom({ notedAt: '2026-03-28T18:00:00.000Z' });
  const journal: JournalSnapshot = {
    sessions: [
      kept,
      { ...editedLater, notes: 'old' },
      { ...editedEarlier, updatedAt: '2026-03-29T11:30:00.000Z' },
      { ...sameTime, notes: 'mine' },
    ],
    symptoms: [note],
    settings: [{ key: 'theme', value: 'dark' }],
    articles: [],
  };
  const fromFile: JournalSnapshot = {
    sessions: [
      kept,
      { ...editedLater, notes: 'new', updatedAt: '2026-03-29T11:45:00.000Z' },
      editedEarlier,
      { ...sameTime, notes: 'theirs' },
      session({ startedAt: '2026-04-02T06:00:00.000Z' }),
    ],
    symptoms: [note, symptom({ notedAt: '2025-11-30T23:59:00.000Z' })],
    settings: [
      { key: 'theme', value: 'light' },
      { key: 'reminder', value: { enabled: false, delayMinutes: 60 } },
    ],
    articles: [{ id: crypto.randomUUID(), sourceName: 'Notes', text: 'Text', importedAt: '2026-01-01T00:00:00.000Z' }],
  };

  it('counts new, identical and differing rows per table, and which of those the file changed later', async () => {
    const result = await opened(fileOf(fromFile), journal);
    if (!result.ok) throw new Error(result.problem);
    expect(result.preview.tables).toEqual({
      sessions: { rows: 5, invalid: 0, new: 1, identical: 1, differing: 3, newerInFile: 1, inJournal: 4 },
      symptoms: { rows: 2, invalid: 0, new: 1, identical: 1, differing: 0, newerInFile: 0, inJournal: 1 },
      settings: { rows: 2, invalid: 0, new: 1, identical: 0, differing: 1, newerInFile: 0, inJournal: 1 },
      articles: { rows: 1, invalid: 0, new: 1, identical: 0, differing: 0, newerInFile: 0, inJournal: 0 },
    });
    expect(result.preview.errors).toEqual([]);
    expect(result.preview.encrypted).toBe(false);
    expect(result.preview.meta).toEqual({
      schemaVersion: SUPPORTED_SCHEMA,
      appVersion: '0.1.0',
      createdAt: '2026-03-29T12:00:00.000Z',
      reason: 'manual',
    });
    expect(result.backup.tables).toEqual(fromFile);
  });

  it('gives the date range of the entries, workouts and symptoms together', async () => {
    const result = await opened(fileOf(fromFile), journal);
    expect(result.ok && result.preview.entries).toEqual({
      first: '2025-11-30T23:59:00.000Z',
      last: '2026-04-02T06:00:00.000Z',
    });
    const empty = await opened(fileOf({ ...EMPTY, settings: [{ key: 'theme', value: 'dark' }] }));
    expect(empty.ok && empty.preview.entries).toBeNull();
  });

  it('a file of the journal itself: every row identical', async () => {
    const result = await opened(fileOf(journal), journal);
    expect(result.ok && result.preview.tables.sessions).toMatchObject({ new: 0, identical: 4, differing: 0 });
  });
});

describe('chooseForMerge', () => {
  const changedAt = (row: { updatedAt: string }) => row.updatedAt;
  const row = session({ updatedAt: '2026-03-29T11:00:00.000Z' });

  it('adds a row the journal lacks and leaves an identical one', () => {
    expect(chooseForMerge(row, undefined, changedAt)).toBe('add');
    expect(chooseForMerge(row, structuredClone(row), changedAt)).toBe('identical');
  });

  it('takes the row changed later, and the journal’s on a tie', () => {
    const later = { ...row, notes: 'later', updatedAt: '2026-03-29T11:00:00.001Z' };
    expect(chooseForMerge(later, row, changedAt)).toBe('take-file');
    expect(chooseForMerge(row, later, changedAt)).toBe('keep-journal');
    expect(chooseForMerge({ ...row, notes: 'other' }, row, changedAt)).toBe('keep-journal');
  });

  it('compares instants, not text: a time written without milliseconds is the same instant', () => {
    const sameInstant = { ...row, notes: 'other', updatedAt: '2026-03-29T11:00:00Z' };
    expect(chooseForMerge(sameInstant, row, changedAt)).toBe('keep-journal');
  });

  it('never takes a row without a change time', () => {
    expect(chooseForMerge({ key: 'theme', value: 'light' }, { key: 'theme', value: 'dark' }, null)).toBe(
      'keep-journal',
    );
  });
});

describe('sameContent', () => {
  it('ignores field order and fields set to undefined, and sees any other difference', () => {
    expect(sameContent({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameContent([1, 2], [2, 1])).toBe(false);
    expect(sameContent({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameContent('1', 1)).toBe(false);
  });
});

describe('exceedsBackupFileLimit', () => {
  it('counts text in UTF-8 bytes', () => {
    expect(exceedsBackupFileLimit('x')).toBe(false);
    expect(exceedsBackupFileLimit(new Uint8Array(MAX_BACKUP_FILE_BYTES))).toBe(false);
    expect(exceedsBackupFileLimit(new Uint8Array(MAX_BACKUP_FILE_BYTES + 1))).toBe(true);
    // Two bytes each in UTF-8: half the limit in characters fills it exactly, one more goes over.
    expect(exceedsBackupFileLimit('é'.repeat(MAX_BACKUP_FILE_BYTES / 2))).toBe(false);
    expect(exceedsBackupFileLimit('é'.repeat(MAX_BACKUP_FILE_BYTES / 2 + 1))).toBe(true);
  });
});

describe('exportFileName', () => {
  it('is the local day, with .json.enc when encrypted', () => {
    const localNoon = new Date(2026, 10, 21, 12, 0);
    expect(exportFileName(localNoon, false)).toBe('journal-backup-2026-11-21.json');
    expect(exportFileName(localNoon, true)).toBe('journal-backup-2026-11-21.json.enc');
    expect(exportFileName(new Date(2027, 0, 2, 0, 5), false)).toBe('journal-backup-2027-01-02.json');
  });
});
