import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightSet } from '../../../shared/trends/insights';
import { MIN_SESSIONS_EACH_SIDE } from '../../../shared/trends/insights';
import type { Article, ArticleLanguage, SectionRef } from '../../../shared/guidance/types';
import { formattingLocale, translateKey } from '../../i18n';
import { guidanceHref } from '../guidance/guidance-links';
import { useArticles } from '../guidance/use-articles';
import { activityLabel, sensationLabel } from '../journal/labels';

/** How many comparisons are listed; the rest are the weaker ones. */
const SHOWN = 8;

/** The section that says most about a factor, in the person's language first. */
function sectionAbout(
  articles: readonly Article[],
  factor: string,
  language: ArticleLanguage,
): { ref: SectionRef; article: Article; heading: string } | null {
  let best: { ref: SectionRef; article: Article; heading: string; score: number } | null = null;
  for (const article of articles) {
    for (const section of article.sections) {
      const position = (section.tags.factors as readonly string[]).indexOf(factor);
      if (position === -1) continue;
      const score = (article.language === language ? 10 : 0) - position;
      if (best === null || score > best.score) {
        best = {
          ref: { articleId: article.id, sectionId: section.id },
          article,
          heading: section.heading ?? article.title,
          score,
        };
      }
    }
  }
  return best;
}

function percent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** `set` is null while the comparisons are still being worked out (they follow the charts). */
export const InsightsPanel = memo(function InsightsPanel({ set }: { set: InsightSet | null }) {
  const { t } = useTranslation();
  return (
    <section className="card insights" aria-labelledby="insights-title" aria-busy={set === null}>
      <h2 id="insights-title">{t('trends.insights.title')}</h2>
      <p className="muted">{t('trends.insights.explain', { min: MIN_SESSIONS_EACH_SIDE })}</p>
      {/* There from the start, so that screen readers hear when the comparisons are being worked out. */}
      <p className="muted insights-progress" role="status">
        {set === null ? t('trends.insights.working') : ''}
      </p>
      {set !== null && <InsightList set={set} />}
    </section>
  );
});

function InsightList({ set }: { set: InsightSet }) {
  const { t, i18n } = useTranslation();
  const articles = useArticles();
  const locale = formattingLocale();
  const shown = set.insights.filter((insight) => insight.difference > 0).slice(0, SHOWN);
  const symptoms =
    set.sensation === null ? t('trends.insights.symptoms') : sensationLabel(t, set.sensation).toLocaleLowerCase();

  const sentence = (insight: Insight) => {
    const subject =
      insight.subject.kind === 'factor'
        ? {
            with: translateKey(`trends.insights.factor.${insight.subject.factor}.with`),
            without: translateKey(`trends.insights.factor.${insight.subject.factor}.without`),
          }
        : {
            with: t('trends.insights.activityWith', {
              activity: activityLabel(t, insight.subject.activity).toLocaleLowerCase(),
            }),
            without: t('trends.insights.activityWithout'),
          };
    return t('trends.insights.sentence', {
      symptoms,
      window: translateKey(`trends.insights.window.${insight.window}`),
      followedWith: insight.with.followed,
      totalWith: insight.with.total,
      with: subject.with,
      followedWithout: insight.without.followed,
      totalWithout: insight.without.total,
      without: subject.without,
    });
  };

  return (
    <>
      {shown.length === 0 ? (
        <p>{t('trends.insights.none')}</p>
      ) : (
        <ol className="insight-list">
          {shown.map((insight) => {
            const source =
              insight.subject.kind === 'factor'
                ? sectionAbout(articles, insight.subject.factor, i18n.language as ArticleLanguage)
                : null;
            return (
              <li
                key={`${insight.subject.kind}:${insight.subject.kind === 'factor' ? insight.subject.factor : insight.subject.activity}:${insight.window}`}
              >
                <p className="insight-sentence">{sentence(insight)}</p>
                <p className="insight-rates">
                  <span>
                    {t('trends.insights.rates', {
                      with: percent(insight.rateWith, locale),
                      without: percent(insight.rateWithout, locale),
                    })}
                  </span>
                  <span className="rate-bars" aria-hidden="true">
                    <span className="rate-bar rate-with" style={{ width: `${Math.round(insight.rateWith * 100)}%` }} />
                    <span
                      className="rate-bar rate-without"
                      style={{ width: `${Math.round(insight.rateWithout * 100)}%` }}
                    />
                  </span>
                </p>
                {source !== null && (
                  <a className="insight-source" href={guidanceHref(source.ref)}>
                    {t('trends.insights.read')} <span lang={source.article.language}>{source.heading}</span>
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {set.notEnoughData.length > 0 && (
        <p className="muted">
          {t('trends.insights.hidden', {
            count: new Set(set.notEnoughData.map((row) => JSON.stringify(row.subject))).size,
            min: MIN_SESSIONS_EACH_SIDE,
          })}
        </p>
      )}
    </>
  );
}
