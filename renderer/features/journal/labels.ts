import type { TFunction } from 'i18next';
import { isKnownActivity, isKnownSensation } from '../../../shared/domain/vocabulary';

/** Known words read in the person's language; their own words are shown exactly as typed. */
export function activityLabel(t: TFunction, activity: string): string {
  return isKnownActivity(activity) ? t(`vocabulary.activity.${activity}`) : activity;
}

export function sensationLabel(t: TFunction, sensation: string): string {
  return isKnownSensation(sensation) ? t(`vocabulary.sensation.${sensation}`) : sensation;
}
