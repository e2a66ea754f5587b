import type { TFunction } from 'i18next';
import type { FhirTextLabels } from '../../../shared/exchange/fhir';
import { normaliseLocations } from '../../../shared/domain/body-locations';
import { placeLabel } from '../../components/body-map/place-label';

/** The words of the FHIR export, in the person's language, as a clinician's viewer will show them. */
export function fhirLabels(t: TFunction): FhirTextLabels {
  return {
    activity: (activity) => t(`vocabulary.activity.${activity}`),
    sensation: (sensation) => t(`vocabulary.sensation.${sensation}`),
    // "Both calves" is read as the left and the right calf, as the journal lists them.
    location: (location) =>
      normaliseLocations([location])
        .map((place) => placeLabel(t, place))
        .join(', '),
    // The journal's form splits "after" into minutes and hours; the export carries the minutes beside it.
    onset: (kind) => (kind === 'after' ? t('exchange.fhirField.onsetAfterMinutes') : t(`journal.onset.${kind}`)),
    warningSign: (sign) => t(`vocabulary.warningSign.${sign}`),
    relief: (relief) => t(`vocabulary.relief.${relief}`),
    field: (field) => t(`exchange.fhirField.${field}`),
  };
}
