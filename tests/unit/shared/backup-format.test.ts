import { describe, expect, it, vi } from 'vitest';
import {
  BACKUP_FORMAT_ID,
  BACKUP_FORMAT_VERSION,
  BackupTextWriter,
  createBackup,
  InvalidBackupRowError,
  laidOutBackupCreatedAt,
  parseBackup,
  serializeBackup,
  verifyBackupText,
  type JournalBackup,
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

describe('the backup layout: one row to a line', () => {
  const backup = createBackup(snapshot(), meta);
  const text = serializeBackup(backup);

  it('puts the file’s own fields on the first line and each row on a line of its own, as plain JSON', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '{"format":"exercise-symptom-journal-backup","formatVersion":1,"schemaVersion":2,"appVersion":"0.1.0",' +
        '"createdAt":"2026-03-29T12:00:00.000Z","reason":"daily","tables":{',
    );
    expect(lines.slice(1)).toEqual([
      '"sessions":[',
      `${JSON.stringify(backup.tables.sessions[0])},`,
      JSON.stringify(backup.tables.sessions[1]),
      '],',
      '"symptoms":[',
      `${JSON.stringify(backup.tables.symptoms[0])},`,
      JSON.stringify(backup.tables.symptoms[1]),
      '],',
      '"settings":[',
      JSON.stringify(backup.tables.settings[0]),
      '],',
      '"articles":[',
      ']}}',
    ]);
    expect(JSON.parse(text)).toEqual(backup);
  });

  it('is written the same a page at a time as all at once; a table given no rows is written empty', () => {
    const { tables, ...header } = backup;
    const writer = new BackupTextWriter(header);
    writer.addRows('sessions', tables.sessions.slice(0, 1));
    writer.addRows('sessions', []);
    writer.addRows('sessions', tables.sessions.slice(1));
    writer.addRows('symptoms', tables.symptoms);
    writer.addRows('settings', tables.settings);
    expect(writer.finish()).toBe(text);

    const empty = new BackupTextWriter(header).finish();
    expect(JSON.parse(empty)).toEqual({
      ...header,
      tables: { sessions: [], symptoms: [], settings: [], articles: [] },
    });
    expect(parseBackup(empty, SUPPORTED_SCHEMA)).toMatchObject({ ok: true });
  });

  it('checks each row before writing it when asked, naming the first a restore would refuse as parseBackup does', () => {
    const { tables, ...header } = backup;
    const checked = new BackupTextWriter(header, { checkRows: true });
    for (const table of ['sessions', 'symptoms', 'settings'] as const) checked.addRows(table, tables[table]);
    expect(checked.finish()).toBe(text);

    const withBadSymptom = tables.symptoms.map((row, index) => (index === 1 ? { ...row, severity: 11 } : row));
    const badSymptom = withBadSymptom[1];
    const refusing = new BackupTextWriter(header, { checkRows: true });
    refusing.addRows('sessions', tables.sessions);
    refusing.addRows('symptoms', tables.symptoms.slice(0, 1));
    let thrown: unknown;
    try {
      refusing.addRows('symptoms', [badSymptom]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidBackupRowError);
    // The same row at the same place, found by reading the file back.
    const onDisk = serializeBackup({ ...backup, tables: { ...tables, symptoms: withBadSymptom } });
    const parsed = parseBackup(onDisk, SUPPORTED_SCHEMA);
    expect(parsed).toMatchObject({ ok: false, problem: 'invalid-rows', detail: 'tables.symptoms.1.severity' });
    expect((thrown as InvalidBackupRowError).at).toBe('tables.symptoms.1.severity');
    expect((thrown as InvalidBackupRowError).row.code).toMatch(/^validation\.severity/);
    // Unchecked, a writer keeps whatever it is given (older or damaged files in tests and tools).
    expect(() => new BackupTextWriter(header).addRows('symptoms', [badSymptom])).not.toThrow();
  });

  it('refuses rows of a table after a later table', () => {
    const writer = new BackupTextWriter(backup);
    writer.addRows('symptoms', []);
    expect(() => writer.addRows('sessions', [])).toThrow('Rows of sessions came after a later table');
  });

  it('is checked a row at a time: the whole text is never parsed at once', () => {
    const symptoms = Array.from({ length: 200 }, () => symptom());
    const big = serializeBackup(createBackup({ sessions: [], symptoms, settings: [], articles: [] }, meta));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(verifyBackupText(big, SUPPORTED_SCHEMA).ok).toBe(true);
      expect(parseBackup(big, SUPPORTED_SCHEMA)).toMatchObject({ ok: true });
      const longest = Math.max(...parse.mock.calls.map(([argument]) => argument.length));
      expect(longest).toBeLessThan(big.length / 50);
    } finally {
      parse.mockRestore();
    }
  });

  it.each([
    ['a row with an invalid field', (tables: Tables) => (tables.symptoms[1] = { ...tables.symptoms[1], severity: 11 })],
    ['rows that are not records', (tables: Tables) => tables.sessions.push(null as never, 'junk' as never)],
    ['a duplicated row', (tables: Tables) => tables.symptoms.push(tables.symptoms[0] as Record<string, unknown>)],
    ['no changes at all', () => undefined],
  ])('reads %s as it reads the same file written on one line', (_name, edit) => {
    const data = JSON.parse(text) as JournalBackup;
    edit(data.tables as unknown as Tables);
    const laidOut = serializeBackup(data);
    const oneLine = JSON.stringify(data);
    expect(laidOut.split('\n').length).toBeGreaterThan(10);
    expect(parseBackup(laidOut, SUPPORTED_SCHEMA)).toEqual(parseBackup(oneLine, SUPPORTED_SCHEMA));
    expect(verifyBackupText(laidOut, SUPPORTED_SCHEMA)).toEqual(verifyBackupText(oneLine, SUPPORTED_SCHEMA));
  });

  it('reads rows of an older schema in the layout with the same upgrades', () => {
    const { tables, ...header } = backup;
    const writer = new BackupTextWriter({ ...header, schemaVersion: 1 });
    const v1Symptom = { ...tables.symptoms[0], locations: [{ region: 'calf', side: 'both' }] } as Record<
      string,
      unknown
    >;
    delete v1Symptom['onset'];
    writer.addRows('symptoms', [v1Symptom]);
    const parsed = parseBackup(writer.finish(), SUPPORTED_SCHEMA);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.backup.tables.symptoms[0]).toMatchObject({
      onset: null,
      locations: [
        { region: 'calf', side: 'left' },
        { region: 'calf', side: 'right' },
      ],
    });
  });

  it('reads a first line that hides the rows under another key as JSON does, whole', () => {
    const [header = '', ...rest] = text.split('\n');
    const hidden =
      header.slice(0, -'"tables":{'.length) +
      '"tables":{"sessions":[],"symptoms":[],"settings":[],"articles":[]},"x\\"tables":{';
    const crafted = [hidden, ...rest].join('\n');
    expect(JSON.parse(crafted)).toMatchObject({ tables: { sessions: [] } });
    expect(parseBackup(crafted, SUPPORTED_SCHEMA)).toEqual({
      ok: true,
      backup: { ...backup, tables: { sessions: [], symptoms: [], settings: [], articles: [] } },
    });
  });

  it('refuses a newer schema with a row line that is not JSON as not-json, as JSON reads it', () => {
    const newer = serializeBackup(createBackup(snapshot(), { ...meta, schemaVersion: 3 })).split('\n');
    newer[newer.indexOf('"symptoms":[') + 1] = '{oops},';
    expect(parseBackup(newer.join('\n'), SUPPORTED_SCHEMA)).toEqual({ ok: false, problem: 'not-json' });
    expect(
      parseBackup(serializeBackup(createBackup(snapshot(), { ...meta, schemaVersion: 3 })), SUPPORTED_SCHEMA),
    ).toEqual({
      ok: false,
      problem: 'newer-schema',
    });
  });

  const firstSymptomLine = () => text.split('\n').indexOf('"symptoms":[') + 1;
  const withLines = (edit: (lines: string[]) => void) => {
    const lines = text.split('\n');
    edit(lines);
    return lines.join('\n');
  };
  it.each([
    [
      'a row split over two lines',
      withLines((lines) => (lines[firstSymptomLine()] = lines[firstSymptomLine()]?.replace(',"', ',\n"') ?? '')),
      true,
    ],
    ['Windows line endings', text.replaceAll('\n', '\r\n'), true],
    ['a line break at the end', `${text}\n`, true],
    [
      'a missing comma between rows',
      withLines((lines) => (lines[firstSymptomLine()] = lines[firstSymptomLine()]?.slice(0, -1) ?? '')),
      false,
    ],
    ['a comma after the last row', withLines((lines) => (lines[firstSymptomLine() + 1] += ',')), false],
    ['a row line that is not JSON', withLines((lines) => (lines[firstSymptomLine()] = '{"id":,')), false],
    ['a text cut off among the rows', text.slice(0, text.indexOf('"settings":[')), false],
  ])('reads %s, which leaves the layout, as JSON reads it', (_name, damaged, isJson) => {
    expect(damaged).not.toBe(text);
    const expected = isJson ? { ok: true, backup } : { ok: false, problem: 'not-json' };
    expect(parseBackup(damaged, SUPPORTED_SCHEMA)).toEqual(expected);
    expect(verifyBackupText(damaged, SUPPORTED_SCHEMA).ok).toBe(isJson);
  });
});

