import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  type BaseTickContentProps,
} from 'recharts';
import type { TrendData } from '../../../shared/trends/aggregate';
import {
  busiestBucket,
  calendarCoverage,
  commonestOnset,
  doseHalves,
  topActivity,
  topRegion,
} from '../../../shared/trends/summaries';
import { placeLabel } from '../../components/body-map/place-label';
import { formattingLocale, translateKey } from '../../i18n';
import { activityLabel, sensationLabel } from '../journal/labels';
import { ChartCard, NumbersTable, sameParts } from './chart-card';
import {
  AXIS_COLOR,
  BAR_COLOR,
  GRID_COLOR,
  SERIES_STYLES,
  formatBucket,
  formatNumber,
  markerPath,
  tickInterval,
  type MarkerShape,
} from './chart-style';

// Each chart is memoised on the parts of the answer it reads (`sameParts`): the screen renders again
// when unrelated things change (a live query elsewhere, another chart's numbers), and a chart should
// only redraw when its own numbers do.

/**
 * An axis label drawn as Recharts draws it, less the axis's width, against which it would measure
 * every word of every label in the page, to wrap them: dates and numbers never wrap. (No axis here
 * has a `unit`, which this leaves out.)
 */
function UnwrappedTick({
  x,
  y,
  angle,
  textAnchor,
  verticalAnchor,
  className,
  payload,
  index,
  tickFormatter,
}: BaseTickContentProps) {
  return (
    <Text
      x={x}
      y={y}
      angle={angle}
      textAnchor={textAnchor}
      verticalAnchor={verticalAnchor}
      className={className}
      fill={AXIS_COLOR}
      fontSize={12}
    >
      {tickFormatter === undefined ? String(payload.value) : tickFormatter(payload.value, index)}
    </Text>
  );
}

/**
 * Every tick labelled unless an axis says otherwise: value axes have about five ticks, and a fixed
 * step spares Recharts measuring each label's text in the page to find which fit (see tickInterval).
 */
const AXIS = { stroke: AXIS_COLOR, tick: UnwrappedTick, interval: 0 };
/** For labels that may need two lines: an activity in the person's own words. */
const WRAPPING_AXIS = { ...AXIS, tick: { fill: AXIS_COLOR, fontSize: 12 } };
/**
 * Horizontal grid lines only. Recharts works out where vertical lines would go even when none are
 * drawn, and on its first pass, before it knows the axis's tick step, it measures every date label
 * in the page to do so; asking for none spares that.
 */
const GRID = {
  stroke: GRID_COLOR,
  strokeDasharray: '3 3',
  vertical: false,
  verticalCoordinatesGenerator: () => [],
};
const CHART_HEIGHT = 220;
/** Date labels along a time axis: as many as fit the narrowest window the app allows. */
const WIDE_CHART_LABELS = 10;
const CHART_LABELS = 6;
const SEVERITY_CHANGE_THRESHOLD = 0.5;
const tooltipStyle = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' },
};

/**
 * One series' daily worst as markers, all in one path: Recharts would draw each as its own element
 * (as scatter points, six components and a store subscription each).
 */
