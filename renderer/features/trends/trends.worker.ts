/// <reference lib="webworker" />
import { createJournalDatabase } from '../../db/database';
import type { TrendsMessage } from './trends-protocol';
import { TrendsEngine } from './trends-engine';

/**
 * Reads and aggregates the journal off the UI thread: ten years of entries are read, filtered and
 * bucketed here, and only chart-sized results cross back. IndexedDB works in workers, so the worker
 * opens the same database itself instead of receiving rows it would have to copy.
 */
const engine = new TrendsEngine(createJournalDatabase(), (response) => self.postMessage(response));

self.onmessage = (event: MessageEvent<TrendsMessage>) => {
  void engine.receive(event.data);
};
