import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendData } from '../../../shared/trends/aggregate';
import { addDays, addMonths } from '../../../shared/trends/range';
import { formattingLocale } from '../../i18n';
import { ChartCard, NumbersTable, sameParts } from './chart-card';
import { formatBucket } from './chart-style';
import { calendarSummary } from './trend-charts';

const CELL = 13;
const GAP = 3;

/** Monday-first weekday, 0–6, of a local day. */
function weekday(day: string): number {
  return (new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7;
}

/**
 * Days (or weeks, for long ranges) as a grid shaded by how many symptoms were logged: lightness
 * carries the count, which reads for every kind of colour vision; the table holds the numbers.
 */
export const CalendarHeatMap = memo(
  function CalendarHeatMap({ data }: { data: Pick<TrendData, 'calendar' | 'range'> }) {
    const { t } = useTranslation();
    const locale = formattingLocale();
    const { calendar } = data;
    const most = Math.max(1, ...calendar.cells.map((cell) => cell.episodes));
    const byBucket = new Map(calendar.cells.map((cell) => [cell.bucket, cell]));
    const cells: { key: string; x: number; y: number; episodes: number }[] = [];
    if (calendar.fromDay !== null && calendar.toDay !== null) {
      if (calendar.unit === 'day') {
        const offset = weekday(calendar.fromDay);
        for (let day = calendar.fromDay, index = 0; day <= calendar.toDay; day = addDays(day, 1), index += 1) {
          const position = index + offset;
          cells.push({
            key: day,
            x: Math.floor(position / 7),
            y: position % 7,
            episodes: byBucket.get(day)?.episodes ?? 0,
          });
        }
      } else {
        // Week or month squares in time order, seven to a column, empty ones included.
        const first = calendar.fromDay;
        const step = (bucket: string) => (calendar.unit === 'week' ? addDays(bucket, 7) : addMonths(bucket, 1));
        let bucket = calendar.unit === 'week' ? addDays(first, -weekday(first)) : `${first.slice(0, 7)}-01`;
        for (let index = 0; bucket <= calendar.toDay; bucket = step(bucket), index += 1) {
          cells.push({
            key: bucket,
            x: Math.floor(index / 7),
            y: index % 7,
            episodes: byBucket.get(bucket)?.episodes ?? 0,
          });
        }
      }
    }
    const columns = cells.reduce((max, cell) => Math.max(max, cell.x + 1), 0);
    return (
      <ChartCard
        wide
        title={t('trends.calendar.title')}
        summary={calendarSummary(t, data)}
        chart={
          <div className="calendar-scroll">
            <svg width={columns * (CELL + GAP)} height={7 * (CELL + GAP)} className="calendar-svg">
              {cells.map((cell) => (
                <rect
                  key={cell.key}
                  x={cell.x * (CELL + GAP)}
                  y={cell.y * (CELL + GAP)}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  className={cell.episodes === 0 ? 'calendar-empty' : 'calendar-full'}
                  style={cell.episodes === 0 ? undefined : { fillOpacity: 0.25 + 0.75 * (cell.episodes / most) }}
                >
                  <title>{`${formatBucket(cell.key, calendar.unit, locale)}: ${cell.episodes}`}</title>
                </rect>
              ))}
            </svg>
          </div>
        }
        numbers={
          <NumbersTable
            headers={[t('trends.period'), t('trends.episodes'), t('trends.calendar.worst')]}
            rows={calendar.cells.map((cell) => [
              formatBucket(cell.bucket, calendar.unit, locale),
              cell.episodes,
              cell.worst,
            ])}
          />
        }
      />
    );
  },
  sameParts('calendar', 'range'),
);
