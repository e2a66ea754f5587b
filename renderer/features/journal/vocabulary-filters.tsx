import { useTranslation } from 'react-i18next';
import { BODY_REGIONS, SENSATIONS, isKnownSensation } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { FilterSelect, type FilterOption } from '../../components/filter-select';
import { loggedSensations, yourActivities } from '../../db/queries';
import { useIdleQuery } from '../../db/use-idle-query';
import { activityLabel } from './labels';

/** What the journal and Trends can be narrowed to: the vocabulary, plus the person's own words. */
function useFilterOptions(): {
  sensations: FilterOption[];
  regions: FilterOption[];
  activities: FilterOption[];
} {
  const { t } = useTranslation();
  const { db } = useServices();
  const activities = useIdleQuery(() => yourActivities(db), [db]) ?? [];
  const ownSensations = (useIdleQuery(() => loggedSensations(db), [db]) ?? []).filter(
    (sensation) => !isKnownSensation(sensation),
  );
  return {
    sensations: [
      ...SENSATIONS.map((sensation) => ({ value: sensation as string, label: t(`vocabulary.sensation.${sensation}`) })),
      ...ownSensations.map((sensation) => ({ value: sensation, label: sensation })),
    ],
    regions: BODY_REGIONS.map((region) => ({ value: region as string, label: t(`vocabulary.region.${region}`) })),
    activities: activities.map((activity) => ({ value: activity, label: activityLabel(t, activity) })),
  };
}

export type VocabularyFilterKey = 'activity' | 'sensation' | 'region';

interface VocabularyFiltersProps {
  /** Keeps the controls' ids unique per screen. */
  readonly idPrefix: string;
  readonly values: Readonly<Record<VocabularyFilterKey, string>>;
  readonly onChange: (key: VocabularyFilterKey, value: string) => void;
}

/** Activity, sensation and body region choices, as the journal and Trends both offer them. */
export function VocabularyFilters({ idPrefix, values, onChange }: VocabularyFiltersProps) {
  const { t } = useTranslation();
  const options = useFilterOptions();
  const filters = [
    {
      key: 'activity',
      label: t('journal.filters.activity'),
      any: t('journal.filters.anyActivity'),
      options: options.activities,
    },
    {
      key: 'sensation',
      label: t('journal.filters.sensation'),
      any: t('journal.filters.anySensation'),
      options: options.sensations,
    },
    {
      key: 'region',
      label: t('journal.filters.region'),
      any: t('journal.filters.anyRegion'),
      options: options.regions,
    },
  ] as const;
  return filters.map((filter) => (
    <FilterSelect
      key={filter.key}
      id={`${idPrefix}-${filter.key}`}
      label={filter.label}
      anyLabel={filter.any}
      value={values[filter.key]}
      options={filter.options}
      onChange={(value) => onChange(filter.key, value)}
    />
  ));
}
