import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { JournalDatabase } from '../../renderer/db/database';
import { newestEntries, readSetting, recentSessions } from '../../renderer/db/queries';
import { JournalRepository, ValidationError } from '../../renderer/db/repository';
import type { JournalSnapshot } from '../../shared/backup-format';
import { NOW, session, sessionInput, symptom, symptomInput } from '../unit/shared/fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function freshJournal(): { db: JournalDatabase; repository: JournalRepository } {
  const db = testDatabase();
  return { db, repository: new JournalRepository(db) };
}

async function counts(db: JournalDatabase) {
  return {
    sessions: await db.sessions.count(),
    symptoms: await db.symptoms.count(),
    settings: await db.settings.count(),
  };
}

/** Rows in a fixed order, so two snapshots compare equal whatever order a table returns them in. */
function sorted(snapshot: JournalSnapshot): JournalSnapshot {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    sessions: byId(snapshot.sessions),
    symptoms: byId(snapshot.symptoms),
    settings: [...snapshot.settings].sort((a, b) => a.key.localeCompare(b.key)),
    articles: snapshot.articles,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

describe('addSession', () => {
  it('stores the validated session with a UUID and timestamps, and returns it', async () => {
    const { db, repository } = freshJournal();
    const stored = await repository.addSession(sessionInput({ activity: '  cycling ' }), NOW);
    expect(stored).toEqual({
      ...sessionInput({ activity: 'cycling' }),
      id: expect.stringMatching(UUID) as unknown,
      source: 'person',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(await db.sessions.get(stored.id)).toEqual(stored);
  });

  it('gives every session its own id', async () => {
    const { db, repository } = freshJournal();
    const first = await repository.addSession(sessionInput(), NOW);
    const second = await repository.addSession(sessionInput(), NOW);
    expect(first.id).not.toBe(second.id);
    expect(await db.sessions.count()).toBe(2);
  });

  it.each([
    ['a zero duration', { durationMinutes: 0 }, { durationMinutes: 'validation.durationRange' }],
    ['a blank activity', { activity: '  ' }, { activity: 'validation.activityRequired' }],
    ['a future start', { startedAt: '2026-03-29T12:00:00.001Z' }, { startedAt: 'validation.inFuture' }],
    ['long notes', { notes: 'x'.repeat(10_001) }, { notes: 'validation.notesTooLong' }],
  ])('refuses %s with its field error and stores nothing', async (_name, change, fieldErrors) => {
    const { db, repository } = freshJournal();
    await repository.addSession(sessionInput(), NOW);
    const before = await counts(db);
    const error = await rejection(repository.addSession(sessionInput(change), NOW));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(fieldErrors);
    expect(await counts(db)).toEqual(before);
  });

  it('ignores an id or timestamps supplied by the caller', async () => {
    const { repository } = freshJournal();
    const forgedId = crypto.randomUUID();
    const stored = await repository.addSession(
      { ...sessionInput(), id: forgedId, createdAt: '2000-01-01T00:00:00.000Z' },
      NOW,
    );
    expect(stored.id).not.toBe(forgedId);
    expect(stored.createdAt).toBe(NOW.toISOString());
  });
});

describe('addSymptom', () => {
  it('stores an unlinked symptom', async () => {
    const { db, repository } = freshJournal();
    const stored = await repository.addSymptom(symptomInput(), NOW);
    expect(stored).toEqual({
      ...symptomInput(),
      id: expect.stringMatching(UUID) as unknown,
      source: 'person',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(await db.symptoms.get(stored.id)).toEqual(stored);
  });

  it('stores a symptom linked to an existing workout, found through the sessionId index', async () => {
    const { db, repository } = freshJournal();
    const run = await repository.addSession(sessionInput(), NOW);
    const stored = await repository.addSymptom(symptomInput({ sessionId: run.id }), NOW);
    expect(await db.symptoms.where('sessionId').equals(run.id).toArray()).toEqual([stored]);
  });

  it.each([
    ['severity 11', { severity: 11 }, { severity: 'validation.severityRange' }],
    ['no sensation', { sensations: [] }, { sensations: 'validation.sensationRequired' }],
    ['no location', { locations: [] }, { locations: 'validation.locationRequired' }],
  ])('refuses %s with its field error and stores nothing', async (_name, change, fieldErrors) => {
    const { db, repository } = freshJournal();
    await repository.addSymptom(symptomInput(), NOW);
    const before = await counts(db);
    const error = await rejection(repository.addSymptom(symptomInput(change), NOW));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(fieldErrors);
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a workout that does not exist and stores nothing', async () => {
    const { db, repository } = freshJournal();
    await repository.addSession(sessionInput(), NOW);
    const before = await counts(db);
    const error = await rejection(repository.addSymptom(symptomInput({ sessionId: crypto.randomUUID() }), NOW));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ sessionId: 'validation.sessionMissing' });
    expect(await counts(db)).toEqual(before);
  });
});

describe('settings', () => {
  it('saves and replaces a setting', async () => {
    const { db, repository } = freshJournal();
    expect(await readSetting(db, 'theme')).toBeUndefined();
    await repository.saveSetting({ key: 'theme', value: 'dark' });
    await repository.saveSetting({ key: 'theme', value: 'light' });
    expect(await readSetting(db, 'theme')).toBe('light');
    expect(await db.settings.count()).toBe(1);
  });

  it('refuses an unknown value and keeps the old one', async () => {
    const { db, repository } = freshJournal();
    await repository.saveSetting({ key: 'theme', value: 'dark' });
    const sepia = { key: 'theme', value: 'sepia' } as unknown as Parameters<JournalRepository['saveSetting']>[0];
    await expect(repository.saveSetting(sepia)).rejects.toThrow();
    expect(await readSetting(db, 'theme')).toBe('dark');
  });
});

describe('snapshot, isEmpty, replaceAll and eraseJournal', () => {
  async function seeded() {
    const journal = freshJournal();
    const run = await journal.repository.addSession(sessionInput(), NOW);
    const walk = await journal.repository.addSession(sessionInput({ activity: 'walking' }), NOW);
    const linked = await journal.repository.addSymptom(symptomInput({ sessionId: run.id }), NOW);
    const unlinked = await journal.repository.addSymptom(symptomInput({ severity: 7 }), NOW);
    await journal.repository.saveSetting({ key: 'theme', value: 'dark' });
    return { ...journal, run, walk, linked, unlinked };
  }

  it('snapshot returns every row of every table', async () => {
    const { repository, run, walk, linked, unlinked } = await seeded();
    expect(sorted(await repository.snapshot())).toEqual(
      sorted({
        sessions: [run, walk],
        symptoms: [linked, unlinked],
        settings: [{ key: 'theme', value: 'dark' }],
        articles: [],
      }),
    );
  });

  it('readInPages reads every row in pages, table by table, as one copy that a write meanwhile does not change', async () => {
    const { db, repository } = freshJournal();
    const walk = session({ activity: 'walking' });
    const symptoms = Array.from({ length: 12_001 }, () => symptom({ sessionId: walk.id }));
    const settings = [{ key: 'theme', value: 'dark' } as const];
    await repository.replaceAll({ sessions: [walk], symptoms, settings, articles: [] });

    const pages: [string, number][] = [];
    const read: Record<string, unknown[]> = { sessions: [], symptoms: [], settings: [], articles: [] };
    let written: Promise<unknown> | undefined;
    await repository.readInPages((table, rows) => {
      pages.push([table, rows.length]);
      read[table]?.push(...rows);
      // Another window logs a symptom, whose id sorts last, while the backup is being read.
      const late = symptom({ id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });
      written ??= Dexie.ignoreTransaction(() => db.symptoms.add(late));
    });
    await written;

    expect(pages).toEqual([
      ['sessions', 1],
      ['symptoms', 5000],
      ['symptoms', 5000],
      ['symptoms', 2001],
      ['settings', 1],
    ]);
    expect(sorted(read as unknown as JournalSnapshot)).toEqual(
      sorted({ sessions: [walk], symptoms, settings, articles: [] }),
    );
    expect((await repository.snapshot()).symptoms).toHaveLength(12_002);
  });

  it('isEmpty looks at workouts and symptoms, not settings', async () => {
    const { repository } = freshJournal();
    expect(await repository.isEmpty()).toBe(true);
    await repository.saveSetting({ key: 'theme', value: 'dark' });
    expect(await repository.isEmpty()).toBe(true);
    await repository.addSymptom(symptomInput(), NOW);
    expect(await repository.isEmpty()).toBe(false);
  });

  it('replaceAll replaces everything with the snapshot', async () => {
    const { repository } = await seeded();
    const swim = session({ activity: 'swimming' });
    const replacement: JournalSnapshot = {
      sessions: [swim],
      symptoms: [symptom({ sessionId: swim.id }), symptom()],
      settings: [{ key: 'theme', value: 'light' }],
      articles: [],
    };
    await repository.replaceAll(replacement);
    expect(sorted(await repository.snapshot())).toEqual(sorted(replacement));
  });

  it('replaceAll with an empty snapshot empties every table', async () => {
    const { db, repository } = await seeded();
    await repository.replaceAll({ sessions: [], symptoms: [], settings: [], articles: [] });
    expect(await counts(db)).toEqual({ sessions: 0, symptoms: 0, settings: 0 });
  });

  it('replaceAll with one invalid row throws and leaves the journal exactly as it was', async () => {
    const { repository } = await seeded();
    const before = await repository.snapshot();
    const symptoms = Array.from({ length: 50 }, () => symptom());
    symptoms[37] = symptom({ severity: 11 });
    await expect(
      repository.replaceAll({ sessions: [session()], symptoms, settings: [], articles: [] }),
    ).rejects.toThrow();
    expect(sorted(await repository.snapshot())).toEqual(sorted(before));
  });

  it('replaceAll that fails while writing rolls back to the journal as it was', async () => {
    const { repository } = await seeded();
    const before = await repository.snapshot();
    const twin = symptom();
    // Each row is valid on its own; the duplicate key only fails inside the transaction.
    await expect(
      repository.replaceAll({ sessions: [session()], symptoms: [twin, twin], settings: [], articles: [] }),
    ).rejects.toThrow();
    expect(sorted(await repository.snapshot())).toEqual(sorted(before));
  });

  it('eraseJournal removes workouts and symptoms but keeps settings', async () => {
    const { db, repository } = await seeded();
    await repository.eraseJournal();
    expect(await counts(db)).toEqual({ sessions: 0, symptoms: 0, settings: 1 });
    expect(await readSetting(db, 'theme')).toBe('dark');
    expect(await repository.isEmpty()).toBe(true);
  });
});

describe('newestEntries', () => {
  const hour = 60 * 60 * 1000;
  const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * hour).toISOString();

  it('reads the newest workouts through the index, and every symptom since the oldest of them', async () => {
    const { repository, db } = freshJournal();
    // Inserted in a shuffled order, so only the index can put them in time order.
    const sessionHours = [30, 2, 50, 7, 1, 90, 12];
    const sessions = [];
    for (const hours of sessionHours)
      sessions.push(await repository.addSession(sessionInput({ startedAt: at(hours) }), NOW));
    for (const hours of [5, 40, 3, 0, 26, 8, 13])
      await repository.addSymptom(symptomInput({ notedAt: at(hours) }), NOW);

    const window = await newestEntries(db, 4);
    expect(window.sessions.map((row) => row.startedAt)).toEqual([at(1), at(2), at(7), at(12)]);
    expect(
      window.symptoms
        .map((row) => row.notedAt)
        .sort()
        .reverse(),
    ).toEqual([at(0), at(3), at(5), at(8)]);
    expect(window.hasOlder).toBe(true);
    expect(await recentSessions(db, 2)).toEqual([sessions[4], sessions[1]]);

    const everything = await newestEntries(db, 100);
    expect(everything.sessions).toHaveLength(sessionHours.length);
    expect(everything.symptoms).toHaveLength(7);
    expect(everything.hasOlder).toBe(false);
  });

  it('is empty for an empty journal', async () => {
    const { db } = freshJournal();
    expect(await newestEntries(db, 10)).toEqual({
      sessions: [],
      symptoms: [],
      hasOlder: false,
      span: { lower: '', upper: '\uffff' },
    });
  });
});
