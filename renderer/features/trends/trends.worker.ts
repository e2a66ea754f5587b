/// <reference lib="webworker" />
import { localDayOf, stampFromDate } from '../../../shared/domain/local-time';
import { createJournalDatabase } from '../../db/database';
import type { TrendsMessage } from './trends-protocol';
import { TrendsEngine } from './trends-engine';

/**
 * Reads and aggregates the journal off the UI thread: ten years of entries are read, filtered and
 * bucketed here, and only chart-sized results cross back. IndexedDB works in workers, so the worker
 * opens the same database itself instead of receiving rows it would have to copy.
 */
const engine = new TrendsEngine(createJournalDatabase(), (response) => self.postMessage(response));
// Started as Trends is opened, or as a window opens on it: the screen will ask for the period it
// was left on, so that is read before it asks. No message is waited for: a page busy starting
// would pass it on only once it is done.
void engine.prepare(localDayOf(stampFromDate(new Date())));

self.onmessage = (event: MessageEvent<TrendsMessage>) => {
  void engine.receive(event.data);
};
