import { useTranslation } from 'react-i18next';
import { emergencyNumberFor } from '../../../shared/guidance/emergency';
import type { TriageResult } from '../../../shared/guidance/triage';
import { formattingLocale, translateKey } from '../../i18n';
import { guidanceHref } from './guidance-links';
import { useArticles } from './use-articles';

/**
 * What triage found, said plainly. Urgent is an alert, announced the moment it appears, and names
 * the emergency number where the person is; "see a doctor" is a calmer note. Self-care shows nothing
 * here: the linked guidance covers it.
 */
export function TriageAlert({
  result,
  linksToArticles,
  announce = true,
}: {
  result: TriageResult;
  /** Off inside a form: leaving for the library would close the form. */
  linksToArticles: boolean;
  /** On where it appears as the person acts (the form); a stored entry's finding is read, not announced. */
  announce?: boolean;
}) {
  const { t } = useTranslation();
  const articles = useArticles();
  if (result.level === 'self-care') return null;
  const reasons = result.reasons.filter((reason) => reason.level === result.level);
  const number = emergencyNumberFor(formattingLocale());
  const sourceTitle = (articleId: string, sectionId: string) => {
    const article = articles.find((candidate) => candidate.id === articleId);
    const section = article?.sections.find((candidate) => candidate.id === sectionId);
    return { article, label: section?.heading ?? article?.title ?? articleId };
  };

  return (
    <div
      // A new element when the level changes, so a screen reader announces it as the alert it became.
      key={result.level}
      className={result.level === 'urgent' ? 'triage triage-urgent' : 'triage triage-see-doctor'}
      role={announce ? (result.level === 'urgent' ? 'alert' : 'status') : 'note'}
    >
      <p className="triage-title">
        {result.level === 'urgent' ? t('triage.urgent.title') : t('triage.seeDoctor.title')}
      </p>
      {result.level === 'urgent' ? (
        <p className="triage-call">
          {number === null ? t('triage.urgent.callUnknown') : t('triage.urgent.call', { number })}
        </p>
      ) : (
        <p>{t('triage.seeDoctor.body')}</p>
      )}
      <ul className="triage-reasons" aria-label={t('triage.why')}>
        {reasons.map((reason) => (
          <li key={reason.code}>
            {translateKey(`triage.reason.${reason.code}`)}{' '}
            {reason.sources.map((source) => {
              const { article, label } = sourceTitle(source.articleId, source.sectionId);
              const key = `${source.articleId}/${source.sectionId}`;
              return linksToArticles ? (
                <a key={key} className="triage-source" href={guidanceHref(source)} lang={article?.language}>
                  {label}
                </a>
              ) : (
                <cite key={key} className="triage-source" lang={article?.language}>
                  {label}
                </cite>
              );
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
