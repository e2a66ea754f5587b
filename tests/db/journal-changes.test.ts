import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { changedKeys } from '../../renderer/db/changes';
import type { JournalDatabase } from '../../renderer/db/database';
import { WHOLE_ROWS, entriesBetween, newestEntries, refreshEntries, spanOfDays } from '../../renderer/db/queries';
import { JournalRepository } from '../../renderer/db/repository';
import { localDayOf } from '../../shared/domain/local-time';
import { buildTimeline, timelineRows } from '../../shared/domain/timeline';
import type { ExerciseSession, SymptomEntry } from '../../shared/domain/records';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { aggregateTrends, type TrendFilter } from '../../shared/trends/aggregate';
import { computeInsights } from '../../shared/trends/insights';
import { sessionInput, symptomInput } from '../unit/shared/fixtures';

const subscriptions: ((parts: ObservabilitySet) => void)[] = [];

afterEach(async () => {
  for (const listener of subscriptions.splice(0)) Dexie.on.storagemutated.unsubscribe(listener);
});

function freshJournal() {
  const db = testDatabase();
  return { db, repository: new JournalRepository(db) };
}

/**
 * Every id Dexie reports as written, per table, from now on. Opening a database reports its every
 * table as changed ("all"), so the database is open before this starts listening.
 */
async function recordChanges(db: JournalDatabase) {
  await db.open();
  const seen = { sessions: new Set<string>(), symptoms: new Set<string>(), all: false };
  const listener = (parts: ObservabilitySet) => {
    for (const table of ['sessions', 'symptoms'] as const) {
      const keys = changedKeys(parts, db.name, table);
      if (keys === 'all') seen.all = true;
      else keys.forEach((key) => seen[table].add(key));
    }
  };
  Dexie.on('storagemutated', listener);
  subscriptions.push(listener);
  return seen;
}

