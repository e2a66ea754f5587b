import { useEffect, useState, type DependencyList } from 'react';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import { onJournalWrite } from '../../db/changes';
import type { JournalDatabase } from '../../db/database';
import { WHOLE_ROWS, refreshEntries, type InstantSpan } from '../../db/queries';

/** The rows the timeline shows: a span of the journal, and whether there is more before it. */
export interface JournalWindow {
  readonly sessions: readonly ExerciseSession[];
  readonly symptoms: readonly SymptomEntry[];
  readonly hasOlder: boolean;
  readonly span: InstantSpan;
}

/**
 * The timeline's rows, read by `load` and then kept up to date write by write: a write reads
 * again only the rows it changed (Dexie reports their keys, also for writes in other windows), so
 * a new symptom shows without reading the whole window again. A write Dexie can't name row by
 * row (clearing a table, or a page restored from the back/forward cache) loads the window again.
 * `load` runs again when `deps` change; until then the rows shown are the previous ones.
 */
export function useJournalWindow(
  db: JournalDatabase,
  load: () => Promise<JournalWindow>,
  deps: DependencyList,
): JournalWindow | undefined {
  const [held, setHeld] = useState<JournalWindow>();
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let current: JournalWindow | null = null;
    let active = true;
    // One step at a time, in order: a change must land in the rows of the load before it.
    let queue = Promise.resolve();
    const run = (step: () => Promise<JournalWindow | null>) => {
      queue = queue.then(step).then(
        (next) => {
          if (next === null) return;
          current = next;
          if (active) setHeld(next);
        },
        (error: unknown) => {
          if (active) setFailure(error);
        },
      );
    };
    run(load);
    const stopListening = onJournalWrite(({ sessions, symptoms }) => {
      if (sessions === 'all' || symptoms === 'all') {
        run(load);
        return;
      }
      run(async () => {
        if (current === null) return null;
        const refreshed = await refreshEntries(db, current, current.span, { sessions, symptoms }, WHOLE_ROWS);
        return { ...current, ...refreshed };
      });
    });
    return () => {
      active = false;
      stopListening();
    };
    // `load` is new on every render; `deps` say when it reads something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, ...deps]);

  // As with a live query: a journal that can't be read is an error for the screen, not an empty list.
  if (failure !== null) throw failure;
  return held;
}
