import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { describe, expect, it } from 'vitest';
import { createJournalDatabase } from '../../renderer/db/database';
import { entriesBetween, spanOfDays } from '../../renderer/db/queries';
import { JournalRepository } from '../../renderer/db/repository';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema';
import { readTrendRows } from '../../renderer/db/trend-months';
import { localDayTest } from '../../shared/domain/local-time';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { aggregateTrends, type TrendFilter } from '../../shared/trends/aggregate';
import { computeInsights } from '../../shared/trends/insights';
import {
  fileByMonth,
  monthText,
  parseMonthText,
  parseYearText,
  trendSessionOf,
  trendSymptomOf,
  type TrendRows,
} from '../../shared/trends/trend-rows';
import { sessionInput, symptomInput } from '../unit/shared/fixtures';

const END = new Date('2026-11-21T19:00:00.000Z');
const WHOLE = spanOfDays('', '');

type Db = ReturnType<typeof testDatabase>;

function slimRows(rows: TrendRows): TrendRows {
  return { sessions: rows.sessions.map(trendSessionOf), symptoms: rows.symptoms.map(trendSymptomOf) };
}

/** Every workout and symptom, read straight from the tables. */
async function allEntries(db: Db) {
  const [sessions, symptoms] = await Promise.all([db.sessions.toArray(), db.symptoms.toArray()]);
  return { sessions, symptoms };
}

/** Rows in id order, so two reads compare whatever order each returns them in. */
function byId(rows: TrendRows): TrendRows {
  const order = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { sessions: [...rows.sessions].sort(order), symptoms: [...rows.symptoms].sort(order) };
}

async function everyRow(db: Db): Promise<TrendRows> {
  return byId(slimRows(await allEntries(db)));
}

async function sampleJournal(days = 182) {
  const db = testDatabase();
  const repository = new JournalRepository(db);
  await repository.addSampleEntries(generateSampleJournal({ ...sixMonthSample(END), days }));
  return { db, repository };
}

/** The records of months (not the markers). */
async function monthRecords(db: Db) {
  return (await db.trendMonths.toArray()).filter((record) => /^\d{4}-\d{2}$/.test(record.month));
}

const staleMonths = async (db: Db) =>
  (await monthRecords(db)).filter((record) => record.text === null).map((record) => record.month);

const hasAllMonthsMarker = async (db: Db) => (await db.trendMonths.get('all-months')) !== undefined;

/** Runs `read` with the workouts and symptoms tables unreadable: what it gets came from the records alone. */
async function withoutTables<T>(db: Db, read: () => Promise<T>): Promise<T> {
  const tables = { sessions: db.sessions, symptoms: db.symptoms };
  Object.assign(db, { sessions: null, symptoms: null });
  try {
    return await read();
  } finally {
    Object.assign(db, tables);
  }
}

/** The year records (texts of years past, keyed `YYYY`). */
async function yearRecords(db: Db) {
  return (await db.trendMonths.toArray()).filter((record) => /^\d{4}$/.test(record.month));
}

/**
 * Every month text that is not stale holds exactly that month's rows; so does every month a year
 * record holds that has no month record of its own, and a month of a year record's year that it
 * doesn't hold has no rows. While the marker says the records are complete, every month holding rows
 * has a month record or a year record.
 */
