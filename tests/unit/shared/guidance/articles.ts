import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled articles as the app reads them: the unchanged files in shared/content/articles. */
const ARTICLES_DIR = fileURLToPath(new URL('../../../../shared/content/articles/', import.meta.url));

export interface BundledSource {
  /** The file's name without `.txt`, as the app uses it for the article's id. */
  readonly id: string;
  readonly sourceName: string;
  readonly raw: string;
}

export const BUNDLED_SOURCES: readonly BundledSource[] = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((sourceName) => ({
    id: sourceName.replace(/\.txt$/u, ''),
    sourceName,
    raw: readFileSync(`${ARTICLES_DIR}${sourceName}`, 'utf8'),
  }));

export function bundledSource(id: string): BundledSource {
  const found = BUNDLED_SOURCES.find((source) => source.id === id);
  if (found === undefined) throw new Error(`No bundled article ${id}`);
  return found;
}
