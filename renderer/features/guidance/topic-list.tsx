import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/guidance/types';
import { translateKey } from '../../i18n';

/** The sensations and body regions an article covers, most mentioned first. */
export function articleTopics(article: Article): { sensations: string[]; regions: string[] } {
  const count = (values: readonly string[], counts: Map<string, number>) => {
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  const sensations = new Map<string, number>();
  const regions = new Map<string, number>();
  for (const section of article.sections) {
    count(section.tags.sensations, sensations);
    count(section.tags.regions, regions);
  }
  const ordered = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
  return { sensations: ordered(sensations), regions: ordered(regions) };
}

export function TopicList({ article, limit = 6 }: { article: Article; limit?: number }) {
  const { t, i18n } = useTranslation();
  const topics = articleTopics(article);
  const words = [
    ...topics.sensations.map((id) => translateKey(`vocabulary.sensation.${id}`)),
    ...topics.regions.map((id) => translateKey(`vocabulary.region.${id}`)),
  ].slice(0, limit);
  if (words.length === 0) return null;
  return (
    <ul className="topic-list" aria-label={t('guidance.topics')} lang={i18n.language}>
      {words.map((word) => (
        <li key={word} className="tag">
          {word}
        </li>
      ))}
    </ul>
  );
}
