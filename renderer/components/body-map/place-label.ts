import type { TFunction } from 'i18next';
import type { MapLocation } from '../../../shared/domain/body-locations';

/** A place in words: "Left calf", "Below the right knee", "Neck". */
export function placeLabel(t: TFunction, location: MapLocation): string {
  return location.side === 'both'
    ? t(`vocabulary.region.${location.region}`)
    : t(`bodyMap.${location.side}.${location.region}`);
}
