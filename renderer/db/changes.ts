import { RangeSet, type ObservabilitySet } from 'dexie';

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
