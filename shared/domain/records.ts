import { z } from 'zod';
import { reportPreferencesSchema } from '../report/report-preferences';
import { ONSET_AFTER_MAX_MINUTES } from './record-defaults';
import {
  AMOUNT_FACTORS,
  BODY_REGIONS,
  BODY_SIDES,
  ENTRY_SOURCES,
  ONSET_KINDS,
  RELIEFS,
  RPE_MAX,
  RPE_MIN,
  SEVERITY_MAX,
  SEVERITY_MIN,
  WARNING_SIGNS,
} from './vocabulary';

export { DEFAULT_TRENDS_VIEW, NO_FACTORS_RECORDED, ONSET_AFTER_MAX_MINUTES } from './record-defaults';

/**
 * The records the journal stores, and the rules every write must pass. Error messages are i18n keys
 * (`validation.*`), so the form shows them in plain words next to the field in the person's language.
 */

export const NOTES_MAX_LENGTH = 10_000;
export const LABEL_MAX_LENGTH = 60;
export const DURATION_MAX_MINUTES = 24 * 60;
/** Real UTC offsets run from −12:00 to +14:00. */
const OFFSET_MIN_MINUTES = -12 * 60;
const OFFSET_MAX_MINUTES = 14 * 60;

const idSchema = z.uuid({ error: 'validation.invalid' });

/** A UTC instant such as `2026-11-21T18:30:00.000Z`: sortable as text, so it indexes time ranges. */
export const utcInstantSchema = z.iso.datetime({ offset: false, error: 'validation.dateInvalid' });

/** The person's UTC offset when the entry was made, so its local day never shifts later. */
export const utcOffsetSchema = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .min(OFFSET_MIN_MINUTES, { error: 'validation.invalid' })
  .max(OFFSET_MAX_MINUTES, { error: 'validation.invalid' });

const notesSchema = z.string().max(NOTES_MAX_LENGTH, { error: 'validation.notesTooLong' });

const labelSchema = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(LABEL_MAX_LENGTH, { error: 'validation.labelTooLong' });

const recordMeta = {
  id: idSchema,
  createdAt: utcInstantSchema,
  updatedAt: utcInstantSchema,
  source: z.enum(ENTRY_SOURCES),
};

/** A whole number in a range, or null for "not recorded". */
const optionalWholeNumber = (min: number, max: number, key: string) =>
  z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key }).nullable();

const yesNo = z.boolean().nullable();

export const sessionFactorsSchema = z.object({
  longestHoldMinutes: optionalWholeNumber(0, AMOUNT_FACTORS.longestHoldMinutes, 'validation.holdRange'),
  repeatedMovements: yesNo,
  warmUp: yesNo,
  stretching: yesNo,
  waterMl: optionalWholeNumber(0, AMOUNT_FACTORS.waterMl, 'validation.waterRange'),
  electrolytes: yesNo,
  tightClothing: yesNo,
  cold: yesNo,
  gripTrainer: yesNo,
  sittingHours: optionalWholeNumber(0, AMOUNT_FACTORS.sittingHours, 'validation.sittingRange'),
});
export type SessionFactors = z.infer<typeof sessionFactorsSchema>;

