import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { describe, expect, it, vi } from 'vitest';
import { JournalRepository } from '../../renderer/db/repository';
import { spanOfDays } from '../../renderer/db/queries';
import { readTrendRows } from '../../renderer/db/trend-months';
import type * as TrendMonths from '../../renderer/db/trend-months';
import { TrendsEngine } from '../../renderer/features/trends/trends-engine';
import { trendFilterOf } from '../../shared/trends/range';
import { DEFAULT_TRENDS_VIEW } from '../../shared/domain/records';
import type { TrendsMessage, TrendsRequest, TrendsResponse } from '../../renderer/features/trends/trends-protocol';
import type { TrendFilter } from '../../shared/trends/aggregate';
import { sessionInput, symptomInput } from '../unit/shared/fixtures';

// Counted, so a test can tell an answer from rows read before from one read for it.
vi.mock('../../renderer/db/trend-months', async (importOriginal) => {
  const actual = await importOriginal<typeof TrendMonths>();
  return { ...actual, readTrendRows: vi.fn(actual.readTrendRows) };
});
const reads = vi.mocked(readTrendRows);

const NOW = new Date('2026-04-01T12:00:00.000Z');
const MARCH: TrendFilter = { fromDay: '2026-03-01', toDay: '2026-03-31', sensation: '', region: '', activity: '' };
const SPRING: TrendFilter = { ...MARCH, toDay: '2026-05-31' };

async function setup() {
  const db = testDatabase();
  const repository = new JournalRepository(db);
  const replies: TrendsResponse[] = [];
  const engine = new TrendsEngine(db, (response) => replies.push(response));
  const workout = await repository.addSession(sessionInput({ startedAt: '2026-03-10T07:00:00.000Z' }), NOW);
  await repository.addSymptom(symptomInput({ sessionId: workout.id, notedAt: '2026-03-10T09:00:00.000Z' }), NOW);
  let id = 0;
  /** The charts' part of the answer. */
  const ask = async (filter: TrendFilter, wholeJournal = false) => {
    const request: TrendsRequest = { kind: 'trends', id: ++id, filter, wholeJournal };
    await engine.receive(request);
    return replies.find((reply) => reply.id === request.id && (!reply.ok || reply.part === 'trends'));
  };
  const episodes = (response: TrendsResponse | undefined) => chartsOf(response)?.totals.episodes ?? Number.NaN;
  return { db, repository, engine, replies, ask, episodes };
}

/**
 * Request 1 for `filter`, with `message` arriving as its own task just after that request's charts
 * are sent (as a message the page sends meanwhile would); every reply, once both are handled.
 */
async function withMessageAfterFirstCharts(
  db: ReturnType<typeof testDatabase>,
  filter: TrendFilter,
  message: TrendsMessage,
): Promise<TrendsResponse[]> {
  const replies: TrendsResponse[] = [];
  let sent: Promise<void> | undefined;
  const engine = new TrendsEngine(db, (response) => {
    replies.push(response);
    if (response.id === 1 && response.ok && response.part === 'trends') {
      setTimeout(() => {
        sent = engine.receive(message);
      }, 0);
    }
  });
  await engine.receive({ kind: 'trends', id: 1, filter, wholeJournal: false });
  await sent;
  return replies;
}

function chartsOf(response: TrendsResponse | undefined) {
  return response?.ok === true && response.part === 'trends' ? response.trends : undefined;
}

