import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { DB_NAME } from './database';

export type JournalTable = 'sessions' | 'symptoms';

/**
 * The ids of the rows a write changed or deleted in one table, read from Dexie's `storagemutated`
 * report (also sent for writes in other tabs), so a reader can fetch just those rows again. 'all'
 * when the write covered a range of keys (clearing the table, say) rather than single rows, or when
 * Dexie can't say what changed; empty
 * when the table was not touched.
 */
export function changedKeys(
  parts: ObservabilitySet,
  databaseName: string,
  table: JournalTable,
): readonly string[] | 'all' {
  // Dexie says "all" when it may have missed writes (a page restored from the back/forward cache).
  if (parts['all'] !== undefined) return 'all';
  const keys = new Set<string>();
  // '' lists the primary keys of written rows, ':dels' those of deleted ones.
  for (const part of [`idb://${databaseName}/${table}/`, `idb://${databaseName}/${table}/:dels`]) {
    const tree = parts[part];
    if (tree === undefined) continue;
    // Called without `new`, RangeSet wraps an existing tree instead of making a range of it.
    for (const { from, to } of RangeSet(tree)) {
      if (typeof from !== 'string' || from !== to) return 'all';
      keys.add(from);
    }
  }
  return [...keys];
}

/** The workouts and symptoms one write changed, by id, or 'all' for a table Dexie can't name rows of. */
export interface JournalChanges {
  readonly sessions: readonly string[] | 'all';
  readonly symptoms: readonly string[] | 'all';
}

/**
 * Calls `listener` after every write to the journal's workouts or symptoms, in this window or
 * another, with what it changed; writes to nothing else (settings, a screen saving its own view)
 * are left out. Returns the way to stop listening.
 */
export function onJournalWrite(listener: (changes: JournalChanges) => void): () => void {
  const onMutated = (parts: ObservabilitySet) => {
    const changes: JournalChanges = {
      sessions: changedKeys(parts, DB_NAME, 'sessions'),
      symptoms: changedKeys(parts, DB_NAME, 'symptoms'),
    };
    if (changes.sessions.length > 0 || changes.symptoms.length > 0) listener(changes);
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