async function freshTextsMatchRows(db: Db): Promise<void> {
  const { sessions, symptoms } = await allEntries(db);
  const months = fileByMonth(new Map(), sessions, symptoms);
  const none = { sessions: [], symptoms: [] };
  const records = await monthRecords(db);
  const ownRecord = new Set(records.map((record) => record.month));
  for (const record of records) {
    if (record.text === null) continue;
    const rows = months.get(record.month) ?? none;
    expect(byId(parseMonthText(record.text) ?? none), record.month).toEqual(byId(rows));
  }
  const coveredYears = new Set<string>();
  for (const record of await yearRecords(db)) {
    const held = parseYearText(record.text ?? '', record.month);
    expect(held, record.month).not.toBeNull();
    coveredYears.add(record.month);
    for (const [month, rows] of months) {
      if (!month.startsWith(`${record.month}-`) || ownRecord.has(month)) continue;
      expect(byId(held?.get(month) ?? none), `${month} in ${record.month}`).toEqual(byId(rows));
    }
    for (const [month, rows] of held ?? []) {
      if (!ownRecord.has(month))
        expect(byId(rows), `${month} in ${record.month}`).toEqual(byId(months.get(month) ?? none));
    }
  }
  if (await hasAllMonthsMarker(db)) {
    for (const month of months.keys()) {
      expect(ownRecord.has(month) || coveredYears.has(month.slice(0, 4)), month).toBe(true);
    }
  }
}

/**
 * Reads the whole journal while a write lands after the rebuild has read the rows and before it
 * stores the texts; returns the rows read.
 */
async function readWithWriteDuringRebuild(db: Db, repository: JournalRepository): Promise<TrendRows> {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  let landed: Promise<unknown> | null = null;
  Object.assign(db, {
    transaction: (...args: unknown[]) => {
      if (landed !== null || args[0] !== 'rw' || args[1] !== db.trendMonths) return transaction(...args);
      landed = repository.addSymptom(symptomInput({ notedAt: '2026-09-10T10:00:00.000Z' }), END);
      return landed.then(() => transaction(...args));
    },
  });
  const rows = await readTrendRows(db, WHOLE);
  expect(landed).not.toBeNull();
  return rows;
}

