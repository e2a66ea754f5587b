import { useTranslation } from 'react-i18next';
import { isFiltering, NO_FILTER, type JournalFilter } from '../../../shared/domain/journal-filter';
import { VocabularyFilters } from './vocabulary-filters';

interface FilterBarProps {
  readonly filter: JournalFilter;
  readonly onChange: (filter: JournalFilter) => void;
  readonly matchCount: number;
}

export function FilterBar({ filter, onChange, matchCount }: FilterBarProps) {
  const { t } = useTranslation();
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
      <VocabularyFilters idPrefix="filter" values={filter} onChange={set} />
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
