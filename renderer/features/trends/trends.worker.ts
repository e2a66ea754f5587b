/// <reference lib="webworker" />
import { localDayOf } from '../../../shared/domain/local-time';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import { aggregateTrends } from '../../../shared/trends/aggregate';
import { computeInsights } from '../../../shared/trends/insights';
import { createJournalDatabase } from '../../db/database';
import { entriesBetween } from '../../db/queries';
import type { TrendsRequest, TrendsResponse } from './trends-protocol';

/**
 * Reads and aggregates the journal off the UI thread: ten years of entries are read, filtered and
 * bucketed here, and only chart-sized results cross back. IndexedDB works in workers, so the worker
 * opens the same database itself instead of receiving rows it would have to copy.
 */
const db = createJournalDatabase();

interface Loaded {
  readonly journalVersion: number;
  readonly fromDay: string;
  readonly toDay: string;
  readonly sessions: ExerciseSession[];
  readonly symptoms: SymptomEntry[];
}

/** The last span read, reused while the journal is unchanged and a request falls inside it. */
let cache: Loaded | null = null;

async function entriesFor(request: TrendsRequest): Promise<Loaded> {
  const { fromDay, toDay } = request.filter;
  if (
    cache !== null &&
    cache.journalVersion === request.journalVersion &&
    cache.fromDay <= fromDay &&
    cache.toDay >= toDay
  ) {
    return cache;
  }
  const { sessions, symptoms } = await entriesBetween(db, fromDay, toDay);
  cache = { journalVersion: request.journalVersion, fromDay, toDay, sessions, symptoms };
  return cache;
}

self.onmessage = async (event: MessageEvent<TrendsRequest>) => {
  const request = event.data;
  let response: TrendsResponse;
  try {
    const loaded = await entriesFor(request);
    // The cache may span more than was asked for (after a longer period); insights count this period only.
    const { fromDay, toDay } = request.filter;
    const inPeriod = (instant: string, utcOffsetMinutes: number) => {
      const day = localDayOf({ instant, utcOffsetMinutes });
      return (fromDay === '' || day >= fromDay) && (toDay === '' || day <= toDay);
    };
    const { sessions, symptoms } = loaded;
    const periodSessions = sessions.filter((session) => inPeriod(session.startedAt, session.utcOffsetMinutes));
    const periodSymptoms = symptoms.filter((symptom) => inPeriod(symptom.notedAt, symptom.utcOffsetMinutes));
    response = {
      id: request.id,
      ok: true,
      trends: aggregateTrends(sessions, symptoms, request.filter),
      insights: computeInsights(
        periodSessions,
        periodSymptoms,
        request.filter.sensation === '' ? {} : { sensation: request.filter.sensation },
      ),
    };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
