import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { describe, expect, it } from 'vitest';
import { allEntries, entriesBetween, spanOfDays } from '../../renderer/db/queries';
import { JournalRepository } from '../../renderer/db/repository';
import { readTrendRows } from '../../renderer/db/trend-months';
import { createJournalDatabase } from '../../renderer/db/database';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema';
import { localDayTest } from '../../shared/domain/local-time';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { aggregateTrends, type TrendFilter } from '../../shared/trends/aggregate';
import { computeInsights } from '../../shared/trends/insights';
import { parseMonthText, slimRows, type TrendRows } from '../../shared/trends/trend-rows';
import { sessionInput, symptomInput } from '../unit/shared/fixtures';

const END = new Date('2026-11-21T19:00:00.000Z');
const WHOLE = spanOfDays('', '');

/** Rows in id order, so two reads compare whatever order each returns them in. */
function byId(rows: TrendRows): TrendRows {
  const order = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { sessions: [...rows.sessions].sort(order), symptoms: [...rows.symptoms].sort(order) };
}

async function everyRow(db: Parameters<typeof allEntries>[0]): Promise<TrendRows> {
  return byId(slimRows(await allEntries(db)));
}

async function sampleJournal() {
  const db = testDatabase();
  const repository = new JournalRepository(db);
  await repository.addSampleEntries(generateSampleJournal(sixMonthSample(END)));
  return { db, repository };
}

const staleMonths = async (db: ReturnType<typeof testDatabase>) =>
  (await db.trendMonths.toArray()).filter((record) => record.text === null).map((record) => record.month);

describe('readTrendRows over the whole journal', () => {
  it('holds exactly the rows of the journal, with only the fields Trends reads', async () => {
    const { db } = await sampleJournal();
    const rows = await readTrendRows(db, WHOLE);
    expect(byId(rows)).toEqual(await everyRow(db));
    expect(rows.sessions.length).toBeGreaterThan(100);
    expect(Object.keys(rows.symptoms[0] ?? {})).not.toContain('notes');
    // A second read is served from the month texts, and holds the same.
    expect(await db.trendMonths.count()).toBeGreaterThan(6);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
  });

  it('stays equal to the journal through adding, editing, moving, deleting and undoing entries', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);

    const workout = await repository.addSession(sessionInput({ startedAt: '2025-12-02T07:00:00.000Z' }), END);
    const felt = await repository.addSymptom(
      symptomInput({ sessionId: workout.id, notedAt: '2025-12-02T09:00:00.000Z' }),
      END,
    );
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));

    // Moved back to another month: both months change.
    await repository.updateSymptom(felt.id, { ...felt, severity: 9, notedAt: '2026-07-15T10:00:00.000Z' }, END);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));

    const [first] = (await allEntries(db)).sessions;
    if (first === undefined) throw new Error('The sample has no workouts');
    const deleted = await repository.deleteSession(first.id);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    await repository.restoreDeleted(deleted);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));

    await repository.removeSampleEntries();
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
  });

  it('marks only the months a write touched, in the write’s own transaction', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    expect(await staleMonths(db)).toEqual(['all-months']);

    const symptom = await repository.addSymptom(symptomInput({ notedAt: '2026-09-10T10:00:00.000Z' }), END);
    expect(await staleMonths(db)).toEqual(['2026-09', 'all-months']);
    await readTrendRows(db, WHOLE);
    await repository.updateSymptom(symptom.id, { ...symptom, notedAt: '2026-10-03T10:00:00.000Z' }, END);
    expect((await staleMonths(db)).sort()).toEqual(['2026-09', '2026-10', 'all-months']);
  });

  it('leaves the months as they were when the write is rolled back', async () => {
    const { db } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const before = await db.trendMonths.toArray();
    const [symptom] = (await allEntries(db)).symptoms;
    if (symptom === undefined) throw new Error('The sample has no symptoms');
    await expect(
      db.transaction('rw', db.symptoms, async () => {
        await db.symptoms.put({ ...symptom, severity: 1, notedAt: '2026-10-03T10:00:00.000Z' });
        throw new Error('Something failed after the write');
      }),
    ).rejects.toThrow('Something failed');
    expect(await db.trendMonths.toArray()).toEqual(before);
  });

  it('drops every month after a write of many rows, and rebuilds them all on the next read', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const snapshot = await repository.snapshot();
    await repository.replaceAll({ ...snapshot, symptoms: snapshot.symptoms.slice(0, 40) });
    // Cleared with the tables; the rows added back mark their months stale.
    const left = await db.trendMonths.toArray();
    expect(left.filter((record) => record.text !== null || record.month === 'all-months')).toEqual([]);
    const rows = await readTrendRows(db, WHOLE);
    expect(rows.symptoms).toHaveLength(40);
    expect(byId(rows)).toEqual(await everyRow(db));
  });

  it('rebuilds a month whose text is damaged instead of trusting it', async () => {
    const { db } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const [record] = await db.trendMonths.where('month').startsWith('2026').toArray();
    if (record === undefined) throw new Error('No month was written');
    await db.trendMonths.put({ ...record, text: '{"sessions": [' });
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    const rebuilt = (await db.trendMonths.get(record.month))?.text;
    expect(byId(parseMonthText(rebuilt ?? '') ?? { sessions: [], symptoms: [] })).toEqual(
      byId(parseMonthText(record.text ?? '') ?? { sessions: [], symptoms: [] }),
    );
    expect(rebuilt).not.toBe('{"sessions": [');
  });

  it('is built for a journal written before the month texts existed', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const older = createJournalDatabase({ name, versions: SCHEMA_VERSIONS.slice(0, 3) });
    await new JournalRepository(older).addSampleEntries(generateSampleJournal(sixMonthSample(END)));
    older.close();
    const db = createJournalDatabase({ name });
    try {
      expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    } finally {
      await db.delete();
    }
  });
});

