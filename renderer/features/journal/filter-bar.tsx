import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isFiltering, NO_FILTER, type JournalFilter } from '../../../shared/domain/journal-filter';
import { BODY_REGIONS, SENSATIONS, isKnownSensation } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { loggedSensations, yourActivities } from '../../db/queries';
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
  const ownSensations = (useLiveQuery(() => loggedSensations(db), [db]) ?? []).filter(
    (sensation) => !isKnownSensation(sensation),
  );
  const set = <K extends keyof JournalFilter>(key: K, value: JournalFilter[K]) => onChange({ ...filter, [key]: value });

  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t('journal.filters.title')}</legend>
      <div className="filter">
        <label htmlFor="filter-from">{t('journal.filters.from')}</label>
        <input
          id="filter-from"
          type="date"
          value={filter.fromDay}
          onChange={(event) => set('fromDay', event.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-to">{t('journal.filters.to')}</label>
        <input id="filter-to" type="date" value={filter.toDay} onChange={(event) => set('toDay', event.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor="filter-activity">{t('journal.filters.activity')}</label>
        <select id="filter-activity" value={filter.activity} onChange={(event) => set('activity', event.target.value)}>
          <option value="">{t('journal.filters.anyActivity')}</option>
          {activities.map((activity) => (
            <option key={activity} value={activity}>
              {activityLabel(t, activity)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-sensation">{t('journal.filters.sensation')}</label>
        <select
          id="filter-sensation"
          value={filter.sensation}
          onChange={(event) => set('sensation', event.target.value)}
        >
          <option value="">{t('journal.filters.anySensation')}</option>
          {SENSATIONS.map((sensation) => (
            <option key={sensation} value={sensation}>
              {t(`vocabulary.sensation.${sensation}`)}
            </option>
          ))}
          {ownSensations.map((sensation) => (
            <option key={sensation} value={sensation}>
              {sensation}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-region">{t('journal.filters.region')}</label>
        <select id="filter-region" value={filter.region} onChange={(event) => set('region', event.target.value)}>
          <option value="">{t('journal.filters.anyRegion')}</option>
          {BODY_REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`vocabulary.region.${region}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter filter-narrow">
        <label htmlFor="filter-severity">{t('journal.filters.minSeverity')}</label>
        <select
          id="filter-severity"
          value={filter.minSeverity}
          onChange={(event) => set('minSeverity', Number(event.target.value))}
        >
          <option value={0}>{t('journal.filters.anySeverity')}</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
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
