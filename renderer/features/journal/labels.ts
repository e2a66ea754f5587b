import type { TFunction } from 'i18next';
import { onsetDelay } from '../../../shared/domain/drafts';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import {
  AMOUNT_FACTORS,
  isKnownActivity,
  isKnownSensation,
  YES_NO_FACTORS,
  type AmountFactor,
} from '../../../shared/domain/vocabulary';
import { formattingLocale } from '../../i18n';

/** Known words read in the person's language; their own words are shown exactly as typed. */
export function activityLabel(t: TFunction, activity: string): string {
  return isKnownActivity(activity) ? t(`vocabulary.activity.${activity}`) : activity;
}

export function sensationLabel(t: TFunction, sensation: string): string {
  return isKnownSensation(sensation) ? t(`vocabulary.sensation.${sensation}`) : sensation;
}

/** The factors the person recorded for a workout, "Warm-up: No", in the form's order. */
export function factorSummary(t: TFunction, session: ExerciseSession): string[] {
  const parts: string[] = [];
  for (const factor of YES_NO_FACTORS) {
    const value = session.factors[factor];
    if (value !== null) parts.push(`${t(`journal.factor.${factor}`)}: ${value ? t('journal.yes') : t('journal.no')}`);
  }
  for (const factor of Object.keys(AMOUNT_FACTORS) as AmountFactor[]) {
    const value = session.factors[factor];
    if (value !== null) {
      parts.push(`${t(`journal.factor.${factor}`)}: ${new Intl.NumberFormat(formattingLocale()).format(value)}`);
    }
  }
  return parts;
}

function onsetText(t: TFunction, symptom: SymptomEntry): string | null {
  const onset = symptom.onset;
  if (onset === null) return null;
  if (onset.kind !== 'after') return t(`journal.onset.${onset.kind}`);
  const delay = onsetDelay(onset.afterMinutes ?? 0);
  return delay.unit === 'hours'
    ? t('journal.onset.afterHours', { count: delay.amount })
    : t('journal.onset.afterMinutes', { count: delay.amount });
}

/** When it started, how long it lasted and whether activity made it worse, as short phrases. */
export function symptomDetails(t: TFunction, symptom: SymptomEntry): string[] {
  return [
    onsetText(t, symptom),
    symptom.ongoing
      ? t('journal.list.ongoing')
      : symptom.durationMinutes === null
        ? null
        : t('journal.list.lasted', { count: symptom.durationMinutes }),
    symptom.worseWithActivity === true ? t('journal.list.worse') : null,
  ].filter((part) => part !== null);
}
