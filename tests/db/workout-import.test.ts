import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalDatabase } from '../../renderer/db/database';
import { readSetting } from '../../renderer/db/queries';
import { JournalRepository, ValidationError } from '../../renderer/db/repository';
import { parseWorkoutFile } from '../../shared/exchange/workout-import';
import { planWorkoutImport } from '../../shared/exchange/workout-import-plan';
import { NOW, sessionInput } from '../unit/shared/fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function freshJournal(): { db: JournalDatabase; repository: JournalRepository } {
  const db = testDatabase();
  return { db, repository: new JournalRepository(db) };
}

afterEach(async () => {
  vi.restoreAllMocks();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

const RUN = sessionInput({ startedAt: '2026-03-01T07:00:00.000Z', notes: 'Strava: Morning run' });
const RIDE = sessionInput({ activity: 'cycling', startedAt: '2026-03-02T16:30:00.000Z', durationMinutes: 90 });

describe('addImportedSessions', () => {
  it('stores every session with its own id, the person as source and the time of the import', async () => {
    const { db, repository } = freshJournal();
    const stored = await repository.addImportedSessions([RUN, RIDE], null, NOW);
    expect(stored).toEqual([
      {
        ...RUN,
        id: expect.stringMatching(UUID) as unknown,
        source: 'person',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
      {
        ...RIDE,
        id: expect.stringMatching(UUID) as unknown,
        source: 'person',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    ]);
    expect(stored[0]?.id).not.toBe(stored[1]?.id);
    expect(await db.sessions.orderBy('startedAt').toArray()).toEqual(stored);
  });

  it('saves the mapping with the sessions', async () => {
    const { db, repository } = freshJournal();
    await repository.addImportedSessions(
      [RUN],
      { 'strava:Workout': 'aerobics', 'strava:Rock Climb': 'Rock Climb' },
      NOW,
    );
    expect(await readSetting(db, 'workoutImportMapping')).toEqual({
      'strava:Workout': 'aerobics',
      'strava:Rock Climb': 'Rock Climb',
    });
  });

  it('leaves the setting alone when no mapping is given', async () => {
    const { db, repository } = freshJournal();
    await repository.saveSetting({ key: 'workoutImportMapping', value: { 'garmin:HIIT': 'aerobics' } });
    await repository.addImportedSessions([RUN], null, NOW);
    expect(await readSetting(db, 'workoutImportMapping')).toEqual({ 'garmin:HIIT': 'aerobics' });
  });

  it.each([
    ['a zero duration', { durationMinutes: 0 }, { durationMinutes: 'validation.durationRange' }],
    ['a blank activity', { activity: '  ' }, { activity: 'validation.activityRequired' }],
    ['a future start', { startedAt: '2026-03-29T12:00:00.001Z' }, { startedAt: 'validation.inFuture' }],
    ['long notes', { notes: 'x'.repeat(10_001) }, { notes: 'validation.notesTooLong' }],
  ])('refuses the whole import when one session has %s, storing nothing', async (_name, change, fieldErrors) => {
    const { db, repository } = freshJournal();
    const error = await rejection(
      repository.addImportedSessions([RUN, sessionInput(change), RIDE], { 'strava:Run': 'running' }, NOW),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(fieldErrors);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a mapping the setting does not accept, storing no session', async () => {
    const { db, repository } = freshJournal();
    await expect(repository.addImportedSessions([RUN], { 'strava:Run': '' }, NOW)).rejects.toThrow();
    expect(await db.sessions.count()).toBe(0);
  });

  it('takes back the sessions when the mapping cannot be written', async () => {
    const { db, repository } = freshJournal();
    await repository.addSession(RIDE, NOW);
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk full'));
    await expect(repository.addImportedSessions([RUN], { 'strava:Run': 'running' }, NOW)).rejects.toThrow('disk full');
    expect(await db.sessions.count()).toBe(1);
  });

  it('adds nothing and changes nothing for an empty import without a mapping', async () => {
    const { db, repository } = freshJournal();
    expect(await repository.addImportedSessions([], null, NOW)).toEqual([]);
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('importing the Strava fixture', () => {
  const parsed = parseWorkoutFile(fixture('strava-activities.csv'), { timeZone: 'Europe/Berlin' });
  if (!parsed.ok) throw new Error('The Strava fixture must be recognised');

  it('stores the planned sessions, after which the same file plans nothing new', async () => {
    const { db, repository } = freshJournal();
    const mapping = { 'strava:Workout': 'aerobics' };
    const first = planWorkoutImport(parsed.workouts, mapping, await db.sessions.toArray(), NOW);
    expect(first.add).toHaveLength(15);

    await repository.addImportedSessions(
      first.add.map((planned) => planned.session),
      mapping,
      NOW,
    );
    const stored = await db.sessions.toArray();
    expect(stored).toHaveLength(15);
    expect(stored.find((session) => session.notes.startsWith('Strava: Leg day'))).toMatchObject({
      activity: 'weight-lifting',
      notes: 'Strava: Leg day\n\nSquats 5x5, deadlifts 3x5\nLegs went numb on the last set',
      durationMinutes: 66,
      intensity: 8,
    });

    const again = planWorkoutImport(
      parsed.workouts,
      (await readSetting(db, 'workoutImportMapping')) ?? {},
      stored,
      NOW,
    );
    expect(again.add).toEqual([]);
    expect(again.skipped.filter((skipped) => skipped.code === 'already-in-journal')).toHaveLength(16);
  });
});
