import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { describe, expect, it } from 'vitest';
import { countSampleEntries, entriesBetween, loggedSensations, yourActivities } from '../../renderer/db/queries';
import { JournalRepository, ValidationError } from '../../renderer/db/repository';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { NOW, sessionInput, symptomInput } from '../unit/shared/fixtures';

function freshJournal() {
  const db = testDatabase();
  return { db, repository: new JournalRepository(db) };
}

const LATER = new Date(NOW.getTime() + 60_000);

async function snapshotOf(repository: JournalRepository) {
  const snapshot = await repository.snapshot();
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return { sessions: byId(snapshot.sessions), symptoms: byId(snapshot.symptoms) };
}

describe('editing', () => {
  it('saves a changed workout, keeping its id, creation time and source', async () => {
    const { repository } = freshJournal();
    const run = await repository.addSession(sessionInput({ durationMinutes: 30 }), NOW);
    const edited = await repository.updateSession(run.id, sessionInput({ durationMinutes: 42, intensity: 6 }), LATER);
    expect(edited).toEqual({
      ...run,
      durationMinutes: 42,
      intensity: 6,
      updatedAt: LATER.toISOString(),
    });
    expect((await repository.snapshot()).sessions).toEqual([edited]);
  });

  it('refuses an invalid edit and leaves the stored workout as it was', async () => {
    const { repository } = freshJournal();
    const run = await repository.addSession(sessionInput(), NOW);
    await expect(repository.updateSession(run.id, sessionInput({ durationMinutes: -5 }), LATER)).rejects.toEqual(
      new ValidationError({ durationMinutes: 'validation.durationRange' }),
    );
    expect((await repository.snapshot()).sessions).toEqual([run]);
  });

  it('refuses to edit an entry that no longer exists, and creates nothing', async () => {
    const { repository } = freshJournal();
    await expect(repository.updateSymptom(crypto.randomUUID(), symptomInput(), LATER)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await repository.isEmpty()).toBe(true);
  });

  it('re-links an edited symptom only to a workout that exists', async () => {
    const { repository } = freshJournal();
    const run = await repository.addSession(sessionInput(), NOW);
    const felt = await repository.addSymptom(symptomInput(), NOW);
    const linked = await repository.updateSymptom(felt.id, symptomInput({ sessionId: run.id, severity: 6 }), LATER);
    expect(linked).toMatchObject({ id: felt.id, sessionId: run.id, severity: 6, createdAt: felt.createdAt });
    await expect(
      repository.updateSymptom(felt.id, symptomInput({ sessionId: crypto.randomUUID() }), LATER),
    ).rejects.toEqual(new ValidationError({ sessionId: 'validation.sessionMissing' }));
  });
});

describe('delete and undo', () => {
  it('deletes a workout, keeps its symptoms unlinked, and Undo restores both exactly', async () => {
    const { repository } = freshJournal();
    const run = await repository.addSession(sessionInput(), NOW);
    await repository.addSymptom(symptomInput({ sessionId: run.id }), NOW);
    await repository.addSymptom(symptomInput({ sessionId: run.id, severity: 2 }), NOW);
    await repository.addSymptom(symptomInput(), NOW);
    const before = await snapshotOf(repository);

    const deleted = await repository.deleteSession(run.id);
    const after = await repository.snapshot();
    expect(after.sessions).toEqual([]);
    expect(after.symptoms).toHaveLength(3);
    expect(after.symptoms.every((symptom) => symptom.sessionId === null)).toBe(true);

    await repository.restoreDeleted(deleted);
    expect(await snapshotOf(repository)).toEqual(before);
  });

  it('deletes a symptom, and Undo restores it', async () => {
    const { repository } = freshJournal();
    const felt = await repository.addSymptom(symptomInput({ notes: 'after the long hold' }), NOW);
    const deleted = await repository.deleteSymptom(felt.id);
    expect(await repository.isEmpty()).toBe(true);
    await repository.restoreDeleted(deleted);
    expect((await repository.snapshot()).symptoms).toEqual([felt]);
  });

  it('deleting something already gone changes nothing', async () => {
    const { repository } = freshJournal();
    expect(await repository.deleteSession(crypto.randomUUID())).toEqual({ sessions: [], symptoms: [] });
  });
});

