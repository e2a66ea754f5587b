import { useEffect, useRef, useState } from 'react';
import type { TrendData, TrendFilter } from '../../../shared/trends/aggregate';
import type { InsightSet } from '../../../shared/trends/insights';
import { reuseUnchanged } from '../../../shared/trends/reuse-unchanged';
import { onJournalWrite } from '../../db/changes';
import type { TrendsChanges, TrendsRequest, TrendsResponse } from './trends-protocol';

export type TrendsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly trends: TrendData; readonly insights: InsightSet; readonly filter: TrendFilter }
  /** `message` is null when the worker stopped without saying why. */
  | { readonly kind: 'failed'; readonly message: string | null; readonly filter: TrendFilter };

/**
 * The Trends screen's data, aggregated by a worker. Only the newest request's answer is shown, so a
 * quick change of range never flashes an older one; a new entry anywhere updates the charts.
 */
export function useTrends(filter: TrendFilter, wholeJournal: boolean): TrendsState {
  const workerRef = useRef<Worker | null>(null);
  const latest = useRef(0);
  /** The filter of the newest request, which its answer is shown with. */
  const pendingFilter = useRef(filter);
  const [state, setState] = useState<TrendsState>({ kind: 'loading' });
  /** Bumped whenever a workout or symptom is written, here or in another window, to ask again. */
  const [journalVersion, setJournalVersion] = useState(0);

  useEffect(() => {
    const worker = new Worker(new URL('./trends.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TrendsResponse>) => {
      const response = event.data;
      if (response.id !== latest.current) return;
      // Parts equal to those on screen are kept as they are, so only the charts whose numbers
      // changed draw again.
      const answeredFilter = pendingFilter.current;
      setState((shown) => {
        if (!response.ok) return { kind: 'failed', message: response.message, filter: answeredFilter };
        const before = shown.kind === 'ready' ? shown : undefined;
        return {
          kind: 'ready',
          trends: reuseUnchanged(before?.trends, response.trends),
          insights: reuseUnchanged(before?.insights, response.insights),
          filter: answeredFilter,
        };
      });
    };
    // A worker that can't start or stops on its own never answers: say so rather than wait for good.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      setState({ kind: 'failed', message: event.message || null, filter: pendingFilter.current });
    };
    workerRef.current = worker;
    // The worker rereads only the rows a write changed.
    const stopListening = onJournalWrite((changes) => {
      const message: TrendsChanges = { kind: 'changes', ...changes };
      worker.postMessage(message);
      setJournalVersion((version) => version + 1);
    });
    return () => {
      stopListening();
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  const { fromDay, toDay, sensation, region, activity } = filter;
  useEffect(() => {
    const request: TrendsRequest = {
      kind: 'trends',
      id: ++latest.current,
      filter: { fromDay, toDay, sensation, region, activity },
      wholeJournal,
    };
    pendingFilter.current = request.filter;
    workerRef.current?.postMessage(request);
  }, [fromDay, toDay, sensation, region, activity, wholeJournal, journalVersion]);

  return state;
}