/** Dexie reports a transaction's writes once it has committed, on a later turn. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('changedKeys', () => {
  it('names the rows a write added, changed or deleted, table by table', async () => {
    const { db, repository } = freshJournal();
    const seen = await recordChanges(db);
    const workout = await repository.addSession(sessionInput());
    const felt = await repository.addSymptom(symptomInput({ sessionId: workout.id }));
    await settle();
    expect([...seen.sessions]).toEqual([workout.id]);
    expect([...seen.symptoms]).toEqual([felt.id]);

    seen.sessions.clear();
    seen.symptoms.clear();
    await repository.deleteSession(workout.id);
    await settle();
    // The workout is gone and its symptom was kept, unlinked.
    expect([...seen.sessions]).toEqual([workout.id]);
    expect([...seen.symptoms]).toEqual([felt.id]);
    expect(seen.all).toBe(false);
  });

  it('reports a cleared table as "all", and a settings write as nothing', async () => {
    const { db, repository } = freshJournal();
    await repository.addSession(sessionInput());
    const seen = await recordChanges(db);
    await repository.saveSetting({ key: 'theme', value: 'dark' });
    await settle();
    expect(seen).toEqual({ sessions: new Set(), symptoms: new Set(), all: false });
    await repository.eraseJournal();
    await settle();
    expect(seen.all).toBe(true);
  });

  it('reports everything as changed when Dexie says it may have missed writes', () => {
    const missed: ObservabilitySet = { all: new RangeSet().addKey('x') };
    expect(changedKeys(missed, 'journal', 'sessions')).toBe('all');
    expect(changedKeys({}, 'journal', 'sessions')).toEqual([]);
  });
});

describe('refreshEntries', () => {
  const END = new Date('2026-11-21T19:00:00.000Z');
  const FILTER: TrendFilter = { fromDay: '2026-08-22', toDay: '2026-11-21', sensation: '', region: '', activity: '' };

  /** What the Trends worker computes from rows it holds. */
  function charted(rows: { sessions: readonly ExerciseSession[]; symptoms: readonly SymptomEntry[] }) {
    const inPeriod = (instant: string, utcOffsetMinutes: number) => {
      const day = localDayOf({ instant, utcOffsetMinutes });
      return day >= FILTER.fromDay && day <= FILTER.toDay;
    };
    return {
      trends: aggregateTrends(rows.sessions, rows.symptoms, FILTER),
      insights: computeInsights(
        rows.sessions.filter((row) => inPeriod(row.startedAt, row.utcOffsetMinutes)),
        rows.symptoms.filter((row) => inPeriod(row.notedAt, row.utcOffsetMinutes)),
        {},
      ),
    };
  }

  it('brings rows read earlier up to date, so the charts equal those of a fresh read', async () => {
    const { db, repository } = freshJournal();
    const sample = generateSampleJournal(sixMonthSample(END));
    await repository.addSampleEntries(sample);
    const held = await entriesBetween(db, FILTER.fromDay, FILTER.toDay);
    const seen = await recordChanges(db);

    const now = END;
    // A new workout and symptom inside the days; a symptom noted two days after a workout on the last day.
    const inside = await repository.addSession(sessionInput({ startedAt: '2026-10-01T07:00:00.000Z' }), now);
    await repository.addSymptom(symptomInput({ sessionId: inside.id, notedAt: '2026-10-01T09:00:00.000Z' }), now);
    const late = await repository.addSession(sessionInput({ startedAt: '2026-11-21T16:00:00.000Z' }), now);
    await repository.addSymptom(symptomInput({ sessionId: late.id, notedAt: '2026-11-21T18:30:00.000Z' }), now);
    // A workout before the days with a symptom inside them.
    const before = await repository.addSession(sessionInput({ startedAt: '2026-08-21T20:00:00.000Z' }), now);
    await repository.addSymptom(symptomInput({ sessionId: before.id, notedAt: '2026-08-22T10:00:00.000Z' }), now);
    // Edits that move a workout out of the days and a symptom into them, and deletions.
    const [first, second] = held.sessions;
    const [gone, moved] = held.symptoms;
    if (!first || !second || !gone || !moved) throw new Error('The sample has too few entries');
    await repository.updateSession(first.id, { ...first, startedAt: '2026-05-30T08:00:00.000Z' }, now);
    await repository.deleteSession(second.id);
    await repository.deleteSymptom(gone.id);
    await repository.updateSymptom(moved.id, { ...moved, severity: 9, notedAt: '2026-11-20T12:00:00.000Z' }, now);
    await settle();
    expect(seen.all).toBe(false);

    const refreshed = await refreshEntries(
      db,
      held,
      spanOfDays(FILTER.fromDay, FILTER.toDay),
      {
        sessions: [...seen.sessions],
        symptoms: [...seen.symptoms],
      },
      WHOLE_ROWS,
    );
    const fresh = await entriesBetween(db, FILTER.fromDay, FILTER.toDay);
    expect(charted(refreshed)).toEqual(charted(fresh));
    expect(charted(refreshed)).not.toEqual(charted(held));
  });
});

describe('refreshEntries on the timeline’s newest window', () => {
  const END = new Date('2026-11-21T19:00:00.000Z');
  const timeline = (rows: { sessions: readonly ExerciseSession[]; symptoms: readonly SymptomEntry[] }) =>
    timelineRows(buildTimeline(rows.sessions, rows.symptoms));

  it('shows what a fresh read of the same span shows, after new, edited and deleted entries', async () => {
    const { db, repository } = freshJournal();
    await repository.addSampleEntries(generateSampleJournal(sixMonthSample(END)));
    const held = await newestEntries(db, 50);
    expect(held.hasOlder).toBe(true);
    const seen = await recordChanges(db);

    const workout = await repository.addSession(sessionInput({ startedAt: '2026-11-21T17:00:00.000Z' }), END);
    await repository.addSymptom(symptomInput({ sessionId: workout.id, notedAt: '2026-11-21T18:00:00.000Z' }), END);
    await repository.addSymptom(symptomInput({ notedAt: '2026-11-21T18:30:00.000Z' }), END);
    const [edited, deleted] = held.symptoms;
    if (!edited || !deleted) throw new Error('The sample has too few symptoms');
    await repository.updateSymptom(edited.id, { ...edited, severity: 9 }, END);
    await repository.deleteSymptom(deleted.id);
    await settle();

    const refreshed = await refreshEntries(
      db,
      held,
      held.span,
      {
        sessions: [...seen.sessions],
        symptoms: [...seen.symptoms],
      },
      WHOLE_ROWS,
    );
    // One workout more, so the same span is now the newest 51.
    const fresh = await newestEntries(db, 51);
    expect(fresh.span).toEqual(held.span);
    expect(timeline(refreshed)).toEqual(timeline(fresh));
    expect(timeline(refreshed)).not.toEqual(timeline(held));
  });
});
