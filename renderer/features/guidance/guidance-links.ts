import type { SectionRef } from '../../../shared/guidance/types';
import { hrefFor } from '../shell/use-hash-route';

/** `#/guidance/<article>~<section>` opens an article at a section. */
const SECTION_SEPARATOR = '~';

export function guidanceHref(ref: { articleId: string; sectionId?: string }): string {
  return hrefFor(
    'guidance',
    ref.sectionId === undefined ? ref.articleId : `${ref.articleId}${SECTION_SEPARATOR}${ref.sectionId}`,
  );
}

export function parseGuidanceAction(action: string): Partial<SectionRef> {
  if (action === '') return {};
  const [articleId = '', sectionId] = decodeURIComponent(action).split(SECTION_SEPARATOR);
  return sectionId === undefined ? { articleId } : { articleId, sectionId };
}