describe('laidOutBackupCreatedAt', () => {
  const text = serializeBackup(createBackup(snapshot(), meta));
  const [firstLine = '', ...rest] = text.split('\n');

  it('reads the time from the first line of a text in the layout', () => {
    expect(laidOutBackupCreatedAt(text, SUPPORTED_SCHEMA)).toBe('2026-03-29T12:00:00.000Z');
    const newer = serializeBackup(createBackup(snapshot(), { ...meta, schemaVersion: 99 }));
    expect(laidOutBackupCreatedAt(newer, SUPPORTED_SCHEMA)).toBeNull();
    expect(laidOutBackupCreatedAt(newer, 99)).toBe('2026-03-29T12:00:00.000Z');
  });

  it.each([
    ['a text on one line', JSON.stringify(createBackup(snapshot(), meta))],
    ['a text cut off', text.slice(0, text.indexOf('"settings":['))],
    ['another format', [firstLine.replace(BACKUP_FORMAT_ID, 'something-else'), ...rest].join('\n')],
    ['a newer format', [firstLine.replace('"formatVersion":1', '"formatVersion":2'), ...rest].join('\n')],
    ['a time that is not one', [firstLine.replace('2026-03-29T12:00:00.000Z', 'yesterday'), ...rest].join('\n')],
    ['an unknown reason', [firstLine.replace('"daily"', '"whim"'), ...rest].join('\n')],
    ['an extra field', [firstLine.replace('"reason"', '"extra":1,"reason"'), ...rest].join('\n')],
    ['an empty text', ''],
  ])('refuses %s', (_name, damaged) => {
    expect(laidOutBackupCreatedAt(damaged, SUPPORTED_SCHEMA)).toBeNull();
  });
});
