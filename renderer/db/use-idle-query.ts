import { useEffect, useState, type DependencyList } from 'react';
import { onJournalWrite } from './changes';

/** At most this long after a write before the read runs again, however busy the window is. */
const IDLE_TIMEOUT_MS = 1000;

export type IdleQueryResult<T> = { readonly value: T } | { readonly failure: unknown };

/**
 * Runs `run` once the window is idle, and shown: a window in the background (a tab behind another,
 * a minimised window) reads again only when it is shown, rather than competing with the one in use.
 */
function whenWindowIdle(run: () => void): () => void {
  let handle: number | undefined;
  const onShown = () => {
    if (document.visibilityState === 'hidden') return;
    document.removeEventListener('visibilitychange', onShown);
    handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  };
  document.addEventListener('visibilitychange', onShown);
  onShown();
  return () => {
    document.removeEventListener('visibilitychange', onShown);
    if (handle !== undefined) cancelIdleCallback(handle);
  };
}

/**
 * Runs `read` now, and again once the window is idle after each write to the journal (writes that
 * come together cause one read), handing each result to `onResult`. Reads can overlap (a write
 * during a read starts another), and only the latest one's result is handed on. Returns the way to
 * stop, after which nothing more is handed on. Apart from React, so it can be tested.
 */
export function readAfterWrites<T>(
  read: () => Promise<T>,
  onResult: (result: IdleQueryResult<T>) => void,
  listen: (onWrite: () => void) => () => void = onJournalWrite,
  whenIdle: (run: () => void) => () => void = whenWindowIdle,
): () => void {
  let active = true;
  let cancelPending: (() => void) | undefined;
  let latest = 0;
  const run = () => {
    cancelPending = undefined;
    const mine = ++latest;
    const settle = (result: IdleQueryResult<T>) => {
      if (active && mine === latest) onResult(result);
    };
    read().then(
      (value) => settle({ value }),
      (failure: unknown) => settle({ failure }),
    );
  };
  run();
  const stopListening = listen(() => {
    cancelPending ??= whenIdle(run);
  });
  return () => {
    active = false;
    stopListening();
    cancelPending?.();
  };
}

/**
 * Like Dexie's `useLiveQuery` for reads of workouts and symptoms, but read again once the window is
 * idle after a write (in this window or another), within a second, rather than at once, and in a
 * window in the background only once it is shown. For reads
 * that can wait a moment, such as lists in the filters or the symptom form's history: run right
 * after a new entry is saved, they held up the reads that show that entry in the timeline and the
 * charts. Undefined until the first read is done; a read that fails is thrown to the screen.
 */
export function useIdleQuery<T>(read: () => Promise<T>, deps: DependencyList): T | undefined {
  const [result, setResult] = useState<IdleQueryResult<T>>();
  // As for useLiveQuery, `deps` say when `read` reads something else.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => readAfterWrites(read, setResult), deps);
  if (result !== undefined && 'failure' in result) throw result.failure;
  return result?.value;
}