function SeriesMarkers({
  rows,
  dataKey,
  shape,
  color,
}: {
  rows: readonly Record<string, string | number | null>[];
  dataKey: string;
  shape: MarkerShape;
  color: string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (xScale === undefined || yScale === undefined) return null;
  let path = '';
  for (const row of rows) {
    const value = row[dataKey];
    if (typeof value !== 'number') continue;
    const x = xScale(row['bucket'], { position: 'middle' });
    const y = yScale(value);
    if (x !== undefined && y !== undefined) path += markerPath(shape, x, y);
  }
  return <path className="series-markers" d={path} fill={color} />;
}

export const SeverityChart = memo(
  function SeverityChart({ data }: { data: Pick<TrendData, 'severity' | 'summary' | 'bucket'> }) {
    const { t } = useTranslation();
    const locale = formattingLocale();
    const { severity, summary, bucket } = data;
    const names = severity.sensations.map((sensation) => sensationLabel(t, sensation));
    const listed = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
    const charted = severity.episodes.reduce((sum, count) => sum + count, 0);
    const rows = severity.points.map((point) => {
      const row: Record<string, string | number | null> = { bucket: formatBucket(point.bucket, bucket, locale) };
      point.worst.forEach((value, index) => (row[`worst${index}`] = value));
      point.rolling.forEach(
        (value, index) => (row[`rolling${index}`] = value === null ? null : Math.round(value * 10) / 10),
      );
      return row;
    });
    const change = summary?.severityChange ?? null;
    const sentence =
      names.length === 0 || charted === 0
        ? t('trends.severity.none')
        : change === null || summary === null
          ? t('trends.severity.summaryShort', { sensations: listed, bucket: t(`trends.severity.bucket.${bucket}`) })
          : t(
              // Half a point either way is within what a person's own rating varies by.
              change <= -SEVERITY_CHANGE_THRESHOLD
                ? 'trends.severity.better'
                : change >= SEVERITY_CHANGE_THRESHOLD
                  ? 'trends.severity.worse'
                  : 'trends.severity.same',
              {
                sensations: listed,
                first: formatNumber(summary.firstThird.meanSeverity ?? 0, locale, 1),
                last: formatNumber(summary.lastThird.meanSeverity ?? 0, locale, 1),
              },
            );
    return (
      <ChartCard
        wide
        title={t('trends.severity.title')}
        summary={sentence}
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
              <CartesianGrid {...GRID} />
              <XAxis dataKey="bucket" {...AXIS} interval={tickInterval(rows.length, WIDE_CHART_LABELS)} />
              <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} {...AXIS} />
              <Tooltip {...tooltipStyle} />
              {names.map((name, index) => {
                const style = SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
                return [
                  // The daily worst: a line that isn't drawn keeps its tooltip entry, the markers are drawn apart.
                  <Line
                    key={`worst${index}`}
                    name={t('trends.severity.worstOf', { sensation: name })}
                    dataKey={`worst${index}`}
                    stroke="none"
                    dot={false}
                    activeDot={false}
                    isAnimationActive={false}
                  />,
                  <SeriesMarkers
                    key={`markers${index}`}
                    rows={rows}
                    dataKey={`worst${index}`}
                    shape={style.shape}
                    color={style.color}
                  />,
                  <Line
                    key={`rolling${index}`}
                    name={t('trends.severity.rollingOf', { sensation: name })}
                    dataKey={`rolling${index}`}
                    stroke={style.color}
                    strokeWidth={2.5}
                    strokeDasharray={style.dash}
                    dot={false}
                    connectNulls={false}
                    isAnimationActive={false}
                  />,
                ];
              })}
            </ComposedChart>
          </ResponsiveContainer>
        }
        numbers={
          <NumbersTable
            headers={[
              t('trends.period'),
              ...names.flatMap((name) => [
                t('trends.severity.worstOf', { sensation: name }),
                t('trends.severity.rollingOf', { sensation: name }),
              ]),
            ]}
            rows={severity.points
              .filter((point) => point.worst.some((value) => value !== null))
              .map((point) => [
                formatBucket(point.bucket, bucket, locale),
                ...point.worst.flatMap((value, index) => [
                  value ?? '–',
                  point.rolling[index] === null || point.rolling[index] === undefined
                    ? '–'
                    : formatNumber(point.rolling[index] ?? 0, locale, 1),
                ]),
              ])}
          />
        }
      />
    );
  },
  sameParts('severity', 'summary', 'bucket'),
);

export const SeverityLegend = memo(function SeverityLegend({ data }: { data: Pick<TrendData, 'severity'> }) {
  const { t } = useTranslation();
  return (
    <ul className="legend">
      {data.severity.sensations.map((sensation, index) => {
        const style = SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
        return (
          <li key={sensation}>
            <svg width="34" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="34" y2="6" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
            </svg>
            {sensationLabel(t, sensation)}
          </li>
        );
      })}
    </ul>
  );
}, sameParts('severity'));

