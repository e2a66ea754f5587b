import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/guidance/types';
import { useServices } from '../../app-services';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { useHashAction } from '../shell/use-hash-route';
import { ArticleReader } from './article-reader';
import { guidanceHref, parseGuidanceAction } from './guidance-links';
import { ImportArticle } from './import-article';
import { NotAdviceNote } from './not-advice-note';
import { GuidanceSearch } from './guidance-search';
import { TopicList } from './topic-list';
import { useArticles } from './use-articles';

export function GuidanceScreen() {
  const { t } = useTranslation();
  const { backups } = useServices();
  const [removing, setRemoving] = useState<Article | null>(null);
  const articles = useArticles();
  const { articleId, sectionId } = parseGuidanceAction(useHashAction());
  const [importing, setImporting] = useState(false);
  const open = articles.find((article) => article.id === articleId) ?? articles[0];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header journal-header">
        <div>
          <h1 id="screen-title">{t('guidance.title')}</h1>
          <NotAdviceNote />
        </div>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('guidance.import.open')}
          </button>
        </div>
      </header>
      <GuidanceSearch articles={articles} />
      <div className="guidance-layout">
        <nav className="library" aria-label={t('guidance.library')}>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <a
                  className="library-item"
                  href={guidanceHref({ articleId: article.id })}
                  aria-current={article.id === open?.id ? 'page' : undefined}
                >
                  <span className="library-title" lang={article.language}>
                    {article.title}
                  </span>
                  <span className="library-meta">
                    <abbr className="language-badge" title={t(`guidance.language.${article.language}`)}>
                      {article.language.toUpperCase()}
                    </abbr>
                    {article.origin === 'imported' && <span className="tag">{t('guidance.yourArticle')}</span>}
                  </span>
                  <TopicList article={article} limit={4} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {open !== undefined && (
          <ArticleReader
            key={open.id}
            article={open}
            sectionId={open.id === articleId ? sectionId : undefined}
            {...(open.origin === 'imported' ? { onRemove: () => setRemoving(open) } : {})}
          />
        )}
        <ConfirmDialog
          open={removing !== null}
          title={t('guidance.import.remove')}
          confirmLabel={t('guidance.import.confirmRemoveButton')}
          destructive
          onConfirm={() => {
            const article = removing;
            setRemoving(null);
            if (article !== null)
              void backups
                .removeArticle(article.id)
                .then(() => (window.location.hash = guidanceHref({ articleId: '' })));
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('guidance.import.confirmRemove', { title: removing?.title ?? '' })}</p>
        </ConfirmDialog>
      </div>
      <ImportArticle open={importing} onClose={() => setImporting(false)} />
    </section>
  );
}
