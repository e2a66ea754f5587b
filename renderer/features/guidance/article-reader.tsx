import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/guidance/types';
import { NotAdviceNote } from './not-advice-note';
import { TopicList } from './topic-list';

interface ArticleReaderProps {
  readonly article: Article;
  readonly sectionId?: string | undefined;
  readonly onRemove?: () => void;
}

/**
 * One article, set for reading: a comfortable measure, its own language on the element (so screen
 * readers pronounce it right), and a table of contents that moves within the page.
 */
export function ArticleReader({ article, sectionId, onRemove }: ArticleReaderProps) {
  const { t, i18n } = useTranslation();
  const rootRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const target =
      sectionId === undefined ? null : rootRef.current?.querySelector(`[data-section="${CSS.escape(sectionId)}"]`);
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    } else {
      rootRef.current?.scrollTo({ top: 0 });
    }
  }, [article.id, sectionId]);

  const headed = article.sections.filter((section) => section.heading !== null);
  const sectionDomId = (id: string) => `section-${article.id}-${id}`;

  return (
    <article ref={rootRef} className="reader" lang={article.language} aria-labelledby={`title-${article.id}`}>
      <header className="reader-header">
        <h2 id={`title-${article.id}`} className="reader-title">
          {article.title}
        </h2>
        <p className="muted reader-source" lang={i18n.language}>
          {article.origin === 'bundled'
            ? t('guidance.source.bundled', { file: article.sourceName })
            : t('guidance.source.imported', { file: article.sourceName })}
          {article.titleGenerated && ` ${t('guidance.source.titleGiven')}`}
        </p>
        <NotAdviceNote />
        <TopicList article={article} />
        {onRemove !== undefined && (
          <button type="button" className="button button-small" lang={i18n.language} onClick={onRemove}>
            {t('guidance.import.remove')}
          </button>
        )}
      </header>
      {headed.length > 1 && (
        <nav className="reader-toc" aria-label={t('guidance.contents')} lang={i18n.language}>
          <ol>
            {headed.map((section) => (
              <li key={section.id}>
                <a
                  lang={article.language}
                  href={`#${sectionDomId(section.id)}`}
                  onClick={(event) => {
                    // The URL hash names the screen; moving within the article must not change it.
                    event.preventDefault();
                    const target = document.getElementById(sectionDomId(section.id));
                    target?.scrollIntoView({ block: 'start' });
                    target?.focus({ preventScroll: true });
                  }}
                >
                  {section.heading}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="reader-body">
        {article.sections.map((section) => (
          <section
            key={section.id}
            id={sectionDomId(section.id)}
            data-section={section.id}
            tabIndex={-1}
            className="reader-section"
            aria-label={section.heading ?? undefined}
          >
            {section.heading !== null && <h3>{section.heading}</h3>}
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        ))}
      </div>
    </article>
  );
}
