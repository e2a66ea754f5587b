import { useEffect, useState, type DependencyList } from 'react';
import { onJournalWrite } from './changes';

/** At most this long after a write before the read runs again, however busy the window is. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Like Dexie's `useLiveQuery` for reads of workouts and symptoms, but read again once the window is
 * idle after a write (in this window or another), within a second, rather than at once. For reads
 * that can wait a moment, such as lists in the filters or the symptom form's history: run right
 * after a new entry is saved, they held up the reads that show that entry in the timeline and the
 * charts. Undefined until the first read is done; a read that fails is thrown to the screen.
 */
export function useIdleQuery<T>(read: () => Promise<T>, deps: DependencyList): T | undefined {
  const [result, setResult] = useState<{ readonly value: T } | { readonly failure: unknown }>();
  useEffect(() => {
    let active = true;
    let pending: number | undefined;
    const run = () => {
      pending = undefined;
      read().then(
        (value) => active && setResult({ value }),
        (failure: unknown) => active && setResult({ failure }),
      );
    };
    run();
    const stopListening = onJournalWrite(() => {
      pending ??= requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    });
    return () => {
      active = false;
      stopListening();
      if (pending !== undefined) cancelIdleCallback(pending);
    };
    // As for useLiveQuery, `deps` say when `read` reads something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (result !== undefined && 'failure' in result) throw result.failure;
  return result?.value;
}
