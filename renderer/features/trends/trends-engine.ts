import { DEFAULT_TRENDS_VIEW } from '../../../shared/domain/record-defaults';
import { localDayTest } from '../../../shared/domain/local-time';
import { aggregateTrends, type TrendData, type TrendFilter } from '../../../shared/trends/aggregate';
import { computeInsights, type InsightSet } from '../../../shared/trends/insights';
import { trendFilterOf } from '../../../shared/trends/range';
import {
  trendSessionOf,
  trendSymptomOf,
  type TrendSession,
  type TrendSymptom,
} from '../../../shared/trends/trend-rows';
import type { JournalDatabase } from '../../db/database';
import { firstDayWithData, readSetting, refreshEntries, spanOfDays, type RowShape } from '../../db/queries';
import { journalStamp, readTrendRows } from '../../db/trend-months';
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

/** `insights` is null until they have been worked out (a newer request can come first). */
type Answer = { readonly trends: TrendData; insights: InsightSet | null };

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
  /** Change messages received, counted as they arrive (before their turn in the queue). */
  private writesSeen = 0;
  /**
   * The journal's stamp when `prepare` read its rows, until the page's first message. Writes made
   * between the worker's start and then (in another window, while this one was starting) reach no
   * one, as the page passes writes on only once it has started: the stamp tells whether there were any.
   */
  private stampAtPrepare: string | null | undefined = undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: JournalDatabase,
    private readonly reply: (response: TrendsResponse) => void,
  ) {}

  /** Takes a message in turn; resolves once it (and every message before it) has been handled. */
  receive(message: TrendsMessage): Promise<void> {
    if (message.kind === 'trends') this.newestRequest = message.id;
    if (message.kind === 'changes') this.writesSeen += 1;
    this.queue = this.queue
      .then(async () => {
        if (this.stampAtPrepare !== undefined) {
          const prepared = this.stampAtPrepare;
          this.stampAtPrepare = undefined;
          if ((await journalStamp(this.db)) !== prepared) this.letGo();
        }
        switch (message.kind) {
          case 'changes':
            return this.applyChanges(message);
          case 'trends':
            return this.answer(message);
          case 'release':
            return this.letGo();
        }
      })
      .catch(() => {
        // A change that could not be read leaves rows that may be stale: read the span again next time.
        this.cache = null;
        this.answers.clear();
      });
    return this.queue;
  }

  /**
   * Reads the period the Trends screen shows on `today`, as the person left it, and works out its
   * charts, so that the screen's first request, made once the app has started, is answered at once.
   * Taken in turn like a message; a failure is left for that request to meet and report.
   */
  prepare(today: string): Promise<void> {
    this.queue = this.queue
      .then(async () => {
        const [stored, firstDay] = await Promise.all([readSetting(this.db, 'trendsView'), firstDayWithData(this.db)]);
        const view = stored ?? DEFAULT_TRENDS_VIEW;
        const filter = trendFilterOf(view, today, firstDay);
        const stamp = await journalStamp(this.db);
        const loaded = await this.entriesFor(filter, view.range === 'all');
        this.stampAtPrepare = stamp;
        this.answerOf(loaded, filter);
      })
      .catch(() => undefined);
    return this.queue;
  }

  private async entriesFor(filter: TrendFilter, wholeJournal: boolean): Promise<Loaded> {
    const { fromDay, toDay } = filter;
    const cache = this.cache;
    if (cache !== null && (cache.wholeJournal || (cache.fromDay <= fromDay && cache.toDay >= toDay))) return cache;
    const { sessions, symptoms } = await readTrendRows(
      this.db,
      wholeJournal ? spanOfDays('', '') : spanOfDays(fromDay, toDay),
    );
    this.cache = { fromDay, toDay, wholeJournal, sessions, symptoms };
    this.answers.clear();
    return this.cache;
  }

  /**
   * The rows and answers go: a window that showed ten years of entries doesn't hold them while the
   * person is elsewhere, and writes meanwhile cost nothing (`applyChanges` has no rows to update).
   */
  private letGo(): void {
    this.cache = null;
    this.answers.clear();
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
    const { id, filter } = request;
    try {
      const loaded = await this.entriesFor(filter, request.wholeJournal);
      const answer = this.answerOf(loaded, filter);
      this.reply({ id, ok: true, part: 'trends', trends: answer.trends });
      if (answer.insights === null) {
        // Messages sent meanwhile arrive first. A newer request makes these insights moot, and so
        // does a write: its rows are taken in next, and the screen asks again.
        const writes = this.writesSeen;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (id !== this.newestRequest || writes !== this.writesSeen) return;
        answer.insights = insightsOf(loaded, filter);
      }
      this.reply({ id, ok: true, part: 'insights', insights: answer.insights });
    } catch (error) {
      this.reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The charts of a period and filters, worked out now unless kept from before. */
  private answerOf(loaded: Loaded, filter: TrendFilter): Answer {
    const key = JSON.stringify(filter);
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = { trends: aggregateTrends(loaded.sessions, loaded.symptoms, filter), insights: null };
      if (this.answers.size >= ANSWERS_KEPT) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}

function insightsOf(loaded: Loaded, filter: TrendFilter): InsightSet {
  // The rows may span more than was asked for (after a longer period); insights count this period only.
  const inPeriod = localDayTest(filter.fromDay, filter.toDay);
  return computeInsights(
    loaded.sessions.filter((session) => inPeriod(session.startedAt, session.utcOffsetMinutes)),
    loaded.symptoms.filter((symptom) => inPeriod(symptom.notedAt, symptom.utcOffsetMinutes)),
    filter.sensation === '' ? {} : { sensation: filter.sensation },
  );
}