describe('readTrendRows for a period', () => {
  const SEPTEMBER: TrendFilter = {
    fromDay: '2026-09-01',
    toDay: '2026-09-30',
    sensation: '',
    region: '',
    activity: '',
  };

  it('charts and compares exactly what the period’s own rows do', async () => {
    const { db, repository } = await sampleJournal();
    // A workout further back than a week, linked to a symptom in the period.
    const far = await repository.addSession(sessionInput({ startedAt: '2026-07-01T07:00:00.000Z' }), END);
    await repository.addSymptom(symptomInput({ sessionId: far.id, notedAt: '2026-09-15T10:00:00.000Z' }), END);

    const span = spanOfDays(SEPTEMBER.fromDay, SEPTEMBER.toDay);
    const months = await readTrendRows(db, span);
    const own = await entriesBetween(db, SEPTEMBER.fromDay, SEPTEMBER.toDay);
    const ids = (rows: { readonly id: string }[]) => new Set(rows.map((row) => row.id));
    for (const session of own.sessions) expect(ids(months.sessions).has(session.id)).toBe(true);
    for (const symptom of own.symptoms) expect(ids(months.symptoms).has(symptom.id)).toBe(true);
    expect(ids(months.sessions).has(far.id)).toBe(true);

    expect(aggregateTrends(months.sessions, months.symptoms, SEPTEMBER)).toEqual(
      aggregateTrends(own.sessions, own.symptoms, SEPTEMBER),
    );
    // Only the months read were built: the period, a week either side.
    const built = (await db.trendMonths.toArray()).filter((record) => record.text !== null);
    expect(built.map((record) => record.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    const inPeriod = localDayTest(SEPTEMBER.fromDay, SEPTEMBER.toDay);
    const insightsOf = (rows: TrendRows) =>
      computeInsights(
        rows.sessions.filter((session) => inPeriod(session.startedAt, session.utcOffsetMinutes)),
        rows.symptoms.filter((symptom) => inPeriod(symptom.notedAt, symptom.utcOffsetMinutes)),
      );
    expect(insightsOf(months)).toEqual(insightsOf(own));
  });
});
