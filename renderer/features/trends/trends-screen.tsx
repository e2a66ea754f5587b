import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TRENDS_VIEW, type TrendsView } from '../../../shared/domain/records';
import { localDayOf, stampFromDate } from '../../../shared/domain/local-time';
import { sameTrendFilter, TREND_RANGES, trendFilterOf } from '../../../shared/trends/range';
import { useServices } from '../../app-services';
import { firstDayWithData, readSetting } from '../../db/queries';
import { DayRangeInputs } from '../../components/day-range-inputs';
import { VocabularyFilters } from '../journal/vocabulary-filters';
import { CalendarHeatMap } from './calendar-heat-map';
import { InsightsPanel } from './insights-panel';
import { RegionHeatMap } from './region-heat-map';
import { ActivityChart, DoseChart, EpisodesChart, OnsetChart, SeverityChart, SeverityLegend } from './trend-charts';
import { useTrends } from './use-trends';

/** How long the first charts may take before the screen says it is still reading the journal. */
const SLOW_OPEN_MS = 300;

/** True once the screen has been open for SLOW_OPEN_MS: a quick open never flashes a message. */
function useSlowToOpen(): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_OPEN_MS);
    return () => clearTimeout(timer);
  }, []);
  return slow;
}

export function TrendsScreen() {
  const { db } = useServices();
  const stored = useLiveQuery(async () => (await readSetting(db, 'trendsView')) ?? DEFAULT_TRENDS_VIEW, [db]);
  const firstDay = useLiveQuery(() => firstDayWithData(db), [db]);
  return stored === undefined || firstDay === undefined ? null : <Trends initial={stored} firstDay={firstDay} />;
}

function Trends({ initial, firstDay }: { initial: TrendsView; firstDay: string | null }) {
  const { t } = useTranslation();
  const { repository } = useServices();
  const [view, setView] = useState<TrendsView>(initial);
  const today = localDayOf(stampFromDate(new Date()));
  const filter = trendFilterOf(view, today, firstDay);
  const state = useTrends(filter, view.range === 'all');

  // The chosen view is remembered, so the screen opens as the person left it.
  const save = (next: TrendsView) => {
    setView(next);
    void repository.saveSetting({ key: 'trendsView', value: next });
  };
  const set = <K extends keyof TrendsView>(key: K, value: TrendsView[K]) => save({ ...view, [key]: value });
  // "Custom" starts from the days on screen, so its date fields never sit empty while showing a period.
  const chooseRange = (range: TrendsView['range']) =>
    save({
      ...view,
      ...(range === 'custom' && view.fromDay === '' && view.toDay === ''
        ? { fromDay: filter.fromDay, toDay: filter.toDay }
        : {}),
      range,
    });
  // Answered once the screen shows the view asked for (charts or a failure), not an earlier one.
  const answered = state.kind !== 'loading' && sameTrendFilter(state.filter, filter);
  const ready = answered && state.kind === 'ready';
  const slowToOpen = useSlowToOpen();

  return (
    <section className="screen trends" aria-labelledby="screen-title" data-trends-state={ready ? 'ready' : 'loading'}>
      <header className="screen-header">
        <h1 id="screen-title">{t('trends.title')}</h1>
        <p className="muted">{t('trends.intro')}</p>
      </header>
      <div className="trends-controls">
        <fieldset className="range-picker">
          <legend>{t('trends.range.label')}</legend>
          {TREND_RANGES.map((range) => (
            <label key={range} className="segment-choice">
              <input
                type="radio"
                name="trend-range"
                value={range}
                checked={view.range === range}
                onChange={() => chooseRange(range)}
              />
              <span>{t(`trends.range.${range}`)}</span>
            </label>
          ))}
        </fieldset>
        {view.range === 'custom' && (
          <DayRangeInputs
            idPrefix="trends"
            fromDay={view.fromDay}
            toDay={view.toDay}
            onChange={({ fromDay, toDay }) => save({ ...view, fromDay, toDay })}
          />
        )}
        <VocabularyFilters idPrefix="trends" values={view} onChange={set} />
      </div>
      {/* Outside the busy region, and empty at first, so that screen readers announce it. */}
      <p className="trends-progress muted" role="status">
        {state.kind === 'loading' && slowToOpen ? t('trends.loading') : ''}
      </p>
      {/* While a new period is counted the charts of the last one stay, dimmed if it takes a moment. */}
      <div className="trends-body" aria-busy={!answered}>
        {state.kind === 'failed' && (
          <p className="banner banner-warning" role="alert">
            {state.message === null ? t('trends.stopped') : t('trends.failed', { reason: state.message })}
          </p>
        )}
        {state.kind === 'ready' && state.trends.totals.episodes === 0 && state.trends.totals.sessions === 0 && (
          <div className="empty-state">
            <p>{t('trends.empty')}</p>
          </div>
        )}
        {state.kind === 'ready' && (state.trends.totals.episodes > 0 || state.trends.totals.sessions > 0) && (
          <>
            <p className="trends-totals" role="status">
              {t('trends.totals', {
                workouts: t('trends.workoutCount', { count: state.trends.totals.sessions }),
                symptoms: t('trends.symptomCount', { count: state.trends.totals.episodes }),
              })}
            </p>
            <SeverityLegend data={state.trends} />
            <div className="chart-grid">
              <SeverityChart data={state.trends} />
              <InsightsPanel set={state.insights} />
              <EpisodesChart data={state.trends} />
              <ActivityChart data={state.trends} />
              <RegionHeatMap data={state.trends} />
              <OnsetChart data={state.trends} />
              <CalendarHeatMap data={state.trends} />
              <DoseChart data={state.trends} />
            </div>
          </>
        )}
      </div>
    </section>
  );
}
