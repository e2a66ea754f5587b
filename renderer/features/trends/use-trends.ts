import Dexie from 'dexie';
import { useEffect, useRef, useState } from 'react';
import type { TrendData, TrendFilter } from '../../../shared/trends/aggregate';
import type { InsightSet } from '../../../shared/trends/insights';
import { DB_NAME } from '../../db/database';
import type { TrendsRequest, TrendsResponse } from './trends-protocol';

export type TrendsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly trends: TrendData; readonly insights: InsightSet; readonly filter: TrendFilter }
  | { readonly kind: 'failed'; readonly message: string };

/** Dexie names what a write touched as `idb://<database>/<table>/<index>`. */
const JOURNAL_TABLE_PART = new RegExp(`^idb://${DB_NAME}/(sessions|symptoms)/`);

/**
 * A number that changes whenever a workout or symptom is written, here or in another window.
 * Settings (this screen saving its own view, for one) don't count: the charts don't depend on them.
 */
function useJournalVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => JOURNAL_TABLE_PART.test(part))) setVersion((current) => current + 1);
    };
    Dexie.on('storagemutated', bump);
    return () => Dexie.on.storagemutated.unsubscribe(bump);
  }, []);
  return version;
}

/**
 * The Trends screen's data, aggregated by a worker. Only the newest request's answer is shown, so a
 * quick change of range never flashes an older one; a new entry anywhere updates the charts.
 */
export function useTrends(filter: TrendFilter): TrendsState {
  const workerRef = useRef<Worker | null>(null);
  const latest = useRef(0);
  /** The filter of the newest request, which its answer is shown with. */
  const pendingFilter = useRef(filter);
  const [state, setState] = useState<TrendsState>({ kind: 'loading' });
  const journalVersion = useJournalVersion();

  useEffect(() => {
    const worker = new Worker(new URL('./trends.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TrendsResponse>) => {
      const response = event.data;
      if (response.id !== latest.current) return;
      setState(
        response.ok
          ? { kind: 'ready', trends: response.trends, insights: response.insights, filter: pendingFilter.current }
          : { kind: 'failed', message: response.message },
      );
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  const { fromDay, toDay, sensation, region, activity } = filter;
  useEffect(() => {
    const request: TrendsRequest = {
      id: ++latest.current,
      filter: { fromDay, toDay, sensation, region, activity },
      journalVersion,
    };
    pendingFilter.current = request.filter;
    workerRef.current?.postMessage(request);
  }, [fromDay, toDay, sensation, region, activity, journalVersion]);

  return state;
}
