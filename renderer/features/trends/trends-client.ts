import type { TrendFilter } from '../../../shared/trends/aggregate';
import { onJournalWrite } from '../../db/changes';
import { startTrendsWorker, workerFailed } from './start-trends-worker';
import type { TrendsChanges, TrendsRelease, TrendsRequest, TrendsResponse } from './trends-protocol';

export interface TrendsListener {
  /** Every reply, to whichever request: a listener keeps the ids it asked with. */
  readonly onResponse: (response: TrendsResponse) => void;
  /** The worker stopped; `message` is null when it didn't say why. */
  readonly onFailure: (message: string | null) => void;
  /** A workout or symptom was written, here or in another window: time to ask again. */
  readonly onJournalWrite: () => void;
}

/**
 * The window's Trends worker: started as the window opens on Trends (`boot.ts`) or the first time
 * Trends is opened, and kept while the window lives, so opening Trends again doesn't start it again.
 * While Trends is on screen it holds the rows it read, kept current by the journal's write notices;
 * when the last screen stops listening it lets them go.
 */
class TrendsClient {
  private readonly listeners = new Set<TrendsListener>();
  private readonly stopListening: () => void;
  private lastId = 0;
  /**
   * Set once the worker has stopped with an error (`message` null when it didn't say why); the next
   * `trendsClient()` starts another.
   */
  failure: { readonly message: string | null } | null = null;

  constructor(private readonly worker: Worker) {
    this.worker.onmessage = (event: MessageEvent<TrendsResponse>) => {
      for (const listener of this.listeners) listener.onResponse(event.data);
    };
    // A worker that can't start or stops on its own never answers: say so rather than wait for good.
    this.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.failure = { message: event.message || null };
      this.stopListening();
      this.worker.terminate();
      for (const listener of this.listeners) listener.onFailure(this.failure.message);
    };
    // The worker rereads only the rows a write changed, whether or not Trends is on screen.
    this.stopListening = onJournalWrite((changes) => {
      const message: TrendsChanges = { kind: 'changes', ...changes };
      this.worker.postMessage(message);
      for (const listener of this.listeners) listener.onJournalWrite();
    });
  }

  /** Asks for a period and filters; returns the id its replies carry. */
  ask(filter: TrendFilter, wholeJournal: boolean): number {
    const request: TrendsRequest = { kind: 'trends', id: ++this.lastId, filter, wholeJournal };
    this.worker.postMessage(request);
    return request.id;
  }

  /** Also tells a listener that comes after the worker stopped. */
  listen(listener: TrendsListener): () => void {
    if (this.failure !== null) listener.onFailure(this.failure.message);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        const release: TrendsRelease = { kind: 'release' };
        this.worker.postMessage(release);
      }
    };
  }
}

let running: TrendsClient | null = null;

/** The window's Trends worker, started now if it isn't running or has stopped. */
export function trendsClient(): TrendsClient {
  if (running === null || running.failure !== null) running = new TrendsClient(startTrendsWorker());
  return running;
}

/**
 * Takes the worker `boot.ts` started as the window opened on Trends as the window's Trends worker;
 * one that has already stopped is left, and `trendsClient()` starts another.
 */
export function adoptTrendsWorker(worker: Worker): void {
  if (workerFailed(worker)) worker.terminate();
  else running = new TrendsClient(worker);
}