describe('TrendsEngine', () => {
  it('answers a request with the period aggregated', async () => {
    const { ask, episodes } = await setup();
    const reply = await ask(MARCH);
    expect(reply).toMatchObject({ id: 1, ok: true, part: 'trends' });
    expect(episodes(reply)).toBe(1);
  });

  it('sends the insights after the charts, for the same request', async () => {
    const { ask, replies } = await setup();
    await ask({ ...MARCH, sensation: 'numbness' });
    expect(replies.map((reply) => [reply.id, reply.ok && reply.part])).toEqual([
      [1, 'trends'],
      [1, 'insights'],
    ]);
    expect(replies[1]).toMatchObject({ ok: true, part: 'insights', insights: { sensation: 'numbness' } });
  });

  it('leaves out the insights of a request a newer one overtook while the charts were sent', async () => {
    const { db } = await setup();
    const replies = await withMessageAfterFirstCharts(db, SPRING, {
      kind: 'trends',
      id: 2,
      filter: MARCH,
      wholeJournal: false,
    });
    expect(replies.map((reply) => [reply.id, reply.ok && reply.part])).toEqual([
      [1, 'trends'],
      [2, 'trends'],
      [2, 'insights'],
    ]);
  });

  it('leaves out the insights of rows a write changed while the charts were sent', async () => {
    const { db } = await setup();
    const replies = await withMessageAfterFirstCharts(db, MARCH, { kind: 'changes', sessions: [], symptoms: [] });
    expect(replies.map((reply) => [reply.id, reply.ok && reply.part])).toEqual([[1, 'trends']]);
  });

  it('counts a symptom written after its rows were read once told which row changed', async () => {
    const { repository, engine, ask, episodes } = await setup();
    await ask(MARCH);
    const added = await repository.addSymptom(symptomInput({ notedAt: '2026-03-20T10:00:00.000Z' }), NOW);
    // Without the change message the rows held are reused as they were.
    expect(episodes(await ask(MARCH))).toBe(1);
    await engine.receive({ kind: 'changes', sessions: [], symptoms: [added.id] });
    expect(episodes(await ask(MARCH))).toBe(2);
    await repository.deleteSymptom(added.id);
    await engine.receive({ kind: 'changes', sessions: [], symptoms: [added.id] });
    expect(episodes(await ask(MARCH))).toBe(1);
  });

  it('answers any period from the whole journal once it was read for "All", kept up to date', async () => {
    const { repository, engine, ask, episodes } = await setup();
    expect(episodes(await ask(SPRING, true))).toBe(1);
    const longBefore = await repository.addSymptom(symptomInput({ notedAt: '2024-06-10T10:00:00.000Z' }), NOW);
    await engine.receive({ kind: 'changes', sessions: [], symptoms: [longBefore.id] });
    // A period the rows were never read for, answered from the rows held (no change message for
    // the next one, which a fresh read would count).
    await repository.addSymptom(symptomInput({ notedAt: '2024-06-11T10:00:00.000Z' }), NOW);
    const june2024 = { ...MARCH, fromDay: '2024-06-01', toDay: '2024-06-30' };
    expect(episodes(await ask(june2024))).toBe(1);
  });

  it('reads everything again when a write could not be named row by row', async () => {
    const { repository, engine, ask, episodes } = await setup();
    await ask(MARCH);
    await repository.eraseJournal();
    await engine.receive({ kind: 'changes', sessions: 'all', symptoms: 'all' });
    expect(episodes(await ask(MARCH))).toBe(0);
  });

  it('answers only the newest of the requests waiting in line', async () => {
    const { engine, replies } = await setup();
    const first = engine.receive({ kind: 'trends', id: 1, filter: SPRING, wholeJournal: false });
    const second = engine.receive({ kind: 'trends', id: 2, filter: MARCH, wholeJournal: false });
    await Promise.all([first, second]);
    expect(replies.map((reply) => reply.id)).toEqual([2, 2]);
  });

  it('reads the period the screen was left on before the screen asks for it', async () => {
    const { repository, engine, ask, episodes } = await setup();
    await repository.addSymptom(symptomInput({ notedAt: '2025-12-01T10:00:00.000Z' }), NOW);
    const view = { ...DEFAULT_TRENDS_VIEW, range: '4w' as const, sensation: 'cramp' };
    await repository.saveSetting({ key: 'trendsView', value: view });
    reads.mockClear();
    await engine.prepare('2026-04-01');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.calls[0]?.[1]).toEqual(spanOfDays('2026-03-05', '2026-04-01'));
    // The screen's request on that day is answered from those rows, without reading again.
    expect(episodes(await ask(trendFilterOf(view, '2026-04-01', '2025-12-01')))).toBe(0);
    expect(episodes(await ask(trendFilterOf({ ...view, sensation: '' }, '2026-04-01', '2025-12-01')))).toBe(1);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('reads again when the journal was written while it was getting ready, before the page could say', async () => {
    const { repository, engine, ask, episodes } = await setup();
    await engine.prepare('2026-04-01');
    await repository.addSymptom(symptomInput({ notedAt: '2026-03-21T10:00:00.000Z' }), NOW);
    expect(episodes(await ask(trendFilterOf(DEFAULT_TRENDS_VIEW, '2026-04-01', null)))).toBe(2);
  });

  it('lets go of its rows when Trends leaves the screen, and reads afresh when asked again', async () => {
    const { repository, engine, ask, episodes } = await setup();
    await ask(MARCH);
    await engine.receive({ kind: 'release' });
    // Not passed on: writes made while Trends is elsewhere need not be.
    await repository.addSymptom(symptomInput({ notedAt: '2026-03-21T10:00:00.000Z' }), NOW);
    reads.mockClear();
    expect(episodes(await ask(MARCH))).toBe(2);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('answers as usual when the period could not be read beforehand', async () => {
    const { db, engine, ask, episodes } = await setup();
    db.close();
    await engine.prepare('2026-04-01');
    await db.open();
    expect(episodes(await ask(MARCH))).toBe(1);
  });

  it('keeps answers for ranges seen before until the journal changes', async () => {
    const { repository, engine, ask } = await setup();
    // The spring's rows cover March too, so March is answered from the same rows.
    await ask(SPRING);
    const first = await ask(MARCH);
    await ask(SPRING);
    const again = await ask(MARCH);
    expect(chartsOf(again)).toBeDefined();
    expect(chartsOf(again)).toBe(chartsOf(first));
    const added = await repository.addSymptom(symptomInput({ notedAt: '2026-03-21T10:00:00.000Z' }), NOW);
    await engine.receive({ kind: 'changes', sessions: [], symptoms: [added.id] });
    const afterWrite = await ask(MARCH);
    expect(chartsOf(afterWrite)).not.toBe(chartsOf(first));
  });
});