export const EpisodesChart = memo(function EpisodesChart({ data }: { data: Pick<TrendData, 'weekly'> }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  const { weekly } = data;
  const busiest = busiestBucket(weekly);
  const total = weekly.points.reduce((sum, point) => sum + point.episodes, 0);
  const rows = weekly.points.map((point) => ({
    bucket: formatBucket(point.bucket, weekly.unit, locale),
    episodes: point.episodes,
  }));
  return (
    <ChartCard
      title={weekly.unit === 'week' ? t('trends.weekly.title') : t('trends.weekly.titleMonthly')}
      summary={
        busiest === null
          ? t('trends.weekly.none')
          : t(weekly.unit === 'week' ? 'trends.weekly.summary' : 'trends.weekly.summaryMonthly', {
              total,
              period: formatBucket(busiest.bucket, weekly.unit, locale),
              count: busiest.episodes,
            })
      }
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          {/* Room on the right for the last date label, which is centred on its bar. */}
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 20, bottom: 0, left: -20 }}>
            <CartesianGrid {...GRID} />
            <XAxis dataKey="bucket" {...AXIS} interval={tickInterval(rows.length, CHART_LABELS)} />
            <YAxis allowDecimals={false} {...AXIS} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-sunken)' }} />
            <Bar dataKey="episodes" name={t('trends.episodes')} fill={BAR_COLOR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      numbers={
        <NumbersTable
          headers={[t('trends.period'), t('trends.episodes')]}
          rows={weekly.points
            .filter((point) => point.episodes > 0)
            .map((point) => [formatBucket(point.bucket, weekly.unit, locale), point.episodes])}
        />
      }
    />
  );
}, sameParts('weekly'));

export const ActivityChart = memo(function ActivityChart({ data }: { data: Pick<TrendData, 'byActivity'> }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  const top = topActivity(data.byActivity);
  const label = (activity: string | null) =>
    activity === null ? t('trends.activity.unlinked') : activityLabel(t, activity);
  const rows = data.byActivity.map((row) => ({ name: label(row.activity), episodes: row.episodes }));
  return (
    <ChartCard
      title={t('trends.activity.title')}
      summary={
        top === null
          ? t('trends.activity.none')
          : t('trends.activity.summary', {
              activity: label(top.activity),
              symptoms: t('trends.symptomCount', { count: top.episodes }),
              workouts: t('trends.workoutCount', { count: top.sessions }),
            })
      }
      chart={
        <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 30 + 20)}>
          <BarChart
            accessibilityLayer={false}
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 40, bottom: 0, left: 8 }}
          >
            <XAxis type="number" allowDecimals={false} {...AXIS} hide />
            <YAxis type="category" dataKey="name" width={140} {...WRAPPING_AXIS} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-sunken)' }} />
            <Bar dataKey="episodes" name={t('trends.episodes')} fill={BAR_COLOR} isAnimationActive={false}>
              <LabelList dataKey="episodes" position="right" fill="var(--text)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      numbers={
        <NumbersTable
          headers={[
            t('trends.activity.activity'),
            t('trends.activity.sessions'),
            t('trends.episodes'),
            t('trends.activity.perSession'),
          ]}
          rows={data.byActivity.map((row) => [
            label(row.activity),
            row.sessions,
            row.episodes,
            row.episodesPerSession === null ? '–' : formatNumber(row.episodesPerSession, locale, 2),
          ])}
        />
      }
    />
  );
}, sameParts('byActivity'));