describe('sample data', () => {
  const sample = () => generateSampleJournal({ ...sixMonthSample(NOW), days: 30 });

  it('is added in one go, all of it marked as sample data', async () => {
    const { db, repository } = freshJournal();
    const entries = sample();
    await repository.addSampleEntries(entries);
    expect(await countSampleEntries(db)).toBe(entries.sessions.length + entries.symptoms.length);
  });

  it('refuses entries that are not marked as sample data, and adds none of them', async () => {
    const { repository } = freshJournal();
    const entries = sample();
    const first = entries.sessions[0];
    if (first === undefined) throw new Error('the sample has no sessions');
    await expect(
      repository.addSampleEntries({ ...entries, sessions: [{ ...first, source: 'person' }] }),
    ).rejects.toThrow();
    expect(await repository.isEmpty()).toBe(true);
  });

  it('is removed without touching the person’s own entries; their symptom on a sample workout stays, unlinked', async () => {
    const { db, repository } = freshJournal();
    const entries = sample();
    await repository.addSampleEntries(entries);
    const own = await repository.addSession(sessionInput({ notes: 'my run' }), NOW);
    const sampleWorkout = entries.sessions.at(-1);
    if (sampleWorkout === undefined) throw new Error('the sample has no sessions');
    const mine = await repository.addSymptom(
      symptomInput({ sessionId: sampleWorkout.id, notedAt: sampleWorkout.startedAt }),
      NOW,
    );

    const removed = await repository.removeSampleEntries();
    expect(removed).toBe(entries.sessions.length + entries.symptoms.length);
    expect(await countSampleEntries(db)).toBe(0);
    const left = await repository.snapshot();
    expect(left.sessions).toEqual([own]);
    expect(left.symptoms).toEqual([{ ...mine, sessionId: null }]);
  });
});

describe('entriesBetween', () => {
  it('keeps a workout’s symptom noted after the range, and nothing else outside it', async () => {
    const { db, repository } = freshJournal();
    const lastDayRun = await repository.addSession(
      sessionInput({ startedAt: '2026-03-20T17:00:00.000Z', utcOffsetMinutes: 60 }),
      NOW,
    );
    const nextDay = await repository.addSymptom(
      symptomInput({ sessionId: lastDayRun.id, notedAt: '2026-03-21T20:00:00.000Z', utcOffsetMinutes: 60 }),
      NOW,
    );
    const unrelatedLater = await repository.addSymptom(
      symptomInput({ notedAt: '2026-03-21T21:00:00.000Z', utcOffsetMinutes: 60 }),
      NOW,
    );
    const found = await entriesBetween(db, '2026-03-14', '2026-03-20');
    expect(found.sessions.map((row) => row.id)).toEqual([lastDayRun.id]);
    expect(found.symptoms.map((row) => row.id)).toContain(nextDay.id);
    expect(found.symptoms.map((row) => row.id)).not.toContain(unrelatedLater.id);
  });

  it('brings the workout of a symptom early in the range, from the week before or further back', async () => {
    const { db, repository } = freshJournal();
    const dayBefore = await repository.addSession(sessionInput({ startedAt: '2026-03-13T18:00:00.000Z' }), NOW);
    const monthBefore = await repository.addSession(sessionInput({ startedAt: '2026-02-10T18:00:00.000Z' }), NOW);
    const unlinkedBefore = await repository.addSession(sessionInput({ startedAt: '2026-03-12T18:00:00.000Z' }), NOW);
    await repository.addSymptom(symptomInput({ sessionId: dayBefore.id, notedAt: '2026-03-14T09:00:00.000Z' }), NOW);
    await repository.addSymptom(symptomInput({ sessionId: monthBefore.id, notedAt: '2026-03-15T09:00:00.000Z' }), NOW);
    const found = await entriesBetween(db, '2026-03-14', '2026-03-20');
    const ids = found.sessions.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([dayBefore.id, monthBefore.id]));
    expect(ids).not.toContain(unlinkedBefore.id);
    expect(found.symptoms).toHaveLength(2);
  });
});

describe('the activity and sensation lists', () => {
  it('name each logged activity and sensation once, a rare one and the person’s own words included', async () => {
    const { db, repository } = freshJournal();
    expect(await yourActivities(db)).toEqual([]);
    expect(await loggedSensations(db)).toEqual([]);
    await repository.addSampleEntries(generateSampleJournal(sixMonthSample(NOW)));
    await repository.addSession(sessionInput({ activity: 'Aerial silks', startedAt: '2020-01-05T10:00:00.000Z' }), NOW);
    await repository.addSymptom(
      symptomInput({ sensations: ['numbness', 'buzzing under the skin'], notedAt: '2020-01-05T12:00:00.000Z' }),
      NOW,
    );
    const { sessions, symptoms } = await repository.snapshot();
    const everyActivity = [...new Set(sessions.map((session) => session.activity))].sort();
    const everySensation = [...new Set(symptoms.flatMap((symptom) => symptom.sensations))].sort();

    const activities = await yourActivities(db);
    expect([...activities].sort()).toEqual(everyActivity);
    expect(activities).toHaveLength(everyActivity.length);
    expect(activities).toContain('Aerial silks');
    expect(await loggedSensations(db)).toEqual(everySensation);
    expect(everySensation).toContain('buzzing under the skin');
  });
});
