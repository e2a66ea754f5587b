import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { rankSections, type GuidanceQuery, type ReasonPart } from '../../../shared/guidance/ranking';
import type { ArticleLanguage } from '../../../shared/guidance/types';
import { translateKey } from '../../i18n';
import { activityLabel } from '../journal/labels';
import { guidanceHref } from './guidance-links';
import { NotAdviceNote } from './not-advice-note';
import { useArticles } from './use-articles';

/** "numbness · calf · after yoga · held positions": why this section is shown, in the person's words. */
export function reasonLine(t: TFunction, parts: readonly ReasonPart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'sensation':
          return translateKey(`vocabulary.sensation.${part.id}`).toLocaleLowerCase();
        case 'region':
          return translateKey(`vocabulary.region.${part.id}`).toLocaleLowerCase();
        case 'activity':
          return t('guidance.linked.after', { activity: activityLabel(t, part.id).toLocaleLowerCase() });
        case 'factor':
          return translateKey(`guidance.factor.${part.id}`);
        case 'section-kind':
          return translateKey(`guidance.kind.${part.id}`);
      }
    })
    .join(' · ');
}

/**
 * The sections most worth reading for a symptom, each with why it was chosen. A section opens in
 * place; the whole article is one link away.
 */
export function LinkedGuidance({
  query,
  linksToArticles,
}: {
  query: GuidanceQuery;
  /** Off inside a form: leaving for the library would close the form. */
  linksToArticles: boolean;
}) {
  const { t, i18n } = useTranslation();
  const articles = useArticles();
  const ranked = rankSections(articles, query, i18n.language as ArticleLanguage);
  return (
    <section className="linked-guidance" aria-label={t('guidance.linked.title')}>
      <h3 className="field-heading">{t('guidance.linked.title')}</h3>
      {ranked.length === 0 ? (
        <p className="muted">{t('guidance.linked.none')}</p>
      ) : (
        <ul className="linked-list">
          {ranked.map(({ ref, article, section, reason }) => (
            <li key={`${ref.articleId}/${ref.sectionId}`}>
              <details className="linked-item">
                <summary>
                  <span className="linked-heading" lang={article.language}>
                    {section.heading ?? article.title}
                  </span>
                  <span className="linked-reason">{reasonLine(t, reason)}</span>
                </summary>
                <div className="linked-body" lang={article.language}>
                  {section.paragraphs.map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                </div>
                {linksToArticles && (
                  <a className="linked-more" href={guidanceHref(ref)}>
                    {t('guidance.linked.readArticle')}
                    <span lang={article.language}>{`: ${article.title}`}</span>
                  </a>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      <NotAdviceNote />
    </section>
  );
}