export const OnsetChart = memo(function OnsetChart({ data }: { data: Pick<TrendData, 'onset'> }) {
  const { t } = useTranslation();
  const commonest = commonestOnset(data.onset);
  const rows = data.onset.map((count) => ({
    name: translateKey(`trends.onset.bin.${count.bin}`),
    episodes: count.episodes,
  }));
  return (
    <ChartCard
      title={t('trends.onset.title')}
      summary={
        commonest === null
          ? t('trends.onset.none')
          : t('trends.onset.summary', {
              bin: translateKey(`trends.onset.bin.${commonest.bin}`).toLocaleLowerCase(),
              symptoms: t('trends.symptomCount', { count: commonest.episodes }),
            })
      }
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 16, right: 8, bottom: 0, left: 24 }}>
            <CartesianGrid {...GRID} />
            <XAxis dataKey="name" {...AXIS} angle={-30} textAnchor="end" height={80} />
            <YAxis allowDecimals={false} {...AXIS} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-sunken)' }} />
            <Bar dataKey="episodes" name={t('trends.episodes')} fill={BAR_COLOR} isAnimationActive={false}>
              <LabelList dataKey="episodes" position="top" fill="var(--text)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      numbers={
        <NumbersTable
          headers={[t('trends.onset.when'), t('trends.episodes')]}
          rows={rows.map((row) => [row.name, row.episodes])}
        />
      }
    />
  );
}, sameParts('onset'));

export const DoseChart = memo(function DoseChart({ data }: { data: Pick<TrendData, 'dose'> }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  const { dose } = data;
  const halves = doseHalves(dose);
  const points =
    dose.mode === 'sessions'
      ? dose.points.map((point) => ({ dose: point.dose, worst: point.worst }))
      : dose.bins
          .filter((bin) => bin.meanWorst !== null)
          .map((bin) => ({ dose: (bin.from + bin.to) / 2, worst: bin.meanWorst ?? 0 }));
  return (
    <ChartCard
      title={t('trends.dose.title')}
      summary={
        halves === null
          ? t('trends.dose.none', { without: dose.withoutIntensity })
          : t('trends.dose.summary', {
              sessions: halves.sessions,
              lower: formatNumber(halves.lower, locale, 1),
              higher: formatNumber(halves.higher, locale, 1),
            })
      }
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 20, bottom: 0, left: -20 }}>
            <CartesianGrid {...GRID} />
            <XAxis type="number" dataKey="dose" name={t('trends.dose.dose')} {...AXIS} />
            <YAxis
              type="number"
              dataKey="worst"
              name={t('trends.dose.worst')}
              domain={[0, 10]}
              ticks={[0, 2, 4, 6, 8, 10]}
              {...AXIS}
            />
            <Tooltip {...tooltipStyle} />
            <Scatter data={points} fill={SERIES_STYLES[0].color} shape="circle" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      }
      numbers={
        dose.mode === 'sessions' ? (
          <NumbersTable
            headers={[
              t('trends.dose.day'),
              t('trends.activity.activity'),
              t('trends.dose.dose'),
              t('trends.dose.worst'),
            ]}
            rows={dose.points.map((point) => [
              formatBucket(point.day, 'day', locale),
              activityLabel(t, point.activity),
              point.dose,
              point.worst,
            ])}
          />
        ) : (
          <NumbersTable
            headers={[
              t('trends.dose.dose'),
              t('trends.activity.sessions'),
              t('trends.dose.meanWorst'),
              t('trends.dose.maxWorst'),
            ]}
            rows={dose.bins
              .filter((bin) => bin.sessions > 0)
              .map((bin) => [
                `${bin.from}–${bin.to}`,
                bin.sessions,
                bin.meanWorst === null ? '–' : formatNumber(bin.meanWorst, locale, 2),
                bin.maxWorst ?? '–',
              ])}
          />
        )
      }
    />
  );
}, sameParts('dose'));

export function regionSummary(t: TFunction, data: Pick<TrendData, 'regions'>): string {
  const top = topRegion(data.regions);
  return top === null
    ? t('trends.regions.none')
    : t('trends.regions.summary', { place: placeLabel(t, top), times: t('trends.timeCount', { count: top.episodes }) });
}

export function calendarSummary(t: TFunction, data: Pick<TrendData, 'calendar' | 'range'>): string {
  const coverage = calendarCoverage(data.calendar);
  if (coverage.cellsWithEpisodes === 0) return t('trends.calendar.none');
  return t(`trends.calendar.summary.${data.calendar.unit}`, {
    cells: coverage.cellsWithEpisodes,
    days: data.range?.days ?? 0,
    symptoms: t('trends.symptomCount', { count: coverage.episodes }),
  });
}
