import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildArticle } from '../../../shared/guidance/pipeline';
import type { Article } from '../../../shared/guidance/types';
import { useServices } from '../../app-services';

/**
 * The bundled articles, straight from the unchanged source files. Every `.txt` in the folder is
 * an article: adding one needs no code.
 */
const BUNDLED_SOURCES = import.meta.glob<string>('../../../shared/content/articles/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let bundled: readonly Article[] | null = null;

/**
 * The bundled articles, parsed and tagged the first time they are needed rather than when this
 * module loads (some tens of milliseconds): the Trends screen loads it for the insights' links,
 * which come after its charts.
 */
function bundledArticles(): readonly Article[] {
  bundled ??= Object.entries(BUNDLED_SOURCES)
    .map(([path, raw]) => {
      const sourceName = path.slice(path.lastIndexOf('/') + 1);
      return buildArticle(raw, { id: sourceName.replace(/\.txt$/, ''), sourceName, origin: 'bundled' });
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return bundled;
}

/** Every article in the library: the bundled ones, then those the person imported, newest first. */
export function useArticles(): readonly Article[] {
  const { db } = useServices();
  const imported = useLiveQuery(() => db.articles.orderBy('importedAt').reverse().toArray(), [db]);
  return useMemo(
    () => [
      ...bundledArticles(),
      ...(imported ?? []).map((row) =>
        buildArticle(row.text, { id: row.id, sourceName: row.sourceName, origin: 'imported' }),
      ),
    ],
    [imported],
  );
}