describe('readTrendRows over the whole journal', () => {
  it('holds exactly the rows of the journal, with only the fields Trends reads', async () => {
    const { db } = await sampleJournal();
    const rows = await readTrendRows(db, WHOLE);
    expect(byId(rows)).toEqual(await everyRow(db));
    expect(rows.sessions.length).toBeGreaterThan(100);
    expect(rows.symptoms[0]).not.toHaveProperty('notes');
    expect(rows.sessions[0]).not.toHaveProperty('createdAt');
    expect((await monthRecords(db)).length).toBeGreaterThan(6);
    await freshTextsMatchRows(db);
  });

  it('serves months that are up to date from their texts, without reading the rows again', async () => {
    const { db } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const [record] = await monthRecords(db);
    const held = parseMonthText(record?.text ?? '');
    if (record === undefined || held === null) throw new Error('No month was written');
    // A text that no longer matches the rows shows that the read came from the text.
    const shortened = { sessions: held.sessions.slice(1), symptoms: held.symptoms };
    await db.trendMonths.put({ ...record, text: monthText(shortened) });
    const rows = await readTrendRows(db, WHOLE);
    expect(rows.sessions).toHaveLength((await allEntries(db)).sessions.length - 1);
  });

  it('stays equal to the journal through every kind of write', async () => {
    const { db, repository } = await sampleJournal();
    const check = async () => {
      expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
      await freshTextsMatchRows(db);
    };
    await check();

    // A month that had no rows before.
    const workout = await repository.addSession(sessionInput({ startedAt: '2025-12-02T07:00:00.000Z' }), END);
    const felt = await repository.addSymptom(
      symptomInput({ sessionId: workout.id, notedAt: '2025-12-02T09:00:00.000Z' }),
      END,
    );
    await check();
    // Moved to another month: both months change.
    await repository.updateSymptom(felt.id, { ...felt, severity: 9, notedAt: '2026-07-15T10:00:00.000Z' }, END);
    await check();

    const { sessions, symptoms } = await allEntries(db);
    const [first, second] = sessions;
    const [one, two] = symptoms;
    if (!first || !second || !one || !two) throw new Error('The sample is too small');
    const deleted = await repository.deleteSession(first.id);
    await check();
    await repository.restoreDeleted(deleted);
    await check();

    // Dexie's other ways of writing: update, bulkUpdate, modify and deleting by an index.
    await db.symptoms.update(one.id, { notedAt: '2025-11-30T10:00:00.000Z' });
    await check();
    await db.sessions.bulkUpdate([{ key: second.id, changes: { startedAt: '2025-10-01T10:00:00.000Z' } }]);
    await check();
    await db.symptoms.where('sensations').equals('numbness').modify({ severity: 7 });
    await check();
    await db.symptoms.where('notedAt').below('2026-06-01').delete();
    await check();

    await repository.removeSampleEntries();
    await check();
    expect((await allEntries(db)).sessions.length).toBeGreaterThan(0);
    await db.symptoms.clear();
    await check();
  });

  it('marks only the months a write touches, in the write’s own transaction', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    expect(await staleMonths(db)).toEqual([]);

    const symptom = await repository.addSymptom(symptomInput({ notedAt: '2026-09-10T10:00:00.000Z' }), END);
    expect(await staleMonths(db)).toEqual(['2026-09']);
    await readTrendRows(db, WHOLE);
    await repository.updateSymptom(symptom.id, { ...symptom, notedAt: '2026-10-03T10:00:00.000Z' }, END);
    expect((await staleMonths(db)).sort()).toEqual(['2026-09', '2026-10']);
    expect(await hasAllMonthsMarker(db)).toBe(true);
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

  it('drops every month when a transaction writes many rows, and rebuilds them all on the next read', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    // About 650 rows in one transaction, no single request of them over the limit.
    const more = generateSampleJournal({ ...sixMonthSample(END), days: 400, seed: 7 });
    expect(more.sessions.length + more.symptoms.length).toBeGreaterThan(500);
    expect(more.symptoms.length).toBeLessThan(500);
    await repository.addSampleEntries(more);
    expect(await hasAllMonthsMarker(db)).toBe(false);
    expect((await monthRecords(db)).filter((record) => record.text !== null)).toEqual([]);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    expect(await hasAllMonthsMarker(db)).toBe(true);
    await freshTextsMatchRows(db);
  });

  it('rebuilds a journal of more rows than one page holds', async () => {
    const db = testDatabase();
    const big = generateSampleJournal({
      ...sixMonthSample(END),
      days: 900,
      sessionsPerWeek: 14,
      symptomsPerSession: 3,
    });
    expect(big.symptoms.length).toBeGreaterThan(5_000);
    await new JournalRepository(db).addSampleEntries(big);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    await freshTextsMatchRows(db);
  });

  it('never keeps a text that disagrees with the rows when a write lands during a rebuild of every month', async () => {
    const { db, repository } = await sampleJournal();
    const rows = await readWithWriteDuringRebuild(db, repository);
    // The rows read are the ones before the write (Trends hears of the write and reads it after).
    expect(rows.symptoms).toHaveLength((await allEntries(db)).symptoms.length - 1);
    await freshTextsMatchRows(db);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
  });

  it('nor when a write lands during a rebuild of one stale month', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    await repository.addSymptom(symptomInput({ notedAt: '2026-08-10T10:00:00.000Z' }), END);
    expect(await staleMonths(db)).toEqual(['2026-08']);
    await readWithWriteDuringRebuild(db, repository);
    expect((await staleMonths(db)).sort()).toEqual(['2026-08', '2026-09']);
    await freshTextsMatchRows(db);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
  });

  it('drops the record of a month left without rows when every month is rebuilt', async () => {
    const { db, repository } = await sampleJournal(400);
    await readTrendRows(db, spanOfDays('2026-09-01', '2026-09-30'));
    expect((await db.trendMonths.get('2026-09'))?.text).not.toBeNull();
    for (const symptom of (await repository.snapshot()).symptoms) {
      if (symptom.notedAt.startsWith('2026-09')) await repository.deleteSymptom(symptom.id);
    }
    for (const session of (await repository.snapshot()).sessions) {
      if (session.startedAt.startsWith('2026-09')) await repository.deleteSession(session.id);
    }
    expect(await hasAllMonthsMarker(db)).toBe(false);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    expect(await db.trendMonths.get('2026-09')).toBeUndefined();
    await freshTextsMatchRows(db);
  });

  it('rebuilds a month whose text is damaged instead of trusting it', async () => {
    const { db } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const [record] = await monthRecords(db);
    if (record === undefined) throw new Error('No month was written');
    await db.trendMonths.put({ ...record, text: '{"sessions": [' });
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    await freshTextsMatchRows(db);
    expect((await db.trendMonths.get(record.month))?.text).not.toBe('{"sessions": [');
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

describe('a restore', () => {
  it('stores every month text with the rows, so the first read of the whole journal rebuilds nothing', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const restored = generateSampleJournal({ ...sixMonthSample(END), days: 400, seed: 11 });
    await repository.replaceAll({ ...restored, settings: [], articles: [] });

    expect(await hasAllMonthsMarker(db)).toBe(true);
    expect(await staleMonths(db)).toEqual([]);
    await freshTextsMatchRows(db);
    // Each year before the latest as one record, the latest year's months one by one.
    const years = await yearRecords(db);
    expect(years.map((record) => record.month)).toEqual(['2025']);
    const stored = new Set((await monthRecords(db)).map((record) => record.month));
    expect([...stored].every((month) => month.startsWith('2026-'))).toBe(true);
    for (const record of years)
      for (const month of parseYearText(record.text ?? '', record.month)?.keys() ?? []) stored.add(month);
    expect(stored).toEqual(new Set(fileByMonth(new Map(), restored.sessions, restored.symptoms).keys()));
    // Read with the tables unreadable: every row comes from the texts.
    const rows = await withoutTables(db, () => readTrendRows(db, WHOLE));
    expect(byId(rows)).toEqual(byId(slimRows(restored)));
  });

  it('restores the journal even when the month texts can’t be stored, and rebuilds them on the next read', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const restored = generateSampleJournal({ ...sixMonthSample(END), days: 400, seed: 11 });
    const bulkPut = db.trendMonths.bulkPut.bind(db.trendMonths);
    Object.assign(db.trendMonths, { bulkPut: () => Promise.reject(new Error('The disk is full')) });
    try {
      await repository.replaceAll({ ...restored, settings: [], articles: [] });
    } finally {
      Object.assign(db.trendMonths, { bulkPut });
    }
    expect(byId(await everyRow(db))).toEqual(byId(slimRows(restored)));
    expect(await hasAllMonthsMarker(db)).toBe(false);
    expect(await monthRecords(db)).toEqual([]);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(byId(slimRows(restored)));
    await freshTextsMatchRows(db);
  });

  it('stores no month text when the journal is written again before they are stored', async () => {
    const { db, repository } = await sampleJournal();
    const restored = generateSampleJournal({ ...sixMonthSample(END), days: 400, seed: 11 });
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let landed: Promise<unknown> | null = null;
    Object.assign(db, {
      transaction: (...args: unknown[]) => {
        if (landed !== null || args[0] !== 'rw' || args[1] !== db.trendMonths) return transaction(...args);
        landed = repository.addSymptom(symptomInput({ notedAt: '2026-09-10T10:00:00.000Z' }), END);
        return landed.then(() => transaction(...args));
      },
    });
    await repository.replaceAll({ ...restored, settings: [], articles: [] });
    expect(landed).not.toBeNull();
    expect(await hasAllMonthsMarker(db)).toBe(false);
    expect((await monthRecords(db)).filter((record) => record.text !== null)).toEqual([]);
    await freshTextsMatchRows(db);
  });

  it('leaves the month texts as they were when the journal can’t take the rows', async () => {
    const { db, repository } = await sampleJournal();
    await readTrendRows(db, WHOLE);
    const before = await db.trendMonths.toArray();
    const restored = generateSampleJournal({ ...sixMonthSample(END), days: 400, seed: 11 });
    const twice = restored.symptoms[0];
    if (twice === undefined) throw new Error('No symptom generated');
    await expect(
      repository.replaceAll({ ...restored, symptoms: [...restored.symptoms, twice], settings: [], articles: [] }),
    ).rejects.toThrow();
    expect(await db.trendMonths.toArray()).toEqual(before);
  });
});

describe('years past, kept as one record each', () => {
  /** About two and a half years, 2024 to 2026, read whole once so every record is built. */
  async function yearsJournal() {
    const { db, repository } = await sampleJournal(900);
    await readTrendRows(db, WHOLE);
    return { db, repository };
  }
  const NEW_YEAR: TrendFilter = { fromDay: '2025-12-01', toDay: '2026-01-31', sensation: '', region: '', activity: '' };
  const readsAsItsOwnRows = async (db: Db, filter: TrendFilter) => {
    const rows = await readTrendRows(db, spanOfDays(filter.fromDay, filter.toDay));
    const own = await entriesBetween(db, filter.fromDay, filter.toDay);
    expect(aggregateTrends(rows.sessions, rows.symptoms, filter)).toEqual(
      aggregateTrends(own.sessions, own.symptoms, filter),
    );
  };

  it('are built by a read of every month, the latest year staying month by month', async () => {
    const { db } = await yearsJournal();
    expect((await yearRecords(db)).map((record) => record.month)).toEqual(['2024', '2025']);
    expect((await monthRecords(db)).every((record) => record.month.startsWith('2026-'))).toBe(true);
    await freshTextsMatchRows(db);
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
  });

  it('serve a period across a new year, without reading the rows again', async () => {
    const { db } = await yearsJournal();
    await readsAsItsOwnRows(db, NEW_YEAR);
    // The first read built the months a week past the period; with the tables gone, all comes from the records.
    const expected = await readTrendRows(db, spanOfDays(NEW_YEAR.fromDay, NEW_YEAR.toDay));
    const fromRecords = await withoutTables(db, () => readTrendRows(db, spanOfDays(NEW_YEAR.fromDay, NEW_YEAR.toDay)));
    expect(byId(fromRecords)).toEqual(byId(expected));
  });

  it('say that a month of their year they don’t hold has no rows, without reading the rows', async () => {
    const { db } = await sampleJournal(900);
    await db.symptoms.where('notedAt').startsWith('2025-07').delete();
    await db.sessions.where('startedAt').startsWith('2025-07').delete();
    await readTrendRows(db, WHOLE);
    expect(parseYearText((await db.trendMonths.get('2025'))?.text ?? '', '2025')?.has('2025-07')).toBe(false);
    const july = spanOfDays('2025-07-01', '2025-07-31');
    const rows = await withoutTables(db, () => readTrendRows(db, july));
    expect(rows.symptoms.some((symptom) => symptom.notedAt.startsWith('2025-07'))).toBe(false);
    expect(rows.symptoms.length).toBeGreaterThan(0);
  });

  it('give way to a month of theirs that a write touched, which is rebuilt on its own', async () => {
    const { db, repository } = await yearsJournal();
    const yearBefore = await db.trendMonths.get('2025');
    await repository.addSymptom(symptomInput({ notedAt: '2025-03-10T10:00:00.000Z' }), END);
    const { symptoms } = await repository.snapshot();
    const gone = symptoms.find((symptom) => symptom.notedAt.startsWith('2025-06'));
    if (gone === undefined) throw new Error('The sample has no symptom in June 2025');
    await repository.deleteSymptom(gone.id);
    expect(await staleMonths(db)).toEqual(['2025-03', '2025-06']);

    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    expect(await staleMonths(db)).toEqual([]);
    expect(await db.trendMonths.get('2025')).toEqual(yearBefore);
    await freshTextsMatchRows(db);
    await readsAsItsOwnRows(db, { ...NEW_YEAR, fromDay: '2025-03-01', toDay: '2025-06-30' });
  });

  it('are rebuilt when damaged instead of trusted', async () => {
    const { db } = await yearsJournal();
    const year = await db.trendMonths.get('2024');
    if (year === undefined) throw new Error('No year record was written');
    await db.trendMonths.put({ ...year, text: '[["2025-01", [[], []]]]' });
    await readsAsItsOwnRows(db, { ...NEW_YEAR, fromDay: '2024-05-01', toDay: '2024-08-31' });
    await db.trendMonths.put({ ...year, text: '[["2024-01", [[], []' });
    expect(byId(await readTrendRows(db, WHOLE))).toEqual(await everyRow(db));
    await freshTextsMatchRows(db);
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
  const span = spanOfDays(SEPTEMBER.fromDay, SEPTEMBER.toDay);
  const inPeriod = localDayTest(SEPTEMBER.fromDay, SEPTEMBER.toDay);
  const insightsOf = (rows: TrendRows) =>
    computeInsights(
      rows.sessions.filter((session) => inPeriod(session.startedAt, session.utcOffsetMinutes)),
      rows.symptoms.filter((symptom) => inPeriod(symptom.notedAt, symptom.utcOffsetMinutes)),
    );
  const expectSameAnswers = async (db: Db) => {
    const months = await readTrendRows(db, span);
    const own = await entriesBetween(db, SEPTEMBER.fromDay, SEPTEMBER.toDay);
    const ids = (rows: readonly { readonly id: string }[]) => new Set(rows.map((row) => row.id));
    for (const session of own.sessions) expect(ids(months.sessions).has(session.id)).toBe(true);
    for (const symptom of own.symptoms) expect(ids(months.symptoms).has(symptom.id)).toBe(true);
    expect(aggregateTrends(months.sessions, months.symptoms, SEPTEMBER)).toEqual(
      aggregateTrends(own.sessions, own.symptoms, SEPTEMBER),
    );
    expect(insightsOf(months)).toEqual(insightsOf(own));
    return months;
  };

  it('charts and compares exactly what the period’s own rows do, a workout from long before included', async () => {
    const { db, repository } = await sampleJournal();
    const far = await repository.addSession(sessionInput({ startedAt: '2026-07-01T07:00:00.000Z' }), END);
    await repository.addSymptom(symptomInput({ sessionId: far.id, notedAt: '2026-09-15T10:00:00.000Z' }), END);

    const months = await expectSameAnswers(db);
    const found = months.sessions.find((session) => session.id === far.id);
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('notes');
    // Only the months read were built: the period and a week either side.
    const built = (await monthRecords(db)).filter((record) => record.text !== null);
    expect(built.map((record) => record.month)).toEqual(['2026-08', '2026-09', '2026-10']);
  });

  it('still does after entries move across the period’s edges and change inside it', async () => {
    const { db, repository } = await sampleJournal();
    await expectSameAnswers(db);
    const { symptoms } = await repository.snapshot();
    const inside = symptoms.filter((symptom) => symptom.notedAt.startsWith('2026-09'));
    const outside = symptoms.filter((symptom) => symptom.notedAt.startsWith('2026-06'));
    const [leaving, edited] = inside;
    const [arriving] = outside;
    if (!leaving || !edited || !arriving) throw new Error('The sample has too few symptoms');
    await repository.updateSymptom(leaving.id, { ...leaving, notedAt: '2026-10-20T10:00:00.000Z' }, END);
    await repository.updateSymptom(edited.id, { ...edited, severity: 10 }, END);
    await repository.updateSymptom(arriving.id, { ...arriving, notedAt: '2026-09-12T10:00:00.000Z' }, END);
    await expectSameAnswers(db);
  });
});
