import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSearchIndex, searchGuidance, translationsOf, type SearchHit } from '../../../shared/guidance/search';
import type { Article } from '../../../shared/guidance/types';
import { useServices } from '../../app-services';
import { formattingLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { guidanceHref } from './guidance-links';

/** Notes are read only once the person searches, so opening the library stays instant. */
function useNotes(enabled: boolean) {
  const { db } = useServices();
  return useLiveQuery(
    async () =>
      enabled
        ? {
            sessions: await db.sessions.filter((session) => session.notes !== '').toArray(),
            symptoms: await db.symptoms.filter((symptom) => symptom.notes !== '').toArray(),
          }
        : { sessions: [], symptoms: [] },
    [db, enabled],
  );
}

export function GuidanceSearch({ articles }: { articles: readonly Article[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const notes = useNotes(query.trim() !== '');
  const index = useMemo(() => (notes === undefined ? undefined : buildSearchIndex(articles, notes)), [articles, notes]);
  const hits = useMemo(
    () => (index === undefined || query.trim() === '' ? [] : searchGuidance(index, query, translationsOf)),
    [index, query],
  );
  const notesById = useMemo(() => {
    const byId = new Map<string, string>();
    for (const entry of [...(notes?.sessions ?? []), ...(notes?.symptoms ?? [])]) byId.set(entry.id, entry.notes);
    return byId;
  }, [notes]);
  const sections = hits.filter((hit): hit is Extract<SearchHit, { kind: 'section' }> => hit.kind === 'section');
  const entries = hits.filter((hit): hit is Exclude<SearchHit, { kind: 'section' }> => hit.kind !== 'section');

  return (
    <div className="guidance-search">
      <div className="field">
        <label htmlFor="guidance-search">{t('guidance.search.label')}</label>
        <input
          id="guidance-search"
          type="search"
          placeholder={t('guidance.search.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {query.trim() !== '' && (
        <div className="search-results" role="region" aria-label={t('guidance.search.resultsTitle')}>
          <p role="status" className="muted">
            {hits.length === 0 ? t('guidance.search.none') : t('guidance.search.results', { count: hits.length })}
          </p>
          {sections.length > 0 && (
            <>
              <h2 className="field-heading">{t('guidance.search.articles')}</h2>
              <ul className="search-list">
                {sections.map((hit) => (
                  <li key={`${hit.ref.articleId}/${hit.ref.sectionId}`}>
                    <a href={guidanceHref(hit.ref)} lang={hit.language}>
                      {hit.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {entries.length > 0 && (
            <>
              <h2 className="field-heading">{t('guidance.search.notes')}</h2>
              <ul className="search-list">
                {entries.map((hit) => (
                  <li key={hit.entryId}>
                    <span className="muted">
                      {t(hit.kind === 'session' ? 'guidance.search.workout' : 'guidance.search.symptom', {
                        date: formatInstant(hit.at, formattingLocale()),
                      })}
                    </span>{' '}
                    <span className="search-note">{notesById.get(hit.entryId)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
