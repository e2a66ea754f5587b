import { z } from 'zod';
import { BODY_REGIONS, BODY_SIDES, SEVERITY_MAX, SEVERITY_MIN } from './vocabulary';

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
};

export const sessionInputSchema = z.object({
  activity: labelSchema('validation.activityRequired'),
  startedAt: utcInstantSchema,
  utcOffsetMinutes: utcOffsetSchema,
  durationMinutes: z
    .number({ error: 'validation.durationRange' })
    .int({ error: 'validation.durationWhole' })
    .min(1, { error: 'validation.durationRange' })
    .max(DURATION_MAX_MINUTES, { error: 'validation.durationRange' }),
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
  notes: notesSchema,
});
export type SymptomInput = z.infer<typeof symptomInputSchema>;

export const symptomEntrySchema = symptomInputSchema.extend(recordMeta);
export type SymptomEntry = z.infer<typeof symptomEntrySchema>;

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** Settings are key/value rows; each key has its own value schema. */
export const settingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('theme'), value: z.enum(THEME_PREFERENCES) }),
]);
export type Setting = z.infer<typeof settingSchema>;
export type SettingKey = Setting['key'];
export type SettingValue<K extends SettingKey> = Extract<Setting, { key: K }>['value'];

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fieldErrors: FieldErrors<T> };

/** Runs a schema and reports the first message for each top-level field. */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'form';
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors: fieldErrors as FieldErrors<T> };
}

function rejectFuture<T extends Record<string, unknown>>(
  result: ValidationResult<T>,
  field: keyof T & string,
  instant: string | undefined,
  now: Date,
): ValidationResult<T> {
  if (instant === undefined || Date.parse(instant) <= now.getTime()) return result;
  const fieldErrors: FieldErrors<T> = result.ok ? {} : { ...result.fieldErrors };
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
