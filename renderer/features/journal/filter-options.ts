import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { BODY_REGIONS, SENSATIONS, isKnownSensation } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import type { FilterOption } from '../../components/filter-select';
import { loggedSensations, yourActivities } from '../../db/queries';
import { activityLabel } from './labels';

/** What the journal and Trends can be narrowed to: the vocabulary, plus the person's own words. */
export function useFilterOptions(): {
  sensations: FilterOption[];
  regions: FilterOption[];
  activities: FilterOption[];
} {
  const { t } = useTranslation();
  const { db } = useServices();
  const activities = useLiveQuery(() => yourActivities(db), [db]) ?? [];
  const ownSensations = (useLiveQuery(() => loggedSensations(db), [db]) ?? []).filter(
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
