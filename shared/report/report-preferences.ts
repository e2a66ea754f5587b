import { z } from 'zod';

/**
 * What the person chose for their doctor-visit report, remembered between visits (a settings row).
 * Error messages are i18n keys, as in `records.ts`.
 */

/** The report's parts, in the order they are printed; each can be left out. */
export const REPORT_SECTIONS = ['summary', 'charts', 'log', 'questions'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_NAME_MAX_LENGTH = 100;
export const REPORT_QUESTIONS_MAX_LENGTH = 2_000;

export const reportPreferencesSchema = z.object({
  /**
   * The sections printed; order does not matter (they print in REPORT_SECTIONS order). It may be
   * empty while the person is choosing; the screen has nothing to print then.
   */
  sections: z
    .array(z.enum(REPORT_SECTIONS, { error: 'validation.invalid' }))
    .refine((sections) => new Set(sections).size === sections.length, { error: 'validation.invalid' }),
  /** Printed on the report so the doctor's copy says whose it is; '' for none. */
  personName: z.string().max(REPORT_NAME_MAX_LENGTH, { error: 'validation.reportNameTooLong' }),
  /** The person's own questions for the doctor, as typed (line breaks kept); '' for none. */
  questions: z.string().max(REPORT_QUESTIONS_MAX_LENGTH, { error: 'validation.reportQuestionsTooLong' }),
  /** The local day the last report was made, for the next report's default range; null before the first. */
  lastReportDay: z.iso.date({ error: 'validation.invalid' }).nullable(),
});
export type ReportPreferences = z.infer<typeof reportPreferencesSchema>;

export const DEFAULT_REPORT_PREFERENCES: ReportPreferences = {
  sections: [...REPORT_SECTIONS],
  personName: '',
  questions: '',
  lastReportDay: null,
};
