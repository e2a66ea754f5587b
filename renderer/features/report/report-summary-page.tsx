import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../shared/report/report-model';
import type { ReportSummary } from '../../../shared/report/report-summary';
import { placeLabel } from '../../components/body-map/place-label';
import { formattingLocale } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { activityLabel, sensationLabel } from '../journal/labels';
import { formatNumber } from '../trends/chart-style';

/** The first page lists the commonest places; the charts pages have every one. */
const FIRST_PAGE_REGIONS = 8;

function delayText(t: TFunction, minutes: number): string {
  return minutes >= 120 && minutes % 60 === 0
    ? t('report.document.hours', { count: minutes / 60 })
    : minutes >= 120
      ? t('report.document.hours', { count: Math.round(minutes / 6) / 10 })
      : t('report.document.minutes', { count: minutes });
}

function SensationTable({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">{t('report.document.sensation')}</th>
          <th scope="col">{t('report.document.entries')}</th>
          <th scope="col">{t('report.document.typical')}</th>
          <th scope="col">{t('report.document.worst')}</th>
          <th scope="col">{t('report.document.previous')}</th>
          <th scope="col">{t('report.document.trend')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.sensations.map((row) => (
          <tr key={row.sensation}>
            <th scope="row">{sensationLabel(t, row.sensation)}</th>
            <td>{formatNumber(row.episodes, locale)}</td>
            <td>{t('report.document.severityOf', { value: formatNumber(row.medianSeverity, locale, 1) })}</td>
            <td>{t('report.document.severityOf', { value: formatNumber(row.worstSeverity, locale) })}</td>
            <td>{formatNumber(row.previousEpisodes, locale)}</td>
            <td>{t(`report.document.trendWord.${row.trend}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExerciseRelation({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  const { exercise, totals } = summary;
  const onsetList = exercise.onset
    .filter((row) => row.episodes > 0)
    .map((row) => `${t(`report.document.onsetKind.${row.kind}`)} ${formatNumber(row.episodes, locale)}`)
    .join(', ');
  return (
    <section className="report-block" aria-labelledby="report-exercise">
      <h3 id="report-exercise">{t('report.document.exercise')}</h3>
      <p>
        {exercise.linkedEpisodes === 0
          ? t('report.document.noneLinked')
          : t('report.document.linked', {
              linked: formatNumber(exercise.linkedEpisodes, locale),
              total: formatNumber(totals.episodes, locale),
              percent: formatNumber(exercise.linkedPercent ?? 0, locale),
            })}
      </p>
      {exercise.activities.length > 0 && (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.document.activity')}</th>
              <th scope="col">{t('report.document.workoutsColumn')}</th>
              <th scope="col">{t('report.document.afterColumn')}</th>
              <th scope="col">{t('report.document.perWorkout')}</th>
            </tr>
          </thead>
          <tbody>
            {exercise.activities.map((row) => (
              <tr key={row.activity}>
                <th scope="row">{activityLabel(t, row.activity)}</th>
                <td>{formatNumber(row.sessions, locale)}</td>
                <td>{formatNumber(row.episodes, locale)}</td>
                <td>{row.episodesPerSession === null ? '–' : formatNumber(row.episodesPerSession, locale, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {exercise.delay.medianMinutes === null
          ? t('report.document.onsetNone')
          : exercise.delay.medianMinutes === 0
            ? t('report.document.onsetImmediate', { count: exercise.delay.episodes })
            : t('report.document.onsetTypical', {
                delay: delayText(t, exercise.delay.medianMinutes),
                count: exercise.delay.episodes,
              })}
        {onsetList !== '' && ` ${t('report.document.onsetKinds', { list: onsetList })}`}
      </p>
    </section>
  );
}

/** Page one: what a doctor reads in the first minute of the visit. */
export function ReportSummaryPage({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  const { summary } = model;
  const { comparison } = summary;
  const regions = summary.regions.slice(0, FIRST_PAGE_REGIONS);
  const moreRegions = summary.regions.length - regions.length;
  if (summary.totals.episodes === 0 && summary.totals.sessions === 0) {
    return <p className="report-block">{t('report.document.nothing')}</p>;
  }
  return (
    <>
      <p className="report-totals">
        {t('report.document.totals', {
          workouts: t('report.document.workouts', { count: summary.totals.sessions }),
          symptoms: t('report.document.symptoms', { count: summary.totals.episodes }),
          days: t('report.document.days', { count: summary.totals.daysWithEpisodes }),
          period: formatNumber(summary.totals.days, locale),
        })}{' '}
        {comparison.firstDay !== null && comparison.firstDay > comparison.fromDay
          ? t('report.document.comparedPartial', {
              count: summary.totals.days,
              first: formatShortDay(comparison.firstDay, locale),
            })
          : t('report.document.compared', {
              count: summary.totals.days,
              from: formatShortDay(comparison.fromDay, locale),
              to: formatShortDay(comparison.toDay, locale),
            })}
      </p>
      {summary.sensations.length > 0 && (
        <section className="report-block" aria-labelledby="report-sensations">
          <h3 id="report-sensations">{t('report.document.sensations')}</h3>
          <SensationTable summary={summary} />
          {summary.previousOnly.map((row) => (
            <p key={row.sensation} className="report-note">
              {t('report.document.previousOnly', {
                count: row.previousEpisodes,
                sensation: sensationLabel(t, row.sensation),
              })}
            </p>
          ))}
        </section>
      )}
      <div className="report-columns">
        {regions.length > 0 && (
          <section className="report-block" aria-labelledby="report-regions">
            <h3 id="report-regions">{t('report.document.regions')}</h3>
            <ul className="report-counts">
              {regions.map((region) => (
                <li key={`${region.region}-${region.side}`}>
                  <span>{placeLabel(t, region)}</span> <strong>{formatNumber(region.episodes, locale)}</strong>
                </li>
              ))}
            </ul>
            {moreRegions > 0 && (
              <p className="report-note">{t('report.document.regionsMore', { count: moreRegions })}</p>
            )}
          </section>
        )}
        <section className="report-block" aria-labelledby="report-helped">
          <h3 id="report-helped">{t('report.document.helped')}</h3>
          {summary.reliefs.length === 0 ? (
            <p>{t('report.document.nothingHelped')}</p>
          ) : (
            <ul className="report-counts">
              {summary.reliefs.map((row) => (
                <li key={row.relief}>
                  <span>{t(`vocabulary.relief.${row.relief}`)}</span>{' '}
                  <strong>{formatNumber(row.episodes, locale)}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ExerciseRelation summary={summary} />
      <section className="report-block" aria-labelledby="report-warnings">
        <h3 id="report-warnings">{t('report.document.warningSigns')}</h3>
        {summary.warningSigns.length === 0 ? (
          <p>{t('report.document.noWarningSigns')}</p>
        ) : (
          <ul className="report-warnings">
            {summary.warningSigns.map((row) => (
              <li key={row.sign} className={`report-warning-${row.level}`}>
                <strong>{t(`vocabulary.warningSign.${row.sign}`)}</strong> ({t(`report.document.level.${row.level}`)}):{' '}
                {row.days.map((day) => formatShortDay(day, locale)).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
