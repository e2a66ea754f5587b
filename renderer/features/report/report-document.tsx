import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../../shared/paper-size';
import type { ReportModel } from '../../../shared/report/report-model';
import type { ReportPreferences } from '../../../shared/report/report-preferences';
import { formattingLocale } from '../../i18n';
import { formatInstant, formatShortDay } from '../../i18n/format';
import { PrintedChartsContext } from '../trends/chart-card';
import { CalendarHeatMap } from '../trends/calendar-heat-map';
import { RegionHeatMap } from '../trends/region-heat-map';
import {
  ActivityChart,
  DoseChart,
  EpisodesChart,
  OnsetChart,
  SeverityChart,
  SeverityLegend,
} from '../trends/trend-charts';
import { ReportLogSection } from './report-log-section';
import { ReportSummaryPage } from './report-summary-page';
import './report.css';

/**
 * The visit report exactly as it is printed: the preview on the Report screen, the browser's print
 * and the desktop's PDF all draw this component, so what the person checks is what the doctor gets.
 * It is laid out on paper colours in either theme.
 */
export function ReportDocument({
  model,
  preferences,
  paper,
}: {
  model: ReportModel;
  preferences: ReportPreferences;
  paper: PaperSize;
}) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  const includes = (section: ReportPreferences['sections'][number]) => preferences.sections.includes(section);
  const questions = preferences.questions.trim();
  const name = preferences.personName.trim();
  const sample = model.summary.totals.sampleEntries;
  return (
    <article className={`report-document paper-${paper.toLowerCase()}`} aria-label={t('report.document.label')}>
      <section className="report-page-one">
        <header className="report-header">
          <p className="report-kicker">
            {t('report.document.generated', { date: formatInstant(model.generatedAt.instant, locale) })}
          </p>
          <h1>{t('report.document.heading')}</h1>
          {name !== '' && <p className="report-person">{t('report.document.for', { name })}</p>}
          <p className="report-period">
            {t('report.document.period', {
              from: formatShortDay(model.range.fromDay, locale),
              to: formatShortDay(model.range.toDay, locale),
              count: model.range.days,
            })}
          </p>
        </header>
        {sample > 0 && (
          <p className="report-sample-warning" role="note">
            {t('report.document.sampleWarning', { count: sample })}
          </p>
        )}
        {includes('questions') && questions !== '' && (
          <section className="report-block report-questions" aria-labelledby="report-questions">
            <h2 id="report-questions">{t('report.document.questions')}</h2>
            <ul>
              {questions
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== '')
                .map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
            </ul>
          </section>
        )}
        {includes('summary') && <ReportSummaryPage model={model} />}
      </section>
      {includes('charts') && model.summary.totals.episodes + model.summary.totals.sessions > 0 && (
        <section className="report-section report-charts" aria-labelledby="report-charts-title">
          <h2 id="report-charts-title">{t('report.document.chartsTitle')}</h2>
          <PrintedChartsContext value={true}>
            <SeverityLegend data={model.charts} />
            <div className="report-chart-list">
              <SeverityChart data={model.charts} />
              <EpisodesChart data={model.charts} />
              <ActivityChart data={model.charts} />
              <OnsetChart data={model.charts} />
              <RegionHeatMap data={model.charts} />
              <CalendarHeatMap data={model.charts} />
              <DoseChart data={model.charts} />
            </div>
          </PrintedChartsContext>
        </section>
      )}
      {includes('log') && model.log.length > 0 && <ReportLogSection log={model.log} />}
    </article>
  );
}
