import { startTransition, useEffect, useRef, useState } from 'react';
import type { TrendData, TrendFilter } from '../../../shared/trends/aggregate';
import type { InsightSet } from '../../../shared/trends/insights';
import { sameTrendFilter } from '../../../shared/trends/range';
import { reuseUnchanged } from '../../../shared/trends/reuse-unchanged';
import { trendsClient } from './trends-client';

export type TrendsState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'ready';
      readonly trends: TrendData;
      /** Null while the insights of a new period or filter are still being worked out. */
      readonly insights: InsightSet | null;
      readonly filter: TrendFilter;
    }
  /** `message` is null when the worker stopped without saying why. */
  | { readonly kind: 'failed'; readonly message: string | null; readonly filter: TrendFilter };

/**
 * The Trends screen's data, aggregated by the window's Trends worker. Only the newest request's
 * answer is shown, so a quick change of range never flashes an older one; a new entry anywhere
 * updates the charts.
 */
export function useTrends(filter: TrendFilter, wholeJournal: boolean): TrendsState {
  const [client] = useState(trendsClient);
  /** The id of the newest request; replies to any other are dropped. */
  const latest = useRef(0);
  /** The filter of the newest request, which its answer is shown with. */
  const pendingFilter = useRef(filter);
  const [state, setState] = useState<TrendsState>({ kind: 'loading' });
  /** Bumped whenever a workout or symptom is written, here or in another window, to ask again. */
  const [journalVersion, setJournalVersion] = useState(0);

  useEffect(
    () =>
      client.listen({
        onResponse: (response) => {
          if (response.id !== latest.current) return;
          const answeredFilter = pendingFilter.current;
          // Parts equal to those on screen are kept as they are, so only the charts whose numbers
          // changed draw again. The insights, which often come in while the charts are still being
          // drawn, are shown as a transition: React finishes the charts first.
          const update = response.ok && response.part === 'insights' ? startTransition : (run: () => void) => run();
          update(() =>
            setState((shown) => {
              if (!response.ok) return { kind: 'failed', message: response.message, filter: answeredFilter };
              const before = shown.kind === 'ready' ? shown : undefined;
              if (response.part === 'insights') {
                return before === undefined
                  ? shown
                  : { ...before, insights: reuseUnchanged(before.insights ?? undefined, response.insights) };
              }
              // After a write the insights shown stay until the new ones come; another period's go.
              const keepInsights = before !== undefined && sameTrendFilter(before.filter, answeredFilter);
              return {
                kind: 'ready',
                trends: reuseUnchanged(before?.trends, response.trends),
                insights: keepInsights ? before.insights : null,
                filter: answeredFilter,
              };
            }),
          );
        },
        onFailure: (message) => setState({ kind: 'failed', message, filter: pendingFilter.current }),
        onJournalWrite: () => setJournalVersion((version) => version + 1),
      }),
    [client],
  );

  const { fromDay, toDay, sensation, region, activity } = filter;
  useEffect(() => {
    const asked = { fromDay, toDay, sensation, region, activity };
    pendingFilter.current = asked;
    latest.current = client.ask(asked, wholeJournal);
  }, [client, fromDay, toDay, sensation, region, activity, wholeJournal, journalVersion]);

  return state;
}
