import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendData } from '../../../shared/trends/aggregate';
import { BODY_MAP_FIGURES, VIEW_HEIGHT, VIEW_WIDTH } from '../../components/body-map/body-map-shapes';
import { placeLabel } from '../../components/body-map/place-label';
import { ChartCard, NumbersTable, sameParts } from './chart-card';
import { regionSummary } from './trend-charts';

/**
 * The journal's body map, shaded by how often each place was felt. Darker means more often, and
 * each shaded place carries its count, so the map reads without telling colours apart.
 */
export const RegionHeatMap = memo(function RegionHeatMap({ data }: { data: Pick<TrendData, 'regions'> }) {
  const { t } = useTranslation();
  const counts = new Map(data.regions.map((region) => [`${region.region}:${region.side}`, region.episodes]));
  const most = Math.max(1, ...data.regions.map((region) => region.episodes));
  return (
    <ChartCard
      title={t('trends.regions.title')}
      summary={regionSummary(t, data)}
      chart={
        <div className="heat-figures">
          {BODY_MAP_FIGURES.map((figure) => (
            <figure key={figure.view} className="heat-figure">
              <svg viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} className="heat-svg">
                {figure.parts.map((part) => {
                  if (part.kind === 'base') return <path key={part.id} className="heat-base" d={part.d} />;
                  const { shape } = part;
                  const count = counts.get(`${shape.location.region}:${shape.location.side}`) ?? 0;
                  return (
                    <path
                      key={shape.id}
                      className="heat-place"
                      d={shape.d}
                      style={{ fillOpacity: count === 0 ? 0 : 0.2 + 0.8 * (count / most) }}
                    />
                  );
                })}
                {figure.parts.map((part) => {
                  if (part.kind !== 'place' || !part.shape.primary) return null;
                  const count = counts.get(`${part.shape.location.region}:${part.shape.location.side}`) ?? 0;
                  return count === 0 ? null : (
                    <text
                      key={`n-${part.shape.id}`}
                      className="heat-count"
                      x={part.shape.centre.x}
                      y={part.shape.centre.y}
                    >
                      {count}
                    </text>
                  );
                })}
              </svg>
              <figcaption>{t(`bodyMap.${figure.view}`)}</figcaption>
            </figure>
          ))}
        </div>
      }
      numbers={
        <NumbersTable
          headers={[t('trends.regions.place'), t('trends.episodes')]}
          rows={data.regions.map((region) => [placeLabel(t, region), region.episodes])}
        />
      }
    />
  );
}, sameParts('regions'));
