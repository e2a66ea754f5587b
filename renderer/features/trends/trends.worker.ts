/// <reference lib="webworker" />
import { localDayOf } from '../../../shared/domain/local-time';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import { aggregateTrends, type TrendData } from '../../../shared/trends/aggregate';
import { computeInsights, type InsightSet } from '../../../shared/trends/insights';
import { createJournalDatabase } from '../../db/database';
import { entriesBetween, refreshEntries } from '../../db/queries';
import type { TrendsChanges, TrendsMessage, TrendsRequest, TrendsResponse } from './trends-protocol';

/**
 * Reads and aggregates the journal off the UI thread: ten years of entries are read, filtered and
 * bucketed here, and only chart-sized results cross back. IndexedDB works in workers, so the worker
 * opens the same database itself instead of receiving rows it would have to copy.
 */
const db = createJournalDatabase();

interface Loaded {
  readonly fromDay: string;
  readonly toDay: string;
  readonly sessions: ExerciseSession[];
  readonly symptoms: SymptomEntry[];
}

/**
 * The last span read, kept up to date by the change messages and reused while a request falls
 * inside it.
 */
let cache: Loaded | null = null;

async function entriesFor(request: TrendsRequest): Promise<Loaded> {
  const { fromDay, toDay } = request.filter;
  if (cache !== null && cache.fromDay <= fromDay && cache.toDay >= toDay) return cache;
  const { sessions, symptoms } = await entriesBetween(db, fromDay, toDay);
  cache = { fromDay, toDay, sessions, symptoms };
  answers.clear();
  return cache;
}

/**
 * Answers already computed from the rows held now, by filter: switching back to a range seen
 * before costs nothing while the journal is unchanged. Emptied whenever the rows change.
 */
const answers = new Map<string, { readonly trends: TrendData; readonly insights: InsightSet }>();
const ANSWERS_KEPT = 8;

async function applyChanges(changes: TrendsChanges): Promise<void> {
  answers.clear();
  const { sessions, symptoms } = changes;
  if (cache === null) return;
  if (sessions === 'all' || symptoms === 'all') {
    cache = null;
    return;
  }
  const { fromDay, toDay } = cache;
  const refreshed = await refreshEntries(db, cache, fromDay, toDay, { sessions, symptoms });
  cache = { fromDay, toDay, ...refreshed };
}

/** The newest request sent; older ones still queued behind a slow read are dropped unanswered. */
let newestRequest = 0;

async function answer(request: TrendsRequest): Promise<void> {
  if (request.id !== newestRequest) return;
  let response: TrendsResponse;
  try {
    const loaded = await entriesFor(request);
    const key = JSON.stringify(request.filter);
    const known = answers.get(key);
    if (known !== undefined) {
      self.postMessage({ id: request.id, ok: true, ...known } satisfies TrendsResponse);
      return;
    }
    // The cache may span more than was asked for (after a longer period); insights count this period only.
    const { fromDay, toDay } = request.filter;
    const inPeriod = (instant: string, utcOffsetMinutes: number) => {
      const day = localDayOf({ instant, utcOffsetMinutes });
      return (fromDay === '' || day >= fromDay) && (toDay === '' || day <= toDay);
    };
    const { sessions, symptoms } = loaded;
    const periodSessions = sessions.filter((session) => inPeriod(session.startedAt, session.utcOffsetMinutes));
    const periodSymptoms = symptoms.filter((symptom) => inPeriod(symptom.notedAt, symptom.utcOffsetMinutes));
    const computed = {
      trends: aggregateTrends(sessions, symptoms, request.filter),
      insights: computeInsights(
        periodSessions,
        periodSymptoms,
        request.filter.sensation === '' ? {} : { sensation: request.filter.sensation },
      ),
    };
    if (answers.size >= ANSWERS_KEPT) answers.clear();
    answers.set(key, computed);
    response = { id: request.id, ok: true, ...computed };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
}

/**
 * One message at a time, in the order sent: a request that follows a write must see the rows that
 * write changed, and a change must not land in rows a request is still reading.
 */
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<TrendsMessage>) => {
  const message = event.data;
  if (message.kind === 'trends') newestRequest = message.id;
  queue = queue
    .then(() => (message.kind === 'changes' ? applyChanges(message) : answer(message)))
    .catch(() => {
      // A change that could not be read leaves rows that may be stale: read the span again next time.
      cache = null;
    });
};
