import { localDayTest } from '../../../shared/domain/local-time';
import { aggregateTrends, type TrendData } from '../../../shared/trends/aggregate';
import { computeInsights, type InsightSet } from '../../../shared/trends/insights';
import {
  trendSessionOf,
  trendSymptomOf,
  type TrendSession,
  type TrendSymptom,
} from '../../../shared/trends/trend-rows';
import type { JournalDatabase } from '../../db/database';
import { refreshEntries, spanOfDays, type RowShape } from '../../db/queries';
import { readTrendRows } from '../../db/trend-months';
import type { TrendsChanges, TrendsMessage, TrendsRequest, TrendsResponse } from './trends-protocol';

interface Loaded {
  readonly fromDay: string;
  readonly toDay: string;
  /** Every row of the journal, whatever the days: a request for any period is answered from them. */
  readonly wholeJournal: boolean;
  readonly sessions: TrendSession[];
  readonly symptoms: TrendSymptom[];
}

/** Rows read again after a write keep only what Trends reads, like the rest. */
const TREND_ROW_SHAPE: RowShape<TrendSession, TrendSymptom> = { session: trendSessionOf, symptom: trendSymptomOf };

type Answer = { readonly trends: TrendData; readonly insights: InsightSet };

/** How many answers are kept for ranges and filters seen before. */
const ANSWERS_KEPT = 8;

/**
 * What the Trends worker does with its messages, apart from the worker itself so it can be tested
 * over any database. Messages are handled one at a time, in the order sent: a request that follows
 * a write must see the rows that write changed, and a change must not land in rows a request is
 * still reading.
 */
export class TrendsEngine {
  /** The last span read, kept up to date by change messages and reused while a request falls inside it. */
  private cache: Loaded | null = null;
  /**
   * Answers already computed from the rows held now, by filter: switching back to a range seen
   * before costs nothing while the journal is unchanged. Emptied whenever the rows change.
   */
  private readonly answers = new Map<string, Answer>();
  /** The newest request received; older ones still queued behind a slow read go unanswered. */
  private newestRequest = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: JournalDatabase,
    private readonly reply: (response: TrendsResponse) => void,
  ) {}

  /** Takes a message in turn; resolves once it (and every message before it) has been handled. */
  receive(message: TrendsMessage): Promise<void> {
    if (message.kind === 'trends') this.newestRequest = message.id;
    this.queue = this.queue
      .then(() => (message.kind === 'changes' ? this.applyChanges(message) : this.answer(message)))
      .catch(() => {
        // A change that could not be read leaves rows that may be stale: read the span again next time.
        this.cache = null;
        this.answers.clear();
      });
    return this.queue;
  }

  private async entriesFor(request: TrendsRequest): Promise<Loaded> {
    const { fromDay, toDay } = request.filter;
    const cache = this.cache;
    if (cache !== null && (cache.wholeJournal || (cache.fromDay <= fromDay && cache.toDay >= toDay))) return cache;
    const { wholeJournal } = request;
    const { sessions, symptoms } = await readTrendRows(
      this.db,
      wholeJournal ? spanOfDays('', '') : spanOfDays(fromDay, toDay),
    );
    this.cache = { fromDay, toDay, wholeJournal, sessions, symptoms };
    this.answers.clear();
    return this.cache;
  }

  private async applyChanges(changes: TrendsChanges): Promise<void> {
    this.answers.clear();
    const { sessions, symptoms } = changes;
    const cache = this.cache;
    if (cache === null) return;
    if (sessions === 'all' || symptoms === 'all') {
      this.cache = null;
      return;
    }
    const span = cache.wholeJournal ? spanOfDays('', '') : spanOfDays(cache.fromDay, cache.toDay);
    const refreshed = await refreshEntries(this.db, cache, span, { sessions, symptoms }, TREND_ROW_SHAPE);
    this.cache = { ...cache, ...refreshed };
  }

  private async answer(request: TrendsRequest): Promise<void> {
    if (request.id !== this.newestRequest) return;
    try {
      const loaded = await this.entriesFor(request);
      const key = JSON.stringify(request.filter);
      const computed = this.answers.get(key) ?? compute(loaded, request);
      if (this.answers.size >= ANSWERS_KEPT) this.answers.clear();
      this.answers.set(key, computed);
      this.reply({ id: request.id, ok: true, ...computed });
    } catch (error) {
      this.reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

function compute(loaded: Loaded, request: TrendsRequest): Answer {
  // The rows may span more than was asked for (after a longer period); insights count this period only.
  const inPeriod = localDayTest(request.filter.fromDay, request.filter.toDay);
  const { sessions, symptoms } = loaded;
  return {
    trends: aggregateTrends(sessions, symptoms, request.filter),
    insights: computeInsights(
      sessions.filter((session) => inPeriod(session.startedAt, session.utcOffsetMinutes)),
      symptoms.filter((symptom) => inPeriod(symptom.notedAt, symptom.utcOffsetMinutes)),
      request.filter.sensation === '' ? {} : { sensation: request.filter.sensation },
    ),
  };
}
