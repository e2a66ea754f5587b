import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isFiltering, NO_FILTER, type JournalFilter } from '../../../shared/domain/journal-filter';
import { BODY_REGIONS, SENSATIONS } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { yourActivities } from '../../db/queries';
import { activityLabel } from './labels';

interface FilterBarProps {
  readonly filter: JournalFilter;
  readonly onChange: (filter: JournalFilter) => void;
  readonly matchCount: number;
}

export function FilterBar({ filter, onChange, matchCount }: FilterBarProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const activities = useLiveQuery(() => yourActivities(db), [db]) ?? [];
  const set = <K extends keyof JournalFilter>(key: K, value: JournalFilter[K]) => onChange({ ...filter, [key]: value });

  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t('journal.filters.title')}</legend>
      <label className="filter">
        <span>{t('journal.filters.from')}</span>
        <input type="date" value={filter.fromDay} onChange={(event) => set('fromDay', event.target.value)} />
      </label>
      <label className="filter">
        <span>{t('journal.filters.to')}</span>
        <input type="date" value={filter.toDay} onChange={(event) => set('toDay', event.target.value)} />
      </label>
      <label className="filter">
        <span>{t('journal.filters.activity')}</span>
        <select value={filter.activity} onChange={(event) => set('activity', event.target.value)}>
          <option value="">{t('journal.filters.anyActivity')}</option>
          {activities.map((activity) => (
            <option key={activity} value={activity}>
              {activityLabel(t, activity)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('journal.filters.sensation')}</span>
        <select value={filter.sensation} onChange={(event) => set('sensation', event.target.value)}>
          <option value="">{t('journal.filters.anySensation')}</option>
          {SENSATIONS.map((sensation) => (
            <option key={sensation} value={sensation}>
              {t(`vocabulary.sensation.${sensation}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('journal.filters.region')}</span>
        <select value={filter.region} onChange={(event) => set('region', event.target.value)}>
          <option value="">{t('journal.filters.anyRegion')}</option>
          {BODY_REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`vocabulary.region.${region}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter filter-narrow">
        <span>{t('journal.filters.minSeverity')}</span>
        <select value={filter.minSeverity} onChange={(event) => set('minSeverity', Number(event.target.value))}>
          <option value={0}>{t('journal.filters.anySeverity')}</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      {isFiltering(filter) && (
        <div className="filter-summary">
          <span role="status">{t('journal.filters.matches', { count: matchCount })}</span>
          <button type="button" className="button button-small" onClick={() => onChange(NO_FILTER)}>
            {t('journal.filters.clear')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