export const sessionInputSchema = z.object({
  activity: labelSchema('validation.activityRequired'),
  startedAt: utcInstantSchema,
  utcOffsetMinutes: utcOffsetSchema,
  durationMinutes: z
    .number({ error: 'validation.durationRange' })
    .int({ error: 'validation.durationWhole' })
    .min(1, { error: 'validation.durationRange' })
    .max(DURATION_MAX_MINUTES, { error: 'validation.durationRange' }),
  intensity: optionalWholeNumber(RPE_MIN, RPE_MAX, 'validation.intensityRange'),
  factors: sessionFactorsSchema,
  notes: notesSchema,
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const exerciseSessionSchema = sessionInputSchema.extend(recordMeta);
export type ExerciseSession = z.infer<typeof exerciseSessionSchema>;

export const bodyLocationSchema = z.object({
  region: z.enum(BODY_REGIONS, { error: 'validation.locationRequired' }),
  side: z.enum(BODY_SIDES, { error: 'validation.locationRequired' }),
});
export type BodyLocation = z.infer<typeof bodyLocationSchema>;

/** When a symptom began relative to its workout; `afterMinutes` only for "after". */
export const onsetSchema = z
  .object({
    kind: z.enum(ONSET_KINDS, { error: 'validation.invalid' }),
    afterMinutes: optionalWholeNumber(1, ONSET_AFTER_MAX_MINUTES, 'validation.onsetRange'),
  })
  .refine((onset) => (onset.kind === 'after') === (onset.afterMinutes !== null), {
    error: 'validation.onsetRange',
    path: ['afterMinutes'],
  });
export type Onset = z.infer<typeof onsetSchema>;

export const symptomInputSchema = z.object({
  sessionId: idSchema.nullable(),
  notedAt: utcInstantSchema,
  utcOffsetMinutes: utcOffsetSchema,
  sensations: z
    .array(labelSchema('validation.sensationRequired'))
    .min(1, { error: 'validation.sensationRequired' })
    .max(20, { error: 'validation.invalid' }),
  locations: z
    .array(bodyLocationSchema)
    .min(1, { error: 'validation.locationRequired' })
    .max(40, { error: 'validation.invalid' }),
  severity: z
    .number({ error: 'validation.severityRange' })
    .int({ error: 'validation.severityRange' })
    .min(SEVERITY_MIN, { error: 'validation.severityRange' })
    .max(SEVERITY_MAX, { error: 'validation.severityRange' }),
  onset: onsetSchema.nullable(),
  durationMinutes: optionalWholeNumber(1, 60 * 24 * 30, 'validation.symptomDurationRange'),
  ongoing: z.boolean(),
  worseWithActivity: yesNo,
  warningSigns: z.array(z.enum(WARNING_SIGNS)).max(WARNING_SIGNS.length),
  helped: z.array(z.enum(RELIEFS)).max(RELIEFS.length),
  notes: notesSchema,
});
export type SymptomInput = z.infer<typeof symptomInputSchema>;

export const symptomEntrySchema = symptomInputSchema.extend(recordMeta);
export type SymptomEntry = z.infer<typeof symptomEntrySchema>;

/** The longest article a person can import: a long web page is about 100,000 characters. */
export const IMPORTED_ARTICLE_MAX_LENGTH = 1_000_000;

/**
 * An article the person imported, stored as the plain text it was reduced to; the guidance
 * pipeline builds its sections and tags from that text whenever it is read, like the bundled ones.
 */
export const importedArticleSchema = z.object({
  id: idSchema,
  sourceName: z.string().trim().min(1).max(200),
  text: z.string().min(1).max(IMPORTED_ARTICLE_MAX_LENGTH),
  importedAt: utcInstantSchema,
});
export type ImportedArticle = z.infer<typeof importedArticleSchema>;

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_PREFERENCES = ['system', ...LANGUAGES] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

export const REMINDER_DELAY_MINUTES_MAX = 48 * 60;

export const reminderSettingsSchema = z.object({
  enabled: z.boolean(),
  delayMinutes: z
    .number({ error: 'validation.reminderDelayRange' })
    .int({ error: 'validation.reminderDelayRange' })
    .min(1, { error: 'validation.reminderDelayRange' })
    .max(REMINDER_DELAY_MINUTES_MAX, { error: 'validation.reminderDelayRange' }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
export const DEFAULT_REMINDER: ReminderSettings = { enabled: true, delayMinutes: 120 };

/** A follow-up the app will show: "how do you feel after <workout>?" */
export const pendingReminderSchema = z.object({
  sessionId: idSchema,
  dueAt: utcInstantSchema,
  /** Set once the desktop notification was shown, so a restart shows only the banner. */
  notified: z.boolean().optional(),
});
export type PendingReminder = z.infer<typeof pendingReminderSchema>;

/** What the Trends screen shows, remembered between visits. */
export const trendsViewSchema = z.object({
  range: z.enum(['4w', '3m', '1y', 'all', 'custom']),
  fromDay: z.string().max(10),
  toDay: z.string().max(10),
  sensation: z.string().max(LABEL_MAX_LENGTH),
  region: z.string().max(LABEL_MAX_LENGTH),
  activity: z.string().max(LABEL_MAX_LENGTH),
});
export type TrendsView = z.infer<typeof trendsViewSchema>;
/** Settings are key/value rows; each key has its own value schema. */
export const settingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('theme'), value: z.enum(THEME_PREFERENCES) }),
  z.object({ key: z.literal('language'), value: z.enum(LANGUAGE_PREFERENCES) }),
  z.object({ key: z.literal('reminder'), value: reminderSettingsSchema }),
  z.object({ key: z.literal('pendingReminder'), value: pendingReminderSchema.nullable() }),
  z.object({ key: z.literal('trendsView'), value: trendsViewSchema }),
  z.object({ key: z.literal('reportPreferences'), value: reportPreferencesSchema }),
  /**
   * The activity a person chose for each type of imported workout, keyed `<format>:<external type>`
   * (see `shared/exchange/workout-import-plan.ts`). Bounded so a hostile file can't grow it forever.
   */
  z.object({
    key: z.literal('workoutImportMapping'),
    value: z
      .record(z.string().min(1).max(100), labelSchema('validation.activityRequired'))
      .refine((mapping) => Object.keys(mapping).length <= 500, { error: 'validation.invalid' }),
  }),
]);
export type Setting = z.infer<typeof settingSchema>;
export type SettingKey = Setting['key'];
export type SettingValue<K extends SettingKey> = Extract<Setting, { key: K }>['value'];

/**
 * Validation messages by field. Keys are the field's path up to the first list index:
 * `activity`, `factors.waterMl`, `onset.afterMinutes`, `locations` (for any location in the list).
 */
export type FieldErrors = Partial<Record<string, string>>;
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fieldErrors: FieldErrors };

function fieldKey(path: readonly PropertyKey[]): string {
  const named: string[] = [];
  for (const segment of path) {
    if (typeof segment !== 'string') break;
    named.push(segment);
  }
  return named.length === 0 ? 'form' : named.join('.');
}

/** Runs a schema and reports the first message for each field. */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    fieldErrors[fieldKey(issue.path)] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

function rejectFuture<T extends Record<string, unknown>>(
  result: ValidationResult<T>,
  field: string,
  instant: string | undefined,
  now: Date,
): ValidationResult<T> {
  if (instant === undefined || Date.parse(instant) <= now.getTime()) return result;
  const fieldErrors: FieldErrors = result.ok ? {} : { ...result.fieldErrors };
  fieldErrors[field] ??= 'validation.inFuture';
  return { ok: false, fieldErrors };
}

/** A session as typed by the person: the schema, plus "it has already happened". */
export function validateSessionInput(input: unknown, now: Date): ValidationResult<SessionInput> {
  const startedAt = (input as Partial<SessionInput> | null)?.startedAt;
  return rejectFuture(validateWith(sessionInputSchema, input), 'startedAt', startedAt, now);
}

/** A symptom as typed by the person: the schema, plus "it has already been felt". */
export function validateSymptomInput(input: unknown, now: Date): ValidationResult<SymptomInput> {
  const notedAt = (input as Partial<SymptomInput> | null)?.notedAt;
  return rejectFuture(validateWith(symptomInputSchema, input), 'notedAt', notedAt, now);
}
